"""A link whose own words are the headline and whose elements are only the card's other lines (a date before
or after, a time): the title is the words, never the date joined to them."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.scrapers.relatedlists import find_related

_URL = "https://news.example.cn/a/20240301/000001.html"
_STORY = "<div class='content'><p>" + "正文内容，讲述本地新闻的来龙去脉和各方回应。" * 12 + "</p></div>"
_TITLES = ["市区三条公交线路下月起调整走向", "老旧小区加装电梯补贴标准公布", "全市中小学秋季开学时间确定"]


def _titles(inner: str) -> list[str]:
    links = "".join(
        f"<li><a href='/a/2024030{i}/10000{i}.html'>{inner.format(title=title, n=i)}</a></li>"
        for i, title in enumerate(_TITLES, 1)
    )
    page = f"<html><body><h1>标题</h1>{_STORY}<div class='box'><h3>相关新闻</h3><ul>{links}</ul></div></body></html>"
    return [item.title for item in find_related(LexborHTMLParser(page), _URL)]


VARIANTS = {
    "dated span before": "<span class='date'>2024/03/0{n}</span>{title}",
    "bracketed day after": "{title}<span>（3/{n}）</span>",
    "time element after": "{title} <time>2024-03-0{n} 10:3{n}</time>",
    "Chinese date in an em before": "<em>3月{n}日</em> {title}",
}


@pytest.mark.parametrize("name", VARIANTS)
def test_the_title_is_the_links_own_words(name: str) -> None:
    assert _titles(VARIANTS[name]) == _TITLES, name


def test_words_split_by_an_element_stay_one_headline() -> None:
    # The element sits among the words: part of the headline, whatever it looks like.
    assert _titles("{title}<b>10:30</b>发布") == [f"{title}10:30发布" for title in _TITLES]


def test_an_element_that_is_no_card_line_keeps_the_whole_text() -> None:
    assert _titles("<b>独家</b>{title}") == [f"独家{title}" for title in _TITLES]
