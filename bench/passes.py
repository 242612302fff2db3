"""What a shared pass over the tree could save: each whole-tree read of a parse, timed alone, against the parse.

``python -m bench.passes [--split heldout|tune]``. Issue 18's 10x target was thought to need the walk
(``blocks.walk``, Python, every node) and the related detector's whole-tree reads (its heading text, its
marked-block query), which run before the walk because their removals change it, to share one pass. This
times each read on its own (best of N, process time, a fresh tree per page parsed once), so the gain of any
merge is bounded by the reads it removes; and it times the merge's costliest part as a prototype: the
marked-block test (class/id words) done on the walk's element list in Python instead of lexbor's C query.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from bench.pages import LabelledPage, load_pages
from newscorpus.budget import check_parse_budget
from newscorpus.parse import parse_html
from newscorpus.scrapers.blocks import walk
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.relatedmarks import marked_query, marked_words_in
from newscorpus.scrapers.relatedscan import TEXT_NODE_BREAK, heading_text_nodes
from newscorpus.scrapers.sitenames import scan_site

# Best of this many runs: the machine is shared, the least is the closest to the work itself.
RUNS = 5


def best_of(work: Callable[[], Any], runs: int = RUNS) -> float:
    """The least process time of ``runs`` calls of ``work``, in seconds."""
    least = float("inf")
    for _ in range(runs):
        start = time.process_time()
        work()
        least = min(least, time.process_time() - start)
    return least


def marks_on_walk(body: LexborNode) -> list[LexborNode]:
    """The prototype: the walk, then the marked-block test on each element it listed (the merged pass's
    extra work). Not the detector's answer: the walk never enters an unreadable subtree the query reads."""
    done = walk(body)
    return [node for node, tag in zip(done.nodes, done.tags, strict=True) if tag != "-text" and marked_words_in(node)]


def stages(pages: list[LabelledPage], registry: Registry) -> dict[str, Callable[[], Any]]:
    """Each stage as a call over every page (the full parse first: the others are shares of it)."""
    bodies = [body for page in pages if (body := LexborHTMLParser(page.html).body) is not None]
    trees = [LexborHTMLParser(page.html) for page in pages]
    return {
        "full parse_html": lambda: [parse_html(page.html, page.url, registry) for page in pages],
        "parse budget": lambda: [check_parse_budget(page.html, None) for page in pages],
        "lexbor parse": lambda: [LexborHTMLParser(page.html) for page in pages],
        "walk(body)": lambda: [walk(body) for body in bodies],
        "heading text nodes": lambda: [list(heading_text_nodes(body)) for body in bodies],
        # The part of the heading search a merged pass could drop: the rest reads the text it returns.
        "  its text, in C": lambda: [body.text(deep=True, separator=TEXT_NODE_BREAK) for body in bodies],
        "marked-block query": lambda: [marked_query(body) for body in bodies],
        "site-name scan": lambda: [scan_site(tree) for tree in trees],
        "walk + marked query": lambda: [(walk(body), marked_query(body)) for body in bodies],
        "walk with marks (prototype)": lambda: [marks_on_walk(body) for body in bodies],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("heldout", "tune"), default="heldout")
    parser.add_argument("--min-chars", type=int, default=0, help="only pages this long (the big ones apart)")
    args = parser.parse_args()
    pages = [page for page in load_pages() if page.split == args.split and len(page.html) >= args.min_chars]
    registry = Registry.load()
    for page in pages:
        parse_html(page.html, page.url, registry)  # imports and first-use compiles out of the timings
    full = 0.0
    for name, work in stages(pages, registry).items():
        spent = best_of(work)
        full = full or spent
        print(f"{name:30s} {spent * 1000:8.1f} ms {100 * spent / full:6.1f}%")
    print(f"({len(pages)} {args.split} pages)")


if __name__ == "__main__":
    main()
