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


def fresh_pages(folder: Path = FRESH_DIR) -> list[LabelledPage]:
    """Every fresh page with its expected body, in name order; empty when the folder is absent."""
    pages: list[LabelledPage] = []
    for source in sorted(folder.glob("*.html")):
        body = source.with_suffix(".txt").read_text(encoding="utf-8").strip("\n")
        pages.append(
            LabelledPage(
                name=f"fresh/{source.name}",
                site=source.stem,
                set=FRESH,
                split=FRESH,
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
