"""Byline benchmark: author, source and editor per page for newscorpus, trafilatura and GNE (issue 13).

Every golden page (``tests/golden/<site>/*.json`` and, when present, ``tests/golden/dev/*.json``) is parsed
by the full ``newscorpus.parse.parse_html`` path, and by trafilatura and GNE for the author (neither has a
source or editor field). Two numbers per field, on the tune split and the held-out split (bench/splits.py):
``shown``, the share of pages that show the field where the output matches exactly (whitespace collapsed),
and ``absent``, the share of pages that show no value where the output is empty too.

Run: ``python -m bench.extract_bylines`` (needs ``pip install -e '.[bench]'`` for the other extractors).
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.splits import SHARED, split_of
from newscorpus.decode import decode_html
from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_byline, parse_line
from newscorpus.scrapers.registry import Registry

ROOT = Path(__file__).resolve().parents[1]
GOLDEN_DIR = ROOT / "tests" / "golden"
BYLINE_SET = ROOT / "tests" / "fixtures" / "bylines"
# Pages and strings written before the last tuning round and never tuned on: the held-out set of record.
FRESH_DIR = BYLINE_SET / "fresh"
# Session 6's tune pages of long-tail kinds (blogs, Q&A, forums, wikis, HK/Japanese portals, novel sites):
# tuned on, never the result.
PAGES2_DIR = BYLINE_SET / "pages2"
# Session 7's portal tune pages 2015-2024 (self-media posts, empty 来源, overseas pages, editor bars in odd
# markup): tuned on, never the result.
PAGES3_DIR = BYLINE_SET / "pages3"
# Session 8's tune pages (issue 13): unlabelled and closing authors, other credit words, self-media accounts
# and forum/Q&A writers, sources a page does not show: tuned on, never the result.
PAGES4_DIR = BYLINE_SET / "pages4"
FIELDS = ("author", "source", "editor")
SPLITS = ("tune", "heldout")


@dataclass(frozen=True)
class Page:
    name: str
    split: str
    url: str | None
    html: str
    truth: dict[str, str | None]


Fields = dict[str, str | None]
Extractor = Callable[[Page], Fields]


def load_pages(shared: Path = SHARED, golden_dirs: tuple[Path, ...] = (GOLDEN_DIR,)) -> list[Page]:
    """Goldens whose saved page exists, each page once (the first golden dir wins); `_encodings` copies
    of portal pages are left out."""
    pages: list[Page] = []
    seen: set[str] = set()
    for path in [p for folder in golden_dirs for p in sorted(folder.glob("*/*.json"))]:
        if path.parent.name.startswith("_") or path.name == "FORMAT.json":
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        html_path = _page_path(shared, data["page"])
        if data["page"] in seen or not html_path.is_file():
            continue
        seen.add(data["page"])
        html = decode_html(html_path.read_bytes()).text
        truth = {name: data.get(name) for name in FIELDS}
        pages.append(Page(data["page"], split_of(html_path), data.get("url"), html, truth))
    return pages


def _page_path(shared: Path, page: str) -> Path:
    # Portal goldens name "163/1.html" (under pages/), dev goldens "dev/NAME.html" (under dev/pages/).
    if page.startswith("dev/"):
        return shared / "dev" / "pages" / page.removeprefix("dev/")
    return shared / "pages" / page


def run_newscorpus(page: Page, registry: Registry | None = None) -> Fields:
    article = parse_html(page.html, page.url, registry or Registry.load())
    return {"author": article.author, "source": article.source, "editor": article.editor}


def run_trafilatura(page: Page) -> Fields:
    import trafilatura  # bench extra only

    raw = trafilatura.extract(page.html, url=page.url, output_format="json", with_metadata=True)
    data = json.loads(raw) if raw else {}
    return {"author": data.get("author")}


def run_gne(page: Page) -> Fields:
    from gne import GeneralNewsExtractor  # bench extra only

    try:
        data = GeneralNewsExtractor().extract(page.html)
    except Exception:  # GNE raises on pages it cannot handle: an empty result
        data = {}
    return {"author": data.get("author")}


def same(got: str | None, want: str | None) -> bool:
    return _collapse(got) == _collapse(want)


def _collapse(value: str | None) -> str:
    return re.sub(r"\s+", " ", value or "").strip()


def score(outputs: dict[str, Fields], pages: list[Page], split: str, name: str) -> tuple[str, str]:
    """``shown`` and ``absent`` for one field on one split, as "0.83 (5/6)"; "n/a" where the field is absent."""
    shown = [p for p in pages if p.split == split and _collapse(p.truth[name])]
    absent = [p for p in pages if p.split == split and not _collapse(p.truth[name])]
    hits = sum(same(outputs[p.name].get(name), p.truth[name]) for p in shown)
    empties = sum(not _collapse(outputs[p.name].get(name)) for p in absent)
    return _ratio(hits, len(shown)), _ratio(empties, len(absent))


def _ratio(num: int, den: int) -> str:
    return f"{num / den:.2f} ({num}/{den})" if den else "n/a"


def byline_table(results: dict[str, dict[str, Fields]], pages: list[Page], splits: tuple[str, ...] = SPLITS) -> str:
    """Markdown table: one row per extractor and field, shown/absent accuracy on each split."""
    header = ["extractor", "field"] + [f"{split} {kind}" for split in splits for kind in ("shown", "absent")]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for extractor, outputs in results.items():
        for name in FIELDS:
            if not any(name in fields for fields in outputs.values()):
                continue  # the extractor has no such field
            cells = [cell for split in splits for cell in score(outputs, pages, split, name)]
            lines.append("| " + " | ".join([extractor, name, *cells]) + " |")
    return "\n".join(lines) + "\n"


def row_table(rows_dir: Path = BYLINE_SET) -> str:
    """The byline grammar alone on the labelled byline set, per split: one row per field."""
    rows = [json.loads(line) for path in sorted(rows_dir.glob("*.jsonl")) for line in path.open(encoding="utf-8")]
    return grammar_table("byline set", rows, SPLITS)


def fresh_row_table(path: Path = FRESH_DIR / "strings.jsonl") -> str:
    """The grammar on the fresh byline strings, written before tuning and never tuned on (held out)."""
    rows = [{**json.loads(line), "split": "fresh"} for line in path.open(encoding="utf-8")]
    return grammar_table("fresh byline strings", rows, ("fresh",))


def grammar_table(title: str, rows: list[dict], splits: tuple[str, ...]) -> str:
    outputs: dict[str, Fields] = {}
    pages: list[Page] = []
    for index, row in enumerate(rows):
        found = parse_line(row["text"]) if "text" in row else parse_byline(row["lines"])
        outputs[str(index)] = {"author": found.author, "source": found.source, "editor": found.editor}
        pages.append(Page(str(index), row["split"], None, "", {name: row[name] for name in FIELDS}))
    counts = " ".join(f"{split} {sum(p.split == split for p in pages)} rows" for split in splits)
    return f"{title} ({counts}):\n" + byline_table({"grammar": outputs}, pages, splits)


def template_table(extractors: dict[str, Extractor]) -> str:
    """The hand-written template pages of other years (bench/byline_pages.py), per hashed half."""
    from bench.byline_pages import load_template_pages

    pages = load_template_pages()
    counts = " ".join(f"{split} {sum(p.split == split for p in pages)} pages" for split in SPLITS)
    results = {name: {p.name: run(p) for p in pages} for name, run in extractors.items()}
    return f"template pages ({counts}):\n" + byline_table(results, pages)


def fresh_table(extractors: dict[str, Extractor]) -> str:
    """The fresh hand-written pages (tests/fixtures/bylines/fresh/): written before tuning, all held out."""
    from bench.byline_pages import load_template_pages

    pages = load_template_pages(FRESH_DIR, split="fresh")
    results = {name: {p.name: run(p) for p in pages} for name, run in extractors.items()}
    return f"fresh pages ({len(pages)} pages):\n" + byline_table(results, pages, ("fresh",))


def pages2_table(extractors: dict[str, Extractor]) -> str:
    """Session 6's long-tail tune pages (tests/fixtures/bylines/pages2/): tune material, never the result."""
    from bench.byline_pages import load_template_pages

    pages = load_template_pages(PAGES2_DIR, split="tune")
    results = {name: {p.name: run(p) for p in pages} for name, run in extractors.items()}
    return f"long-tail tune pages ({len(pages)} pages):\n" + byline_table(results, pages, ("tune",))


def pages3_table(extractors: dict[str, Extractor]) -> str:
    """Session 7's portal tune pages (tests/fixtures/bylines/pages3/): tune material, never the result."""
    from bench.byline_pages import load_template_pages

    pages = load_template_pages(PAGES3_DIR, split="tune")
    results = {name: {p.name: run(p) for p in pages} for name, run in extractors.items()}
    return f"portal tune pages ({len(pages)} pages):\n" + byline_table(results, pages, ("tune",))


def pages4_table(extractors: dict[str, Extractor]) -> str:
    """Session 8's portal and long-tail tune pages (tests/fixtures/bylines/pages4/): never the result."""
    from bench.byline_pages import load_template_pages

    pages = load_template_pages(PAGES4_DIR, split="tune")
    results = {name: {p.name: run(p) for p in pages} for name, run in extractors.items()}
    return f"pages4, tune pages ({len(pages)} pages):\n" + byline_table(results, pages, ("tune",))


def page_rows(outputs: dict[str, Fields], pages: list[Page], split: str) -> str:
    """Per-page misses of one extractor on one split (only print the tune split while tuning)."""
    rows = []
    for page in pages:
        if page.split != split:
            continue
        for name in FIELDS:
            got, want = outputs[page.name].get(name), page.truth[name]
            if not same(got, want):
                rows.append(f"{page.name} {name}: got {got!r} want {want!r}")
    return "\n".join(rows) + ("\n" if rows else "")


def newscorpus_and_peers(registry: Registry, only: list[str] | None = None) -> dict[str, Extractor]:
    extractors: dict[str, Extractor] = {
        "newscorpus": lambda page: run_newscorpus(page, registry),
        "trafilatura": run_trafilatura,
        "gne": run_gne,
    }
    return {name: extractors[name] for name in only or extractors}


def report(golden_dirs: tuple[Path, ...] = (GOLDEN_DIR,)) -> str:
    """The page table for every extractor, as `python -m bench.extract` prints it."""
    pages = load_pages(golden_dirs=golden_dirs)
    if not pages:
        return "no golden pages found (../shared absent)\n"
    extractors = newscorpus_and_peers(Registry.load())
    return byline_table({name: {p.name: run(p) for p in pages} for name, run in extractors.items()}, pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("newscorpus", "trafilatura", "gne"), action="append")
    parser.add_argument("--misses", action="store_true", help="list newscorpus misses on the tune split")
    parser.add_argument(
        "--golden-dir", type=Path, action="append", help="golden folders (default tests/golden; repeatable)"
    )
    args = parser.parse_args(argv)
    pages = load_pages(golden_dirs=tuple(args.golden_dir or (GOLDEN_DIR,)))
    if not pages:
        print("no golden pages found (../shared absent); nothing to benchmark")
        return 0
    registry = Registry.load()
    extractors = newscorpus_and_peers(registry, args.only)
    results = {name: {p.name: run(p) for p in pages} for name, run in extractors.items()}
    print(byline_table(results, pages), end="")
    print("\n" + row_table(), end="")
    print("\n" + template_table(extractors), end="")
    print("\n" + fresh_row_table(), end="")
    print("\n" + fresh_table(extractors), end="")
    print("\n" + pages2_table(extractors), end="")
    print("\n" + pages3_table(extractors), end="")
    print("\n" + pages4_table(extractors), end="")
    if args.misses and "newscorpus" in results:
        print(page_rows(results["newscorpus"], pages, "tune"), end="")
        from bench.byline_pages import load_template_pages

        fixtures = load_template_pages()
        print(page_rows({p.name: run_newscorpus(p, registry) for p in fixtures}, fixtures, "tune"), end="")
        for folder in (PAGES2_DIR, PAGES3_DIR, PAGES4_DIR):
            tuned = load_template_pages(folder, split="tune")
            print(page_rows({p.name: run_newscorpus(p, registry) for p in tuned}, tuned, "tune"), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
