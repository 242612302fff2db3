"""Publish times by VARIATION (issue 18, session 9): every labelled page whose publish time main reads right is
rewritten the ways other CMSs and other years print the shown time, the expected value kept, and re-parsed.

Bases: the tune split of the ../shared pages, the tune blind batches (``bench.blind.TUNE_BATCHES``) and the
date fixtures (tests/fixtures/dates/*). For each base the shown time (the text of the page that spells the
expected day, with the expected time when it has one) is found; the page's machine-readable times (meta,
JSON-LD, ``<time datetime>``) are taken out so the shown time alone decides (a base is kept only when the page
so stripped is still right: the control). Every page is read by the generic extractor, since a variant
stands for a site no rule knows (a portal's rule reads its own template, which a variant no longer is).
Then five families of variants, each realistic for some CMS: ``format`` (how the time is spelled), ``label``
(the word before it), ``markup`` (the elements around it), ``position`` (where the bar sits) and
``distractor`` (another date added elsewhere). Deterministic: one seeded generator per variant picks its
lesser choices (days ago, view count, the later date's hours) so two runs print the same table.

Run: ``python -m bench.dates_vary`` (``--misses FAMILY`` lists that family's failing variants).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from bench.blind import TUNE_BATCHES, labelled
from bench.dates_variants import FAMILIES, Base
from bench.extract import same_time
from bench.extract_dates import load_date_pages
from bench.splits import ROOT
from newscorpus.parse import parse_html
from newscorpus.scrapers import generic
from newscorpus.scrapers.registry import Registry

SEED = 18
FIXTURES = ROOT / "tests" / "fixtures"
_TAG_SPLIT = re.compile(r"(<[^>]*>)")
_SKIP_OPEN = re.compile(r"<(script|style|textarea|title|head)\b", re.I)
_META_TIME = re.compile(
    r"<meta\b[^>]*(?:time|date|pubdate|published|modified)[^>]*>|"
    r"<script\b[^>]*ld\+json[^>]*>.*?</script>",
    re.I | re.S,
)
_TIME_ATTR = re.compile(r"\s(?:datetime|data-time|data-date|data-timestamp|data-publish[\w-]*)=\"[^\"]*\"", re.I)


def _shown_pattern(when: datetime, timed: bool) -> re.Pattern[str]:
    year = rf"(?:{when.year}|{when.year % 100:02d})"
    day = rf"{year}\s*[-/.年]\s*0?{when.month}\s*[-/.月]\s*0?{when.day}(?!\d)\s*日?"
    if not timed:
        return re.compile(day)
    clock = (
        rf"(?:\s|&nbsp;|[（(]?星期.[)）]?)*0?{when.hour}\s*[:：时時点]\s*{when.minute:02d}(?:\s*[:：分]\s*\d\d秒?)?分?"
    )
    return re.compile(day + clock)


def _text_spans(html: str) -> Iterator[tuple[int, str]]:
    """(offset, text) of every text run outside script, style and head."""
    offset = 0
    skip = False
    for part in _TAG_SPLIT.split(html):
        if part.startswith("<"):
            if _SKIP_OPEN.match(part):
                skip = True
            elif re.match(r"</(script|style|textarea|title|head)\b", part, re.I):
                skip = False
        elif not skip:
            yield offset, part
        offset += len(part)


def _find_shown(html: str, when: datetime) -> tuple[bool, int, int] | None:
    timed = bool(when.hour or when.minute)
    pattern = _shown_pattern(when, timed)
    for offset, text in _text_spans(html):
        match = pattern.search(text)
        if match:
            return timed, offset + match.start(), offset + match.end()
    return None


def _bases_from(pages: Iterator[tuple[str, str | None, str, str | None]], registry: Registry) -> Iterator[Base]:
    for name, url, html, want in pages:
        if not want or "T" not in want:
            continue
        if not same_time(parse_html(html, url, registry).published_at, want):
            continue
        stripped = _TIME_ATTR.sub("", _META_TIME.sub("", html))
        when = datetime.fromisoformat(want)
        found = _find_shown(stripped, when)
        if found is None or not same_time(read_time(stripped, url), want):
            continue
        yield Base(name, url, stripped, want, when, *found)


def _labelled_pages() -> Iterator[tuple[str, str | None, str, str | None]]:
    from bench.pages import load_pages

    for page in load_pages():
        if page.split == "tune" and page.has_date_label:
            yield page.name, page.url, page.html, page.published_at
    for batch in sorted(TUNE_BATCHES):
        for folder in sorted(path for path in (FIXTURES / batch).glob("*") if path.is_dir()):
            for label, path in labelled(folder):
                from newscorpus.decode import decode_html

                html = decode_html(path.read_bytes()).text
                yield f"{batch}/{folder.name}/{path.stem}", label.get("url"), html, label.get("published_at")
    for folder in sorted(path for path in (FIXTURES / "dates").glob("*") if path.is_dir()):
        for page in load_date_pages(folder):
            yield f"dates/{folder.name}/{page.name}", page.url, page.html, page.want


def load_bases(registry: Registry) -> list[Base]:
    return list(_bases_from(_labelled_pages(), registry))


def read_time(html: str, url: str | None, fetched_at: str | None = None) -> str | None:
    """The generic extractor's publish time: a variant stands for a site no rule knows."""
    return generic.extract(LexborHTMLParser(html), url, fetched_at=fetched_at).published_at


def run(bases: list[Base], registry: Registry) -> dict[str, dict[str, list[str]]]:
    """family -> variant -> names of the bases whose variant is read wrong."""
    misses: dict[str, dict[str, list[str]]] = {}
    for family, variants in FAMILIES.items():
        for name, variant in variants.items():
            wrong = misses.setdefault(family, {}).setdefault(name, [])
            rng = random.Random(f"{SEED}/{family}/{name}")
            for base in bases:
                html, url, fetched = variant(base, rng)
                got = read_time(html, url, fetched)
                if not same_time(got, base.want):
                    wrong.append(f"{base.name}: got {got} want {base.want}")
    return misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dates_vary", description=__doc__.splitlines()[0])
    parser.add_argument("--misses", help="list the failing variants of this family")
    parser.add_argument("--json", type=Path, help="write the per-variant counts here")
    args = parser.parse_args(argv)
    registry = Registry.load()
    bases = load_bases(registry)
    misses = run(bases, registry)
    total = len(bases)
    print(f"{total} bases (labelled pages read right on this tree, metadata taken out)")
    counts: dict[str, dict[str, int]] = {}
    for family, variants in misses.items():
        kept = sum(total - len(wrong) for wrong in variants.values())
        print(f"{family:11s} {kept}/{total * len(variants)} survive ({kept / (total * len(variants) or 1):.3f})")
        for name, wrong in variants.items():
            counts.setdefault(family, {})[name] = total - len(wrong)
            print(f"    {name:15s} {total - len(wrong)}/{total}")
            if args.misses == family:
                print("\n".join(f"        {line}" for line in wrong))
    if args.json:
        args.json.write_text(json.dumps(counts, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
