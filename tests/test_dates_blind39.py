"""Publish times first missed on blind39 (session 13)."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_STORY = "".join(
    f"<p>第{n}段：大选结果揭晓后，三党展开组阁谈判，各方在气候与财政政策上的分歧仍待弥合，谈判预计持续数周。</p>"
    for n in range(5)
)


def _page(meta: str) -> str:
    return (
        f"<html><head>{meta}<title>组阁谈判展开</title></head><body><h1>组阁谈判展开</h1>"
        f'<div class="longText">{_STORY}</div></body></html>'
    )


@pytest.mark.parametrize(
    ("meta", "published"),
    [
        ('<meta name="date" content="2021-09-27">', "2021-09-27T00:00:00+08:00"),
        ('<meta name="date" content="2020/10/21 14:12:05">', "2020-10-21T14:12:05+08:00"),
        # A publish-named meta outranks the plain one (a CMS may fill "date" with the last edit).
        (
            '<meta name="date" content="2021-09-28"><meta name="pubdate" content="2021-09-27 08:30">',
            "2021-09-27T08:30:00+08:00",
        ),
    ],
)
def test_the_plain_date_meta_is_read_when_nothing_else_dates_the_page(meta: str, published: str) -> None:
    article = parse_html(_page(meta), "https://www.example.com/zh/story/a-59328765", Registry.load())
    assert article.published_at == published
