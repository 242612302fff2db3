"""Extraction benchmark: our generic extractor against trafilatura and GNE on the golden pages.

Run ``python -m bench.extract`` (needs the ``bench`` extra and ../shared/pages). Every extractor gets the
same decoded HTML string in the same process. Accuracy: body precision/recall/F1 as a bag of tokens
(each CJK character a token), title exact match, publish time exact ISO 8601 match. Speed: pages per
second of CPU time in this single process, i.e. per core.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from bench.metrics import Score, bag_of_tokens, tokens
from newscorpus.decode import decode_html
from newscorpus.scrapers import generic
from newscorpus.scrapers.dates import parse_datetime

ROOT = Path(__file__).resolve().parents[1]
GOLDEN_DIR = ROOT / "tests" / "golden"
SHARED_PAGES = ROOT.parent / "shared" / "pages"
# The speed pass repeats the whole page set so that timer resolution and warm-up do not matter.
SPEED_REPEATS = 3
# trafilatura settings: its defaults gave its best body F1 over all pages (macro 0.829, against 0.801 with
# favor_precision and 0.816 with favor_recall; see bench/README.md). Comments are not story text.
TRAFILATURA_OPTIONS = {"include_comments": False, "include_tables": True}
# The page set issue 4 names: the long-tail sites plus two portals run through the generic extractor.
ISSUE_PORTALS = ("people/", "xinhuanet/")


@dataclass(frozen=True)
class Page:
    name: str
    long_tail: bool
    url: str | None
    html: str
    title: str | None
    published_at: str | None
    body: str


@dataclass(frozen=True)
class Output:
    title: str | None
    published_at: str | None
    body: str


@dataclass
class Result:
    name: str
    bodies: dict[str, str] = field(default_factory=dict)
    scores: dict[str, Score] = field(default_factory=dict)
    title_ok: dict[str, bool] = field(default_factory=dict)
    date_ok: dict[str, bool] = field(default_factory=dict)
    pages_per_s: float = 0.0


Extractor = Callable[[str, str | None], Output]


def run_generic(html: str, url: str | None) -> Output:
    article = generic.extract(LexborHTMLParser(html), url)
    return Output(article.title, article.published_at, article.body)


def run_trafilatura(html: str, url: str | None) -> Output:
    import trafilatura  # bench extra only

    raw = trafilatura.extract(html, url=url, output_format="json", with_metadata=True, **TRAFILATURA_OPTIONS)
    data = json.loads(raw) if raw else {}
    # trafilatura reports a date without a time; the ISO normalisation is ours, so the comparison is fair.
    return Output(data.get("title"), parse_datetime(data.get("date")), data.get("text") or "")


def run_gne(html: str, url: str | None) -> Output:
    from gne import GeneralNewsExtractor  # bench extra only

    try:
        data = GeneralNewsExtractor().extract(html)
    except Exception:  # GNE raises on pages it cannot handle; that counts as an empty result
        data = {}
    return Output(data.get("title"), parse_datetime(str(data.get("publish_time") or "")), data.get("content") or "")


EXTRACTORS: dict[str, Extractor] = {"newscorpus": run_generic, "trafilatura": run_trafilatura, "gne": run_gne}


def load_pages(pages_dir: Path = SHARED_PAGES) -> list[Page]:
    """Every golden whose page exists, decoded once; `_encodings` duplicates are left out."""
    pages: list[Page] = []
    for path in sorted(GOLDEN_DIR.glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        source = pages_dir / data["page"]
        if path.parent.name.startswith("_") or not source.is_file():
            continue
        html = decode_html(source.read_bytes()).text
        body = "\n".join(data["paragraphs"])
        long_tail = data["site"] == "generic"
        pages.append(Page(data["page"], long_tail, data["url"], html, data["title"], data["published_at"], body))
    return pages


def evaluate(name: str, extractor: Extractor, pages: list[Page]) -> Result:
    result = Result(name)
    for page in pages:
        out = extractor(page.html, page.url)
        result.bodies[page.name] = out.body
        result.scores[page.name] = bag_of_tokens(out.body, page.body)
        result.title_ok[page.name] = (out.title or "").strip() == page.title
        result.date_ok[page.name] = out.published_at == page.published_at
    result.pages_per_s = _speed(extractor, pages)
    return result


def _speed(extractor: Extractor, pages: list[Page]) -> float:
    start = time.process_time()
    for _ in range(SPEED_REPEATS):
        for page in pages:
            extractor(page.html, page.url)
    spent = time.process_time() - start
    return SPEED_REPEATS * len(pages) / spent if spent > 0 else float("inf")


def micro_score(result: Result, pages: list[Page]) -> Score:
    """Token counts pooled over pages, so long articles weigh more (macro figures weigh pages equally)."""
    overlap = got = want = 0
    for page in pages:
        predicted, expected = tokens(result.bodies[page.name]), tokens(page.body)
        overlap += sum((predicted & expected).values())
        got += sum(predicted.values())
        want += sum(expected.values())
    return Score(overlap / got if got else 0.0, overlap / want if want else 0.0)


def summary_row(result: Result, pages: list[Page]) -> list[str]:
    micro = micro_score(result, pages)
    scores = [result.scores[p.name] for p in pages]
    macro = [sum(s.precision for s in scores), sum(s.recall for s in scores), sum(s.f1 for s in scores)]
    cells = [f"{v:.3f}" for v in (micro.precision, micro.recall, micro.f1, *(m / len(pages) for m in macro))]
    title = sum(result.title_ok[p.name] for p in pages) / len(pages)
    date = sum(result.date_ok[p.name] for p in pages) / len(pages)
    return [result.name, *cells, f"{title:.0%}", f"{date:.0%}", f"{result.pages_per_s:.1f}"]


_HEADER = [
    "extractor",
    "micro P",
    "micro R",
    "micro F1",
    "macro P",
    "macro R",
    "macro F1",
    "title",
    "date",
    "pages/s/core",
]


def report(results: list[Result], pages: list[Page]) -> str:
    long_tail = [p for p in pages if p.long_tail]
    issue = [p for p in pages if p.long_tail or p.name.startswith(ISSUE_PORTALS)]
    sets = (
        (f"Long-tail pages, no site rule ({len(long_tail)})", long_tail),
        (f"Issue 4 set: long-tail + people + xinhuanet ({len(issue)})", issue),
        (f"All golden pages, portals included ({len(pages)})", pages),
    )
    out: list[str] = []
    for label, subset in sets:
        out += [f"#### {label}", "", *_table(_HEADER, [summary_row(r, subset) for r in results]), ""]
    rows = [
        [p.name + ("" if p.long_tail else " (portal)")] + [f"{r.scores[p.name].f1:.3f}" for r in results] for p in pages
    ]
    out += ["#### Body F1 per page", "", *_table(["page", *(r.name for r in results)], rows)]
    return "\n".join(out) + "\n"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=list(EXTRACTORS), action="append", help="run only these extractors")
    parser.add_argument("--pages", type=Path, default=SHARED_PAGES, help="folder of saved pages")
    args = parser.parse_args(argv)
    pages = load_pages(args.pages)
    if not pages:
        print(f"no golden pages found under {args.pages}; nothing to benchmark")
        return 0
    results = [evaluate(name, EXTRACTORS[name], pages) for name in args.only or EXTRACTORS]
    print(report(results, pages), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
