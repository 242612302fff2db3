"""Related lists the detector gets right, rewritten the ways other sites and years print them (issue 17).

Every labelled related list of the tune material (tune golden pages, fixtures, the tune blind batches)
that the generic path finds whole is located in its page (the nearest element holding its links, and the
heading above it), and its box is replaced by the same items printed another way: other heading words, a
tab strip, JSON in a script, other URL forms, split and paginated lists, cards, the same plain list dressed as
older sites print it (family 9); and, for precision, by boxes that are no related list (a channel menu, an app
box, a hot rank, tags, the previous and next story, share buttons) in the same place, and furniture inside a
kept list (an app promotion, an advert, a channel row).
Each variant is parsed again and scored by URL: recall of the list's items for
the families that keep a list, and for the rest whether any link of the box came back (it must not).

Deterministic: the choice of markup per page is seeded by the page's name. Held-out pages are never read.
``python -m bench.related_vary [--min N] [--family F] [--show] [--rules]`` prints the family table (``--show``: each
lost variant).
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bench import blind, extract_related
from bench.extract_related import url_key
from bench.related_vary_dress import dress
from bench.related_vary_families import (
    HEADING_WORDS,
    cards,
    heading_words,
    script_json,
    split_lists,
    tab_strip,
    url_forms,
)
from bench.related_vary_locate import FOUND_SHARE, Located, Variant, locate
from bench.related_vary_precision import furniture_inside, not_lists
from newscorpus.decode import decode_html
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

SEED = 17
FIXTURES = Path("tests/fixtures")


def cases() -> Iterator[tuple[str, Path, str | None, frozenset[str]]]:
    for case in extract_related.all_cases():
        if case.split != "heldout" and not blind.held_out(case.path):
            yield case.name, case.path, case.url, case.expected
    for batch in sorted(blind.TUNE_BATCHES):
        for folder in blind.folders(FIXTURES / batch):
            for data, page in blind.labelled(folder):
                if isinstance(data.get("related"), list) and data.get("url"):
                    yield str(page), page, data["url"], extract_related.expected(data["related"])


def returned(html: str, url: str, registry: Registry) -> tuple[set[str], str]:
    article = parse_html(html, url, registry)
    return {url_key(item.url) for item in article.related if item.url}, article.site


FAMILIES = (heading_words, tab_strip, script_json, url_forms, split_lists, cards, not_lists, furniture_inside, dress)


@dataclass
class Tally:
    lists: int = 0
    kept: int = 0  # recall >= FOUND_SHARE and no foreign item (positives); nothing of the box (negatives)
    recall: float = 0.0
    extras: int = 0


def score(variant: Variant, loc: Located, got: set[str], before: set[str]) -> tuple[bool, float, int]:
    """Whether the variant survived, its recall (positives) and how many foreign items came back."""
    new = got - before  # items the unmutated page gave outside this list are no news of the variant
    if variant.keep:
        expected = variant.expected or loc.expected
        recall = len(got & expected) / len(expected)
        extras = len((new - expected) & variant.injected) if variant.injected else 0
        return recall >= FOUND_SHARE and not extras, recall, extras
    wrong = len((got & variant.injected) - loc.elsewhere)
    return wrong == 0, 0.0, wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=int, default=3, help="lists of at least this many labelled items")
    parser.add_argument("--family", default="", help="only families whose name holds this")
    parser.add_argument("--show", action="store_true", help="print each lost variant")
    parser.add_argument("--rules", action="store_true", help="the pages a site rule parses instead of generic ones")
    args = parser.parse_args()
    registry = Registry.load()
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    pages = 0
    for name, path, url, expected in cases():
        if not url or len(expected) < args.min:
            continue
        html = decode_html(path.read_bytes()).text
        got, site = returned(html, url, registry)
        if (site == "generic") == args.rules or len(got & expected) < FOUND_SHARE * len(expected):
            continue
        loc = locate(name, html, url, expected)
        if loc is None:
            continue
        before = got - loc.expected
        pages += 1
        rng = random.Random(f"{SEED}:{name}")
        for family in FAMILIES:
            for variant in family(loc, rng):
                if args.family and args.family not in variant.family:
                    continue
                now, _ = returned(variant.html, url, registry)
                ok, recall, extras = score(variant, loc, now, before)
                tally = tallies[(variant.family, variant.name)]
                tally.lists += 1
                tally.kept += ok
                tally.recall += recall
                tally.extras += extras
                if args.show and not ok:
                    print(f"LOST {variant.family} / {variant.name}: {name} recall {recall:.2f} extras {extras}")
    path = "site rules" if args.rules else "generic path"
    print(f"{pages} lists ({path}, >= {args.min} items, found whole on the page as saved)\n")
    print("| family | variant | expect | kept / lists | mean recall | foreign items |")
    print("|---|---|---|---|---|---|")
    for (family, variant), tally in sorted(tallies.items()):
        positive = variant not in {v for v, keep in HEADING_WORDS.items() if not keep} and not family.startswith("7")
        positive = positive and "no list" not in variant
        mean = f"{tally.recall / tally.lists:.2f}" if positive else "-"
        expect = "items" if positive else "nothing"
        print(f"| {family} | {variant} | {expect} | {tally.kept} / {tally.lists} | {mean} | {tally.extras} |")


if __name__ == "__main__":
    main()
