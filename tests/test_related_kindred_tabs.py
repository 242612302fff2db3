"""A tab bar whose labels a related prefix opens (相关文章 | 相关电报): a label whose noun the grammar lacks is a
related list too, beside a tab the grammar knows; each label's own pane is taken, never a hot tab's."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.scrapers.relatedlists import find_related

_URL = "https://news.example.cn/a/20240301/000001.html"
_STORY = "<div class='content'><p>" + "正文内容，讲述本地新闻的来龙去脉和各方回应。" * 12 + "</p></div>"


def _pane(first: int, tag: str = "div", cls: str = "pane", hidden: bool = False) -> str:
    style = " style='display:none'" if hidden else ""
    items = "".join(
        f"<li><a href='/a/20240302/{first + i}.html'>第{first + i}条关于本地交通建设的完整报道</a></li>"
        for i in range(3)
    )
    return f"<{tag} class='{cls}'{style}><ul>{items}</ul></{tag}>"


def _urls(*firsts: int) -> list[str]:
    return [f"https://news.example.cn/a/20240302/{first + i}.html" for first in firsts for i in range(3)]


def _page(box: str) -> str:
    return f"<html><body><h1>标题</h1>{_STORY}<div class='box'>{box}</div></body></html>"


VARIANTS = {
    "li labels, second pane hidden": (
        f"<ul class='tabs'><li class='on'>相关文章</li><li>相关快讯</li></ul>{_pane(100)}{_pane(200, hidden=True)}",
        _urls(100, 200),
    ),
    "span labels, panes in sections": (
        "<div class='hd'><span>延伸阅读</span><span>延伸观点</span></div>"
        f"{_pane(300, 'section')}{_pane(400, 'section')}",
        _urls(300, 400),
    ),
    "three labels, the hot one left out": (
        f"<ul class='tabs'><li>相关新闻</li><li>相关评论</li><li>热门排行</li></ul>"
        f"{_pane(500)}{_pane(600)}{_pane(700)}",
        _urls(500, 600),
    ),
    "labels with colons": (
        f"<div class='tabs'><em>相关报道：</em><em>相关专访：</em></div>{_pane(800)}{_pane(900)}",
        _urls(800, 900),
    ),
}


@pytest.mark.parametrize("name", VARIANTS)
def test_kindred_tabs_give_their_own_panes(name: str) -> None:
    box, expected = VARIANTS[name]
    assert [item.url for item in find_related(LexborHTMLParser(_page(box)), _URL)] == expected, name


def test_a_tab_without_a_related_prefix_is_not_taken() -> None:
    box = f"<ul class='tabs'><li>相关新闻</li><li>最新快讯</li></ul>{_pane(100)}{_pane(200)}"
    assert [item.url for item in find_related(LexborHTMLParser(_page(box)), _URL)] == _urls(100)
