"""Headline accuracy: the ``title`` every extractor returns against the labelled one.

The title is exported and feeds dedup's headline keys, so a site tagline or an issue number in its place
merges or splits stories. Two columns per split: exact (every whitespace character removed on both sides,
since pages wrap and pad headings) and lenient (one contains the other: a kept channel prefix or a dropped
subtitle, still the right story). Scored on the labelled pages that carry a title (tune and held-out apart)
and on the hand-written title pages ``tests/fixtures/titles`` (their own split, ``titles``).

Run ``python -m bench.extract_titles`` (titles only, fast) or ``python -m bench.extract`` (all tables).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Mapping
from pathlib import Path

from bench.pages import SPLITS, LabelledPage, load_pages, manifest_pages
from bench.splits import ROOT

TITLE_DIR = ROOT / "tests" / "fixtures" / "titles"
MANIFEST = "titles.jsonl"
TITLES = "titles"  # the split (and set) of the hand-written title pages
_SPACE = re.compile(r"\s+")


def squeeze(title: str | None) -> str:
    """A title with every whitespace character removed: the form both sides are compared in."""
    return _SPACE.sub("", title or "")


def exact(got: str | None, want: str | None) -> bool:
    return bool(squeeze(want)) and squeeze(got) == squeeze(want)


def lenient(got: str | None, want: str | None) -> bool:
    """The right headline give or take a channel prefix, site suffix or subtitle: one contains the other."""
    mine, theirs = squeeze(got), squeeze(want)
    return bool(mine and theirs) and (mine in theirs or theirs in mine)


def title_pages(folder: Path = TITLE_DIR) -> list[LabelledPage]:
    """The hand-written title pages of ``folder/titles.jsonl`` (one {"page", "title", "url"?} a line)."""
    pages: list[LabelledPage] = []
    for entry, html in manifest_pages(folder, MANIFEST):
        source = folder / entry["page"]
        pages.append(
            LabelledPage(
                f"{TITLES}/{entry['page']}",
                source.stem,
                TITLES,
                TITLES,
                entry.get("url"),
                html,
                "",
                entry["title"],
                None,
                False,
                entry,
            )
        )
    return pages


def title_cells(titles: Mapping[str, str | None], pages: list[LabelledPage]) -> list[str]:
    """Exact and lenient accuracy over the pages that carry a title label."""
    labelled = [p for p in pages if squeeze(p.title)]
    if not labelled:
        return ["0", "-", "-"]
    right = sum(exact(titles.get(p.name), p.title) for p in labelled)
    near = sum(lenient(titles.get(p.name), p.title) for p in labelled)
    count = len(labelled)
    return [str(count), f"{right / count:.2f} ({right}/{count})", f"{near / count:.2f} ({near}/{count})"]


def title_table(results: Mapping[str, Mapping[str, str | None]], pages: list[LabelledPage]) -> list[str]:
    """One aggregate row per split and extractor: no page name or title is printed."""
    splits = [split for split in (*SPLITS, TITLES) if any(p.split == split for p in pages)]
    rows = [
        [split, name, *title_cells(titles, [p for p in pages if p.split == split])]
        for split in splits
        for name, titles in results.items()
    ]
    header = ["split", "extractor", "titled pages", "title exact", "title contains/contained"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def misses(titles: Mapping[str, str | None], pages: list[LabelledPage], split: str) -> list[str]:
    """Per-page misses of one extractor, for the tune and titles splits only (never held-out pages)."""
    if split not in ("tune", TITLES):
        raise ValueError("misses are listed for the tune and titles splits only")
    return [
        f"{p.name}: got {titles.get(p.name)!r} want {p.title!r}"
        for p in pages
        if p.split == split and squeeze(p.title) and not exact(titles.get(p.name), p.title)
    ]


def main(argv: list[str] | None = None) -> int:
    from bench.extract import NAMES, PEERS, newscorpus_extractor

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=NAMES, action="append", help="run only these extractors")
    parser.add_argument("--misses", choices=("tune", TITLES), help="list the first extractor's misses on this split")
    args = parser.parse_args(argv)
    extractors = {"newscorpus": newscorpus_extractor(), **PEERS}
    pages = [p for p in load_pages() if squeeze(p.title)] + title_pages()
    results = {name: {p.name: extractors[name](p.html, p.url).title for p in pages} for name in args.only or NAMES}
    print("\n".join(title_table(results, pages)))
    if args.misses:
        first = next(iter(results.values()))
        print("\n".join(["", *misses(first, pages, args.misses)]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
