"""The fresh set: hand-written pages of the hidden kinds, scored but never tuned on (issue 18).

``tests/fixtures/extract/fresh/NAME.html`` (several GBK-encoded, with and without a declared charset,
decoded the way the crawler decodes) and ``NAME.txt``, the exact story a reader expects, one paragraph per
line (rules of ``tests/golden/FORMAT.md``). They were written and committed before any tuning, so they
stand in for unseen templates: forum threads, blogs, government notices, university news, news layouts.
"""

from __future__ import annotations

from pathlib import Path

from bench.pages import LabelledPage
from bench.splits import ROOT
from newscorpus.decode import decode_html

FRESH_DIR = ROOT / "tests" / "fixtures" / "extract" / "fresh"
FRESH = "fresh"  # both the set and the split name: no page of it is ever a tune page
# The second hand-written batch (session 6): kinds the tune split lacks (HK/TW/Japanese app pages, DOM dumps,
# wikis, Q&A, reviews, novels, poems, code blogs, 信息公开). Written and scored before tuning, then tuned on.
SHAPES2_DIR = ROOT / "tests" / "fixtures" / "extract" / "shapes2"
SHAPES2 = "shapes2"


def fresh_pages(folder: Path = FRESH_DIR, label: str = FRESH) -> list[LabelledPage]:
    """Every page of a hand-written folder with its expected body, in name order; empty when absent."""
    pages: list[LabelledPage] = []
    for source in sorted(folder.glob("*.html")):
        body = source.with_suffix(".txt").read_text(encoding="utf-8").strip("\n")
        pages.append(
            LabelledPage(
                name=f"{label}/{source.name}",
                site=source.stem,
                set=label,
                split=label,
                url=None,
                html=decode_html(source.read_bytes()).text,
                body=body,
                title=None,
                published_at=None,
                has_date_label=False,
                golden={},
            )
        )
    return pages
