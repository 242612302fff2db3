"""Site-parser throughput against its limit: lexbor parsing the same pages and doing nothing else.

Run: ``python -m bench.sites [--rounds N]``. Every saved page that has golden JSON is decoded once up
front; each round then times the full site-parse path (``parse_html`` with the golden's URL) and the
bare ``LexborHTMLParser`` over the same strings, in the same process, interleaved so machine noise hits
both. The ratio (pages/s of the site path over pages/s of bare parsing) is the figure that matters;
absolute numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from newscorpus.decode import decode_html
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

ROOT = Path(__file__).resolve().parents[1]
SHARED_PAGES = ROOT.parent / "shared" / "pages"
GOLDEN_DIR = ROOT / "tests" / "golden"
DEFAULT_ROUNDS = 5


@dataclass(frozen=True)
class Page:
    name: str
    html: str
    url: str | None
    site: str


def load_pages() -> list[Page]:
    pages = []
    for golden in sorted(GOLDEN_DIR.glob("*/*.json")):
        data = json.loads(golden.read_text(encoding="utf-8"))
        path = SHARED_PAGES / data["page"]
        if path.is_file():
            pages.append(Page(data["page"], decode_html(path.read_bytes()).text, data.get("url"), data["site"]))
    return pages


def clock(work: Callable[[], object]) -> float:
    # CPU time of this process: the machine is shared, and wall time would charge us for other work.
    started = time.process_time()
    work()
    return time.process_time() - started


def run(pages: list[Page], rounds: int) -> tuple[float, float, float]:
    """Median seconds for one pass over all pages (site parsers, bare lexbor), and the median round ratio.

    Within a round each page is parsed bare and through the site path back to back, so a burst of load
    from elsewhere on the machine hits both sides of the same page; the median over rounds ignores the
    rounds such a burst spoiled. The side that goes second finds the page text and lexbor's freed memory
    warm, so the order alternates from page to page and round to round. Each tree is freed inside its
    own timing on both sides.
    """
    registry = Registry.load()
    site_rounds: list[float] = []
    bare_rounds: list[float] = []
    for round_number in range(rounds):
        site = bare = 0.0
        for number, page in enumerate(pages):
            sides = [
                lambda p=page: LexborHTMLParser(p.html).root is None,
                lambda p=page: parse_html(p.html, p.url, registry) is None,
            ]
            bare_first = (round_number + number) % 2 == 0
            times = [clock(work) for work in (sides if bare_first else sides[::-1])]
            bare_time, site_time = times if bare_first else times[::-1]
            bare += bare_time
            site += site_time
        site_rounds.append(site)
        bare_rounds.append(bare)
    ratio = statistics.median(b / s for b, s in zip(bare_rounds, site_rounds, strict=True))
    return statistics.median(site_rounds), statistics.median(bare_rounds), ratio


def per_page(pages: list[Page], rounds: int) -> list[tuple[str, float, float]]:
    registry = Registry.load()
    rows = []
    for page in pages:
        site = [clock(lambda p=page: parse_html(p.html, p.url, registry) is None) for _ in range(rounds)]
        bare = [clock(lambda p=page: LexborHTMLParser(p.html).root is None) for _ in range(rounds)]
        rows.append((page.name, min(site) * 1000, min(bare) * 1000))
    return rows


def table(pages: list[Page], rounds: int) -> str:
    names = set(Registry.load().names())
    ruled = [p for p in pages if p.site in names]
    lines = [
        f"{len(pages)} saved pages with golden JSON, {rounds} rounds in one process: pages/s from the median"
        " round, ratio the median of the rounds' ratios; per-page rows are the best round.",
        "",
        "| pages | path | pages/s | ratio to limit |",
        "|---|---|---:|---:|",
    ]
    long_tail = [p for p in pages if p.site not in names]
    subsets = (
        (f"{len(ruled)} with a site rule (the site parsers)", ruled),
        (f"{len(long_tail)} long-tail (generic extractor)", long_tail),
        (f"all {len(pages)}", pages),
    )
    for label, subset in subsets:
        site, bare, ratio = run(subset, rounds)
        lines.append(f"| {label} | lexbor parse only (the limit) | {len(subset) / bare:,.0f} | 1.00 |")
        lines.append(f"| {label} | `parse_html` with URL | {len(subset) / site:,.0f} | {ratio:.2f} |")
    lines += [
        "",
        "| page | site path ms | lexbor ms | ratio |",
        "|---|---:|---:|---:|",
    ]
    for name, site_ms, bare_ms in per_page(pages, rounds):
        lines.append(f"| {name} | {site_ms:.2f} | {bare_ms:.2f} | {bare_ms / site_ms:.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=DEFAULT_ROUNDS)
    args = parser.parse_args(argv)
    pages = load_pages()
    if not pages:
        print(f"no saved pages under {SHARED_PAGES}: site parser benchmark skipped")
        return 0
    print(table(pages, args.rounds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
