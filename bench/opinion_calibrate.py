"""Calibration for the second opinion (issue 18): does our confidence, or a cheap signal, flag our failures?

``python -m bench.opinion_calibrate [--dump FILE]`` runs, on tune material only (the tune split of the
labelled pages, the hand-written fixtures of ``tests/fixtures/extract`` and mutated tune pages from
``bench.opinion_mutate``), newscorpus's full parse, readability-lxml and trafilatura, and records for every
page our confidence, two cheap disagreement signals, each extractor's body F1 and CPU time. It prints how
our failures (F1 < 0.5) sit against each signal and the mean-F1 gain against the share of pages a threshold
would send to the library. ``--dump`` keeps every row (texts included) as JSON for further analysis.
Held-out pages are never loaded here.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from bench.extract import run_readability, run_trafilatura
from bench.fresh import fresh_pages
from bench.metrics import bag_of_tokens
from bench.opinion_mutate import MUTATIONS, mutate
from bench.pages import LabelledPage, load_pages
from bench.splits import ROOT
from newscorpus.decode import decode_html
from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.blocks import walk
from newscorpus.scrapers.plausible import _prose_lines
from newscorpus.scrapers.registry import Registry

FIXTURES = ROOT / "tests" / "fixtures" / "extract"
# Fixtures whose tests pin the generic body: their truth is that body (the tests assert it is the story).
LOOSE = ("aspnet_form", "footer", "fragment", "linkfarm", "spam")
FAIL_F1 = 0.5
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)


@dataclass
class Row:
    name: str
    kind: str  # tune / fresh / shapes / loose / a mutation name
    confidence: float
    fell_back: bool
    longest_in: bool  # the page's longest punctuated prose line is in our body
    prose_cover: float  # share of the page's punctuated prose (characters) that our body holds
    ours: float
    readability: float
    trafilatura: float
    ours_s: float
    readability_s: float
    trafilatura_s: float
    title: str | None
    ours_text: str
    readability_text: str
    trafilatura_text: str


def tune_material() -> list[LabelledPage]:
    pages = [p for p in load_pages() if p.split == "tune"]
    material = list(pages)
    for kind in MUTATIONS:
        for at, page in enumerate(pages):
            mutated = mutate(page, kind, pages[(at + 1) % len(pages)])
            if mutated is not None:
                material.append(mutated)
    material += fresh_pages()
    material += [_with_set(p, "shapes") for p in fresh_pages(FIXTURES / "shapes")]
    return material + _loose_pages()


def _with_set(page: LabelledPage, name: str) -> LabelledPage:
    from dataclasses import replace

    return replace(page, name=f"{name}/{page.site}", set=name, split=name)


def _loose_pages() -> list[LabelledPage]:
    registry = Registry.load()
    pages = []
    for stem in LOOSE:
        html = decode_html((FIXTURES / f"{stem}.html").read_bytes()).text
        body = parse_html(html, None, registry).body
        pages.append(LabelledPage(f"loose/{stem}", stem, "loose", "loose", None, html, body, None, None, False, {}))
    return pages


def _kind(page: LabelledPage) -> str:
    return page.name.split("#", 1)[1] if "#" in page.name else (page.set if page.split != "tune" else "tune")


def signals(html: str, article: Article) -> tuple[bool, float]:
    """Whether the page's longest prose line is in our body, and the share of page prose our body holds."""
    tree = LexborHTMLParser(html)
    page = walk(tree.body) if tree.body is not None else None
    prose = _prose_lines(page) if page is not None else []
    if not prose:
        return True, 1.0
    body = article.body
    total = sum(len(line.text) for line in prose)
    held = sum(len(line.text) for line in prose if line.text in body)
    return prose[0].text in body, held / total


def measure(page: LabelledPage, registry: Registry) -> Row:
    start = time.process_time()
    article = parse_html(page.html, page.url, registry)
    ours_s = time.process_time() - start
    longest_in, cover = signals(page.html, article)
    start = time.process_time()
    readability = run_readability(page.html, page.url).body
    readability_s = time.process_time() - start
    start = time.process_time()
    trafilatura = run_trafilatura(page.html, page.url).body
    trafilatura_s = time.process_time() - start
    return Row(
        page.name,
        _kind(page),
        article.confidence,
        article.fell_back,
        longest_in,
        round(cover, 3),
        bag_of_tokens(article.body, page.body).f1,
        bag_of_tokens(readability, page.body).f1,
        bag_of_tokens(trafilatura, page.body).f1,
        ours_s,
        readability_s,
        trafilatura_s,
        article.title,
        article.body,
        readability,
        trafilatura,
    )


def report(rows: list[Row]) -> list[str]:
    out = [
        "| kind | pages | ours | readability | trafilatura | ours < 0.5 | their conf |",
        "|---|---|---|---|---|---|---|",
    ]
    kinds = sorted({row.kind for row in rows})
    for kind in [*kinds, "all"]:
        subset = [row for row in rows if kind in ("all", row.kind)]
        fails = [row for row in subset if row.ours < FAIL_F1]
        out.append(
            f"| {kind} | {len(subset)} | {_mean(subset, 'ours'):.3f} | {_mean(subset, 'readability'):.3f} | "
            f"{_mean(subset, 'trafilatura'):.3f} | {len(fails)} | {', '.join(f'{r.confidence:.2f}' for r in fails)} |"
        )
    out += ["", "Threshold on confidence: pages sent, mean F1 if the library's answer replaces ours there", ""]
    out += ["| conf < t | sent | share | fails caught | ours | +readability | +trafilatura | oracle(readability) |"]
    out.append("|---|---|---|---|---|---|---|---|")
    fails = [row for row in rows if row.ours < FAIL_F1]
    for threshold in THRESHOLDS:
        sent = [row for row in rows if row.confidence < threshold]
        caught = sum(row.ours < FAIL_F1 for row in sent)
        out.append(
            f"| {threshold} | {len(sent)} | {len(sent) / len(rows):.2f} | {caught}/{len(fails)} | "
            f"{_mean(rows, 'ours'):.3f} | {_swapped(rows, sent, 'readability'):.3f} | "
            f"{_swapped(rows, sent, 'trafilatura'):.3f} | {_swapped(rows, sent, 'readability', oracle=True):.3f} |"
        )
    return out


def _mean(rows: list[Row], name: str) -> float:
    return sum(getattr(row, name) for row in rows) / len(rows) if rows else 0.0


def _swapped(rows: list[Row], sent: list[Row], name: str, oracle: bool = False) -> float:
    names = {row.name for row in sent}
    total = 0.0
    for row in rows:
        if row.name not in names:
            total += row.ours
        else:
            total += max(row.ours, getattr(row, name)) if oracle else getattr(row, name)
    return total / len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, help="write every row as JSON here")
    args = parser.parse_args(argv)
    registry = Registry.load()
    rows = [measure(page, registry) for page in tune_material()]
    if args.dump:
        args.dump.write_text(json.dumps([asdict(row) for row in rows], ensure_ascii=False), encoding="utf-8")
    print("\n".join(report(rows)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
