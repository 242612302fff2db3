"""Headlines on the hand-written title pages (tests/fixtures/titles): every shape through the full parse.

The pages were written and scored before the title rules were (main got 15 of 26 right), so each one is a
template shape the old rules got wrong or right by luck: site first/last/after a colon, badges and tool
links inside h1, logo h1 above the real h2, generic og:title, wiki and forum furniture.
"""

from __future__ import annotations

import pytest

from bench.extract_titles import TITLE_DIR, title_pages
from bench.pages import LabelledPage
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.text import clean

PAGES = title_pages()


def test_the_manifest_lists_every_page_and_twenty_shapes_at_least() -> None:
    assert len(PAGES) >= 20
    assert {p.name.split("/", 1)[1] for p in PAGES} == {path.name for path in TITLE_DIR.glob("*.html")}


@pytest.mark.parametrize("page", PAGES, ids=[p.site for p in PAGES])
def test_the_headline_is_the_one_a_reader_sees(page: LabelledPage, registry: Registry) -> None:
    article = parse_html(page.html, page.url, registry)
    # The corpus writes every title whitespace-collapsed (a full-width space becomes a space).
    assert article.title == clean(page.title)
    # The headline is not story text, whatever badge its heading line carried.
    assert article.paragraphs and article.title not in article.paragraphs[0]


def test_the_byline_under_a_badged_heading_is_still_read(registry: Registry) -> None:
    """The byline search starts at the heading line as shown (原创 badge and all), not at the clean title."""
    page = next(p for p in PAGES if p.site == "site_first_badge")
    article = parse_html(page.html, page.url, registry)
    assert article.published_at == "2022-04-15T19:30:00+08:00"
    assert article.author == "王磊"
