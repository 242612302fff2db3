"""Related-list benchmark: recall and precision by URL of ``parse_html``'s related items against labels.

Run ``python -m bench.extract_related``. Every labelled page goes through the full parse path
(``newscorpus.parse.parse_html``: site rule, generic fallback, related detector), exactly as ``parse`` and
``fetch`` run it. Pages come from three places, each its own row family:

- ``../shared/pages`` with ``tests/golden/<site>/*.json`` (``related`` written by reading the pages);
- ``../shared/dev/pages`` with ``tests/golden/dev/NAME.json`` when those labels exist (``--dev-labels DIR``
  reads them from another folder, e.g. a labeller's worktree);
- ``tests/fixtures/related/templates/*.html`` with their ``.json``: hand-written templates, a separate row;
- ``tests/fixtures/related/unseen/*.html``: hand-written templates of other portals and years, in two halves
  by the SHA-1 of the file name (``unseen_split``). ``unseen-a`` was tuned on from the start; ``unseen-b``
  was held out once (related3), has been measured, and is tuned on since (related4): both are tune rows.
- ``tests/fixtures/related/fresh/*.html``: a later batch written and labelled before any code change that
  followed it; held out by related4 and scored once, a tune row since (related5).
- ``tests/fixtures/related/shapes2/*.html``: related5's batch of the shapes behind the real misses (long
  tabbed lists, server-rendered feeds, cards without anchors, lists split in two, JSON state, mobile,
  2016-2019 portals, HK/TW/Japanese/English pages, negatives), scored once before any code change and
  tuned on since: a tune row.
- ``tests/fixtures/related/shapes3/*.html``: related9's batch of long lists (30-60 item 相关推荐 tabs, lists
  split over two containers or carousel pages, cards with source, time and image, lazy-loaded placeholders,
  toutiao/sina 2024-like feeds, cards navigated by script), scored once on main before any code change
  and tuned on since: a tune row. The held-out rows for templates are written by others, blind.

Real pages are split into ``tune`` and ``heldout`` by ``bench.splits``. Per-page lines (``--pages``) are
printed for tune pages and tuning fixtures only: held-out pages are scored, never shown.

Scores: an item matches when its URL (fragment and tracking parameters dropped, scheme and host lower-cased,
http = https) is
among the labelled URLs. Micro = summed over all items of the split; per page = mean over pages of the
page's recall (1 when the page has no labelled item) and precision (1 when nothing was returned). A page with
no URL is scored by path and query alone: the host of its root-relative links is not in the page.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bench.pages import shared_labels
from bench.splits import DEV_PAGES, SHARED_PAGES, split_of
from newscorpus.decode import decode_html
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

ROOT = Path(__file__).resolve().parents[1]
GOLDEN_DIR = ROOT / "tests" / "golden"
DEV_LABELS = GOLDEN_DIR / "dev"
FIXTURES = ROOT / "tests" / "fixtures" / "related" / "templates"
FIXTURE_SPLIT = "fixtures"
UNSEEN = ROOT / "tests" / "fixtures" / "related" / "unseen"
UNSEEN_A = "unseen-a (tuned)"
UNSEEN_B = "unseen-b (held out once, tuned since)"
FRESH_DIR = ROOT / "tests" / "fixtures" / "related" / "fresh"
FRESH = "fresh (held out once, tuned since)"
SHAPES2_DIR = ROOT / "tests" / "fixtures" / "related" / "shapes2"
SHAPES2 = "shapes2 (tuned)"
SHAPES3_DIR = ROOT / "tests" / "fixtures" / "related" / "shapes3"
SHAPES3 = "shapes3 (tuned)"
# Half of the hash range: a fixture whose name hashes below this is in the second half.
_UNSEEN_B_BELOW = 128
SPLITS = ("tune", "heldout", FIXTURE_SPLIT, UNSEEN_A, UNSEEN_B, FRESH, SHAPES2, SHAPES3)
_NEVER_SHOWN = frozenset({"heldout"})
_TRACKING = re.compile(r"(spm|scm|utm_[a-z]+)=", re.IGNORECASE)


@dataclass(frozen=True)
class Case:
    name: str
    split: str  # one of SPLITS
    path: Path
    url: str | None
    expected: frozenset[str]


@dataclass(frozen=True)
class PageScore:
    name: str
    split: str
    expected: int
    returned: int
    hits: int
    missed: tuple[str, ...]
    extra: tuple[str, ...]

    @property
    def recall(self) -> float:
        return self.hits / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.hits / self.returned if self.returned else 1.0


def url_key(url: str | None, *, with_host: bool = True) -> str:
    """What two URLs of the same item share: no fragment, case-blind scheme/host, http and https alike,
    and no click-tracking parameter (``spm``, ``scm``, ``utm_*``: sohu numbers every feed position, a
    label may keep or drop it, the story is the same). A path or query written in Chinese and the same one
    percent-encoded (``/社會新聞/712200`` and ``/%E7%A4%BE…/712200``, what a browser sends) are one address."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower() if with_host else ""
    path = unquote(parts.path or "/")
    query = "&".join(unquote(pair) for pair in parts.query.split("&") if pair and not _TRACKING.match(pair))
    return f"{host}{path}" + (f"?{query}" if query else "")


def expected(items: list[dict[str, object]]) -> frozenset[str]:
    return frozenset(url_key(str(item["url"])) for item in items if item.get("url"))


def golden_cases(golden_dir: Path = GOLDEN_DIR, pages_dir: Path = SHARED_PAGES) -> list[Case]:
    return [
        Case(data["page"], split_of(page), page, data.get("url"), expected(data["related"]))
        for data, page in shared_labels(golden_dir, pages_dir)
        if "related" in data
    ]


def dev_cases(labels_dir: Path = DEV_LABELS, pages_dir: Path = DEV_PAGES) -> list[Case]:
    cases: list[Case] = []
    if not labels_dir.is_dir():
        return cases
    for label in sorted(labels_dir.glob("*.json")):
        page = pages_dir / f"{label.stem}.html"
        try:
            data = json.loads(label.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # a label still being written
        if page.is_file() and isinstance(data.get("related"), list):
            url = data.get("url") or _dev_url(pages_dir / f"{label.stem}.json")
            cases.append(Case(f"dev/{label.stem}", split_of(page), page, url, expected(data["related"])))
    return cases


def _dev_url(meta: Path) -> str | None:
    try:
        return json.loads(meta.read_text(encoding="utf-8")).get("url")
    except (OSError, ValueError):
        return None


def fixture_cases(fixtures: Path = FIXTURES) -> list[Case]:
    cases: list[Case] = []
    for label in sorted(fixtures.glob("*.json")):
        data = json.loads(label.read_text(encoding="utf-8"))
        page = label.with_suffix(".html")
        cases.append(Case(f"fixtures/{page.name}", FIXTURE_SPLIT, page, data.get("url"), expected(data["related"])))
    return cases


def unseen_split(name: str) -> str:
    """``unseen-b`` for about half of the unseen templates (the half related3 held out), by the SHA-1 of
    the file name; ``unseen-a`` for the rest."""
    second = hashlib.sha1(name.encode("utf-8")).digest()[0] < _UNSEEN_B_BELOW
    return UNSEEN_B if second else UNSEEN_A


def unseen_cases(fixtures: Path = UNSEEN) -> list[Case]:
    return _template_cases(fixtures, "unseen", unseen_split)


def fresh_cases(fixtures: Path = FRESH_DIR) -> list[Case]:
    return _template_cases(fixtures, "fresh", lambda _name: FRESH)


def shapes2_cases(fixtures: Path = SHAPES2_DIR) -> list[Case]:
    return _template_cases(fixtures, "shapes2", lambda _name: SHAPES2)


def shapes3_cases(fixtures: Path = SHAPES3_DIR) -> list[Case]:
    return _template_cases(fixtures, "shapes3", lambda _name: SHAPES3)


def _template_cases(fixtures: Path, prefix: str, split_of_name: Callable[[str], str]) -> list[Case]:
    cases: list[Case] = []
    for label in sorted(fixtures.glob("*.json")):
        data = json.loads(label.read_text(encoding="utf-8"))
        page = label.with_suffix(".html")
        split = split_of_name(page.stem)
        cases.append(Case(f"{prefix}/{page.name}", split, page, data.get("url"), expected(data["related"])))
    return cases


def score(case: Case, registry: Registry) -> PageScore:
    html = decode_html(case.path.read_bytes()).text
    article = parse_html(html, case.url, registry)
    # A saved page with no URL (none labelled, none in the page) leaves a root-relative link's host unknowable:
    # the extractor keeps `/n/1.html` as it stands, while a labeller resolves it against a host guessed from
    # the page's other links. Either host is a guess, so such a page is scored by path and query.
    with_host = case.url is not None
    got = list(dict.fromkeys(url_key(item.url, with_host=with_host) for item in article.related if item.url))
    # Labelled URLs are absolute, so their key's path starts at the first slash.
    expected = case.expected if with_host else frozenset(key[key.find("/") :] for key in case.expected)
    hits = [key for key in got if key in expected]
    missed = tuple(sorted(expected - set(got)))
    extra = tuple(key for key in got if key not in expected)
    return PageScore(case.name, case.split, len(case.expected), len(got), len(hits), missed, extra)


def related_scores(dev_labels: Path = DEV_LABELS, registry: Registry | None = None) -> list[PageScore]:
    """Every labelled page (shared, dev, fixtures) through ``parse_html``, scored."""
    registry = registry or Registry.load()
    return [score(case, registry) for case in all_cases(dev_labels)]


def related_table(
    scores: list[PageScore] | None = None, dev_labels: Path = DEV_LABELS, splits: tuple[str, ...] = SPLITS
) -> str:
    """Markdown table: one row per split, micro and per-page recall and precision by URL. Without
    ``scores`` every labelled page is parsed and scored first (what ``python -m bench.extract`` wants)."""
    if scores is None:
        scores = related_scores(dev_labels)
    lines = [
        "| split | pages | labelled items | returned | micro recall | micro precision | page recall | page precision |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for split in splits:
        rows = [s for s in scores if s.split == split]
        if not rows:
            continue
        expected, returned, hits = (sum(getattr(s, f) for s in rows) for f in ("expected", "returned", "hits"))
        recall = hits / expected if expected else 1.0
        precision = hits / returned if returned else 1.0
        page_recall = sum(s.recall for s in rows) / len(rows)
        page_precision = sum(s.precision for s in rows) / len(rows)
        lines.append(
            f"| {split} | {len(rows)} | {expected} | {returned} | {recall:.2f} | {precision:.2f} | "
            f"{page_recall:.2f} | {page_precision:.2f} |"
        )
    return "\n".join(lines)


def all_cases(dev_labels: Path = DEV_LABELS) -> list[Case]:
    return (
        golden_cases()
        + dev_cases(dev_labels)
        + fixture_cases()
        + unseen_cases()
        + fresh_cases()
        + shapes2_cases()
        + shapes3_cases()
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extract_related", description=__doc__.splitlines()[0])
    parser.add_argument("--dev-labels", type=Path, default=DEV_LABELS, help="folder of dev-page labels")
    parser.add_argument("--pages", action="store_true", help="per-page lines (tune pages and fixtures only)")
    args = parser.parse_args(argv)
    scores = related_scores(args.dev_labels)
    print(related_table(scores))
    if args.pages:
        for s in scores:
            if s.split not in _NEVER_SHOWN and (s.missed or s.extra):
                print(f"\n{s.name} [{s.split}] recall {s.recall:.2f} precision {s.precision:.2f}")
                print("  missed: " + " ".join(s.missed))
                print("  extra:  " + " ".join(s.extra))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
