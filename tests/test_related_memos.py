"""The per-call memos of the related detector (session 6 speed pass) answer what the plain functions
answer: ``ShapeMemo`` against ``is_article_url``/``never_story``/``is_promo``/``is_article_link`` on every
link of the hand-made fixture pages, asked twice; ``items_from``'s remembered ad-name test still drops
every item under a wrapper named an ad, the second one from the memo."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.scrapers.linkshape import (
    LINK_QUERY,
    ShapeMemo,
    is_article_link,
    is_article_url,
    is_promo,
    link_href,
    never_story,
)
from newscorpus.scrapers.relateditems import items_from
from newscorpus.scrapers.text import absolute, node_text

_FIXTURES = Path(__file__).parent / "fixtures"
# The blind batches are never read.
PAGES = sorted(
    path for path in _FIXTURES.glob("*/**/*.html") if not path.relative_to(_FIXTURES).parts[0].startswith("blind")
)


@pytest.mark.parametrize("path", PAGES, ids=lambda path: str(path.relative_to(_FIXTURES)))
def test_shape_memo_answers_as_the_functions(path: Path) -> None:
    tree = LexborHTMLParser(path.read_text(encoding="utf-8", errors="replace"))
    memo = ShapeMemo()
    links = [
        (node_text(link), absolute(link_href(link), "http://www.example.com/news/1.html"))
        for link in tree.css(LINK_QUERY)
    ]
    for _ in range(2):  # the second round reads the memo
        for title, url in links:
            if url is None:
                continue
            assert memo.article_url(url) == is_article_url(url)
            assert memo.never_story(url) == never_story(url)
            assert memo.promo(title, url) == is_promo(title, url)
            assert memo.article_link(title, url) == is_article_link(title, url)


def test_the_fixtures_hold_story_links_and_others() -> None:
    # The equality above means something only if both answers occur.
    verdicts = set()
    for path in PAGES:
        for link in LexborHTMLParser(path.read_text(encoding="utf-8", errors="replace")).css("a[href]"):
            url = absolute(link_href(link), "http://www.example.com/news/1.html")
            if url is not None:
                verdicts.add(is_article_link(node_text(link), url))
    assert verdicts == {True, False}


def test_every_item_under_an_ad_wrapper_is_dropped() -> None:
    story = '<li><a href="/a/2024/0{n}/1234{n}.html">第{n}条相关新闻的标题足够长</a></li>'
    html = (
        '<ul id="list">'
        + "".join(story.format(n=n) for n in (1, 2))
        + '<div class="ad-box">'
        + "".join(story.format(n=n) for n in (3, 4))
        + "</div></ul>"
    )
    root = LexborHTMLParser(html).css_first("#list")
    assert root is not None
    items = items_from([root], "http://www.example.com/a/1.html")
    assert [item.url for item in items] == [
        "http://www.example.com/a/2024/01/12341.html",
        "http://www.example.com/a/2024/02/12342.html",
    ]
