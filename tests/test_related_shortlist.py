"""Short titles in a list of one-link items are items: the nearest element holding another link is then the
list itself, not a card whose headline the short link labels (a card links one other story at most)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.scrapers.relatedlists import find_related

_URL = "https://news.example.cn/a/20240301/000001.html"
_STORY = "<div class='content'>" + "<p>" + "正文内容，讲述本地新闻的来龙去脉。" * 12 + "</p>" * 1 + "</div>"
# Headline-long titles beside short ones (four to seven characters): the long ones make the others' links
# story links, the short ones are items all the same.
_SHORT = ["跨省通办事项再扩围至新领域", "降准落地", "全国铁路春运客流创下新高", "新规实施"]


def _page(related: str) -> str:
    return f"<html><body><h1>标题</h1>{_STORY}<div class='box'>{related}</div></body></html>"


def _links(tag: str = "li", extra: str = "") -> str:
    return "".join(
        f"<{tag}><a href='/a/2024030{i}/10000{i}.html'>{title}</a>{extra}</{tag}>" for i, title in enumerate(_SHORT, 1)
    )


VARIANTS = {
    "ul with a day beside each": f"<h3>相关新闻</h3><div><ul>{_links('li', '<span>3日</span>')}</ul></div>",
    "ol in a wrapper": f"<h4>延伸阅读</h4><div class='w'><ol>{_links('li')}</ol></div>",
    "div rows with a time": f"<h3>相关文章</h3><div><div class='rows'>{_links('div', '<em>12:30</em>')}</div></div>",
    "dl of dd lines": f"<div class='t'>相关阅读</div><div><dl>{_links('dd')}</dl></div>",
    "table rows": "<h3>相关报道</h3><div><table>"
    + "".join(
        f"<tr><td><a href='/a/2024030{i}/10000{i}.html'>{t}</a></td><td>3月{i}日</td></tr>"
        for i, t in enumerate(_SHORT, 1)
    )
    + "</table></div>",
    "tab pane": "<ul class='tabs'><li>相关新闻</li><li>相关视频</li></ul>"
    f"<div class='pane'><ul>{_links('li')}</ul></div><div class='pane'><ul><li>x</li></ul></div>",
    "p lines in a box": f"<h3>相关资讯</h3><div><div class='lines'>{_links('p', '<i>（来源：本网）</i>')}</div></div>",
    "English short titles": "<h3>Related</h3><div><ul>"
    + "".join(
        f"<li><a href='/a/2024030{i}/10000{i}.html'>{t}</a></li>"
        for i, t in enumerate(["Central bank trims rates again", "Rates", "Rail traffic hits a record", "Rules"], 1)
    )
    + "</ul></div>",
}


@pytest.mark.parametrize("name", VARIANTS)
def test_every_short_title_of_a_labelled_list_is_an_item(name: str) -> None:
    items = find_related(LexborHTMLParser(_page(VARIANTS[name])), _URL)
    assert [item.url for item in items] == [
        f"https://news.example.cn/a/2024030{i}/10000{i}.html" for i in range(1, 5)
    ], name


def test_a_short_label_beside_its_cards_headline_is_still_no_item() -> None:
    # Each card: a headline and its channel label (a story-shaped channel URL): the label is no item.
    cards = "".join(
        f"<li><a href='/a/2024030{i}/10000{i}.html'>本地新闻第{i}条完整的标题文字</a>"
        f"<a href='/channel/2024/{i}.html'>本地</a></li>"
        for i in range(1, 5)
    )
    items = find_related(LexborHTMLParser(_page(f"<h3>相关新闻</h3><ul>{cards}</ul>")), _URL)
    assert [item.title for item in items] == [f"本地新闻第{i}条完整的标题文字" for i in range(1, 5)]
