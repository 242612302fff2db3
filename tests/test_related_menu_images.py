"""A title image that is one link of a menu row names a page, not a list (blind26's school page lost its
story: the menu's <img alt="相關連結"> was read as a related heading, and the layout row under it, holding
the story's cell, was removed as its list)."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_STORY = (
    "本校扯鈴隊參加全國學生民俗體育競賽，榮獲國小團體組特優，並獲得最佳創意獎，師生同感光榮。",
    "本次比賽在縣立體育館舉行，全國共有四十二所國小報名團體組，本校十二位同學以自編曲目參賽。",
    "指導老師表示，孩子們寒假期間仍每天練習三小時，這次成績是大家努力的成果，也感謝家長支持。",
)
_MENU = "".join(
    f'<a href="/{page}.asp"><img src="/images/menu_{n}.gif" alt="{alt}" /></a>'
    for n, (page, alt) in enumerate(
        [("index", "首頁"), ("about", "學校簡介"), ("news", "校園新聞"), ("link", "{heading}")]
    )
)
_LAYOUTS = {
    "table rows, <br> lines": (
        "<table><tr><td colspan=2>{menu}</td></tr><tr><td><div class=leftmenu><a href='/n?k=1'>› 校園新聞</a>"
        "<a href='/n?k=2'>› 榮譽榜</a><a href='/n?k=3'>› 行政公告</a></div></td>"
        "<td><div id=newsContent>{story}</div></td></tr>"
        "<tr><td colspan=2>地址：臺南市東區勝利路200號</td></tr></table>"
    ),
    "div columns, <br> lines": (
        "<div id=top>{menu}</div><div id=main><div class=side><a href='/n?k=1'>最新消息</a><a href='/n?k=2'>榮譽榜</a>"
        "<a href='/n?k=3'>行政公告</a></div><div class=content>{story}</div></div><div id=foot>版權所有</div>"
    ),
    "table rows, <p> lines": (
        "<table><tr><td>{menu}</td></tr><tr><td><ul><li><a href='/a'>學校行事曆</a></li>"
        "<li><a href='/b'>午餐菜單</a></li><li><a href='/c'>表單下載</a></li></ul></td>"
        "<td class=news>{paragraphs}</td></tr></table>"
    ),
}


def _page(layout: str, heading: str) -> str:
    menu = _MENU.replace("{heading}", heading)
    story = "<br />\n".join(_STORY)
    paragraphs = "".join(f"<p>{line}</p>" for line in _STORY)
    body = _LAYOUTS[layout].format(menu=menu, story=story, paragraphs=paragraphs)
    return f"<html><head><title>勝利國小-校園新聞</title></head><body>{body}</body></html>"


@pytest.mark.parametrize("layout", sorted(_LAYOUTS))
@pytest.mark.parametrize("heading", ["相關連結", "相关链接", "相关新闻"])
def test_a_menu_rows_title_image_is_no_related_heading(layout: str, heading: str) -> None:
    article = parse_html(_page(layout, heading), "http://www.school.test/news_show.asp?id=1843", Registry(()))
    assert all(line in article.paragraphs for line in _STORY)
    assert article.related == []


_LIST = "".join(
    f"<li><a href='/news/2016/04/{n}.html'>本校學生參加全市科學展覽榮獲佳績之{n}</a></li>" for n in range(3)
)


@pytest.mark.parametrize(
    "heading",
    [
        '<img src="/images/t_xgyd.gif" alt="相关阅读" />',  # a title image of its own
        '<a href="/more.asp"><img src="/images/t_xgyd.gif" alt="相关阅读" /></a>',  # linked, but alone
    ],
)
def test_a_title_image_over_its_list_is_still_a_heading(heading: str) -> None:
    story = "".join(f"<p>{line}</p>" for line in _STORY)
    html = f"<html><body><div class=content>{story}</div><div class=box>{heading}<ul>{_LIST}</ul></div></body></html>"
    article = parse_html(html, "http://www.school.test/news_show.asp?id=1843", Registry(()))
    assert len(article.related) == 3


@pytest.mark.parametrize("heading", ["<h3>相关链接</h3>", "<div class=title>相關連結</div>", "<b>延伸阅读</b>"])
def test_a_story_the_list_detector_took_for_its_list_is_read_again_without_it(heading: str) -> None:
    # A heading over a layout table whose one row holds the menu's links and the story's <br> cell: whatever
    # the detector takes for the heading's list, the story is not lost (parse reads the page again without it).
    story = "<br />\n".join(_STORY)
    html = (
        f"<html><body><div id=top>{heading}</div><table><tr><td><a href='/n?k=1'>校園新聞</a>"
        "<a href='/n?k=2'>榮譽榜</a><a href='/n?k=3'>行政公告</a></td>"
        f"<td><div id=newsContent>{story}</div></td></tr></table></body></html>"
    )
    article = parse_html(html, "http://www.school.test/news_show.asp?id=1843", Registry(()))
    assert all(line in article.paragraphs for line in _STORY)
