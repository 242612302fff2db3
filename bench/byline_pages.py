"""The hand-written byline template pages (tests/fixtures/bylines/pages/): shapes of other years and templates.

Each page (``NAME.html``) has its expected author, source and editor in ``expected.jsonl``. The pages are
split into a tune and a held-out half by a hash of the name, fixed before anything was measured on them:
heuristics are tuned on the tune half only, and both halves are reported (issue 13).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from bench.extract_bylines import FIELDS, Page
from bench.pages import manifest_pages

ROOT = Path(__file__).resolve().parents[1]
PAGES_DIR = ROOT / "tests" / "fixtures" / "bylines" / "pages"
# Share of the hash range held out: 128/256, half of the pages.
HELD_OUT_BELOW = 128


def split_of(name: str) -> str:
    return "heldout" if hashlib.sha1(name.encode("utf-8")).digest()[0] < HELD_OUT_BELOW else "tune"


def load_template_pages(folder: Path = PAGES_DIR, split: str | None = None) -> list[Page]:
    """The pages in ``folder``, each in its hashed half, or all in ``split`` when one is given."""
    pages: list[Page] = []
    for row, html in manifest_pages(folder, "expected.jsonl", ".html"):
        truth = {name: row[name] for name in FIELDS}
        half = split or split_of(row["page"])
        prefix = folder.name if split else "fixture"
        pages.append(Page(f"{prefix}/{row['page']}", half, row["url"], html, truth))
    return pages
