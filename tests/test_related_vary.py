"""Related lists printed the ways other sites and years print them, found by varying the lists the detector
already gets right (``bench/related_vary.py``); each class pinned by pages in other markup and wording:

- heading words with the noun left out (更多相关, 本文相关) name the list; readers' feeds and the site's picks
  (大家都在看, 看了又看, 看过本文的人还看了, 精彩推荐) name their box otherwise, so no list is guessed there;
- a redirect wrapper (``/link?url=https%3A…``) leads to the item's story, and click-tracking parameters
  (utm_*, spm) do not make a link filed beside the page another page;
- a heading's own box left for a script (a loading line, ``data-list='[…]'``) is where its list would be:
  the search does not climb into the next box; the list is read from the box's JSON attribute, a script
  variable named related (``var relatedNews = […]``) or a JSON script the page names related.
"""

from __future__ import annotations

import json

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.models import RelatedItem
from newscorpus.scrapers.relatedlists import find_related
from newscorpus.scrapers.relatedsiblings import page_sibling, unwrapped

_URL = "https://news.example-daily.cn/2024/0312/a1029384.html"
_STORY = (
    "<h1>城区新增三条公交线路 方便市民通勤出行</h1><div class='content'>"
    + "".join(
        f"<p>{text}</p>"
        for text in (
            "记者从市交通运输局获悉，为进一步方便市民出行，城区将于下月起新增三条公交线路，覆盖多个新建小区。",
            "据介绍，新线路将与地铁站实现接驳，早晚高峰发车间隔缩短至八分钟，票价执行现行标准。",
            "市民可通过官方客户端查询实时到站信息，相关部门表示将根据客流情况动态调整运力安排。",
        )
    )
    + "</div>"
)
_ITEMS = [
    ("https://news.example-daily.cn/2024/0310/a1028811.html", "地铁五号线南延段预计年底开通运营"),
    ("https://news.example-daily.cn/2024/0308/a1028150.html", "老旧小区加装电梯试点扩围"),
    ("https://news.example-daily.cn/2024/0305/a1027433.html", "新能源汽车充电桩建设提速"),
    ("https://news.example-daily.cn/2024/0301/a1026902.html", "市区停车收费标准调整听证会举行"),
]
_FOOTER = (
    "<div class='footer'><a href='https://news.example-daily.cn/about/'>关于我们</a>"
    "<a href='https://news.example-daily.cn/contact/'>联系我们</a><span>Copyright 2024</span></div>"
)


def _page(box: str, head: str = "", url_tail: str = "") -> str:
    return f"<html><head>{head}</head><body><div class='main'>{_STORY}</div>{box}{_FOOTER}</body></html>"


def _list(href: str = "{u}") -> str:
    return "<ul>" + "".join(f"<li><a href='{href.format(u=u)}'>{t}</a></li>" for u, t in _ITEMS) + "</ul>"


def _urls(items: list[RelatedItem]) -> list[str | None]:
    return [item.url for item in items]


def _related(html: str) -> list[RelatedItem]:
    return find_related(LexborHTMLParser(html), _URL)


_EXPECTED = [u for u, _ in _ITEMS]


# --- heading words ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        "<div class='mod'><h3>更多相关</h3>{list}</div>",
        "<div class='mod'><div class='mod-hd'><span>本文相关</span></div>{list}</div>",
        "<section><h2 class='sec-title'>更多相关 &gt;&gt;</h2>{list}</section>",
        "<table><tr><td><b>【本文相关】</b></td></tr><tr><td>{list}</td></tr></table>",
        "<div class='box'><h4>文章相关</h4>{list}</div>",
        "<div class='box'><p class='t'>本文相關</p>{list}</div>",
    ],
)
def test_the_related_word_after_more_or_this_story_names_the_list(box: str) -> None:
    # The titles share nothing with the headline: without the heading no unheaded rule takes them.
    assert _urls(_related(_page(box.format(list=_list())))) == _EXPECTED


@pytest.mark.parametrize(
    "box",
    [
        "<div class='mod'><h3>大家都在看</h3>{list}</div>",
        "<div class='mod'><div class='hd'><span>看了又看</span></div>{list}</div>",
        "<div class='box'><h3>看过本文的人还看了</h3>{list}</div>",
        "<div class='box'><h2>精彩推荐</h2>{list}</div>",
        "<div class='rec-box'><h3>精彩推荐</h3>{list}</div>",
    ],
)
def test_readers_feeds_and_the_sites_picks_are_no_related_list(box: str) -> None:
    # Titles echoing the headline (城区, 公交): the unheaded rule would take them, but the box names itself.
    items = [(u, "城区公交" + t) for u, t in _ITEMS]
    listed = "<ul>" + "".join(f"<li><a href='{u}'>{t}</a></li>" for u, t in items) + "</ul>"
    assert _related(_page(box.format(list=listed))) == []


# --- URL forms --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("href", "target"),
    [
        (
            "/link?url=https%3A%2F%2Fnews.example.cn%2F2024%2F0310%2Fa1.html",
            "https://news.example.cn/2024/0310/a1.html",
        ),
        (
            "https://www.example.cn/go.php?to=http://bbs.example.cn/thread-12-1-1.html",
            "http://bbs.example.cn/thread-12-1-1.html",
        ),
        ("/redirect?target=https%3a%2f%2fm.example.cn%2fa%2f77.html&from=rel", "https://m.example.cn/a/77.html"),
        # No wrapper: a share button's parameter names no URL whole, a search keeps its words.
        ("/search?q=http", "/search?q=http"),
        ("https://www.example.cn/a/1.html?u=12", "https://www.example.cn/a/1.html?u=12"),
    ],
)
def test_a_redirect_wrapper_leads_to_its_story(href: str, target: str) -> None:
    assert unwrapped(href) == target


def test_a_list_of_wrapped_links_gives_the_stories() -> None:
    box = "<div class='box'><h3>相关阅读</h3>" + _list("/link?url={u}&amp;src=rel") + "</div>"
    quoted = box.replace("https://", "https%3A%2F%2F")
    assert _urls(_related(_page(quoted))) == _EXPECTED


@pytest.mark.parametrize(
    ("url", "page", "sibling"),
    [
        (
            "https://www.example.cn/archives/102?utm_source=related&utm_medium=pc",
            "https://www.example.cn/archives/456",
            True,
        ),
        (
            "https://www.example.cn/archives/102?spm=a2h0c.8166622.0.0",
            "https://www.example.cn/archives/456?spm=x",
            True,
        ),
        ("https://www.example.cn/?p=102&utm_campaign=rel", "https://www.example.cn/?p=456", True),
        # Another view or another page stays so.
        ("https://www.example.cn/archives/102?lang=en", "https://www.example.cn/archives/456", False),
        ("https://www.example.cn/?p=102&action=edit", "https://www.example.cn/?p=456", False),
    ],
)
def test_click_tracking_makes_no_other_page(url: str, page: str, sibling: bool) -> None:
    assert page_sibling(url, page) is sibling


# --- a heading's box left for a script -------------------------------------------------------------------

_JSON = json.dumps([{"title": t, "url": u, "img": "/i/a.jpg"} for u, t in _ITEMS], ensure_ascii=False)
_STATE = json.dumps({"detail": {"relatedNews": json.loads(_JSON)}}, ensure_ascii=False)


@pytest.mark.parametrize(
    "box",
    [
        # 2018 Vue page: the state assigned to a global, the box showing a loading line.
        f"<div class='box'><h2 class='title'>相关阅读<i></i></h2><ul><li>加载中...</li></ul></div>"
        f"<script>window.__INITIAL_STATE__={_STATE};</script>",
        # 2012 jQuery page: a plain variable named for the list.
        f"<div class='xgyd-wrap'><div class='hd'><strong>相关新闻</strong></div><ul id='rel'></ul></div>"
        f"<script>var relatedNews = {_JSON};\n$(function(){{render(relatedNews)}});</script>",
        # A data script named related, with a client-side template.
        "<div class='box'><h3>延伸阅读</h3><ul class='list'></ul>"
        "<template id='tpl'><li><a href='{{url}}'>{{title}}</a></li></template></div>"
        f"<script type='application/json' id='related-data'>{_JSON}</script>",
        # The list as JSON in the box's own attribute.
        "<div class='box'><div class='tit'><span>相关推荐</span></div>"
        f"<div class='news-list' data-list='{_JSON}'></div></div>",
    ],
)
def test_a_heading_over_a_box_a_script_fills(box: str) -> None:
    assert _urls(_related(_page(box))) == _EXPECTED


@pytest.mark.parametrize(
    "box",
    [
        "<div class='box'><h2>相关阅读</h2><ul class='list'><li class='loading'>加载中...</li></ul></div>",
        "<div class='box'><div class='hd'><strong>相关推荐</strong></div>"
        "<div class='lazy' data-src='/api/related?id=1029384'></div></div>",
    ],
)
def test_an_empty_box_does_not_climb_into_the_footer(box: str) -> None:
    # Nothing in the HTML: the site's footer links after the box are no list of its.
    assert _related(_page(box)) == []


def test_a_tab_bar_beside_a_heading_is_still_read_as_tabs() -> None:
    # Labels in a list of two or more entries are a tab bar, not an empty list: its panes are read.
    hot = (
        "<ul>"
        + "".join(
            f"<li><a href='https://news.example-daily.cn/hot/{n}.html'>热门新闻标题第{n}条内容</a></li>"
            for n in range(3)
        )
        + "</ul>"
    )
    box = (
        "<div class='tabs'><div class='bar'><span class='on'>相关阅读</span><span>热门排行</span></div>"
        f"<div class='pane'>{_list()}</div><div class='pane' style='display:none'>{hot}</div></div>"
    )
    assert _urls(_related(_page(box))) == _EXPECTED


def test_a_variable_named_otherwise_is_not_read() -> None:
    box = f"<div class='box'><h3>相关阅读</h3><ul><li>加载中</li></ul></div><script>var hotNews = {_JSON};</script>"
    assert _related(_page(box)) == []


# --- a channel page beside a story named by its id -------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "page", "sibling"),
    [
        ("https://www.example.cn/china/", "https://www.example.cn/newsDetail_forward_4506347", False),
        ("https://www.example.cn/news/index.html", "https://www.example.cn/news/a1029384.html", False),
        ("https://www.example.cn/archives/about", "https://www.example.cn/archives/4561", False),
        # Both named by ids, or both by words: siblings as before.
        ("https://www.example.cn/newsDetail_forward_45", "https://www.example.cn/newsDetail_forward_4506347", True),
        ("https://www.example.cn/wangwei/luzhai.html", "https://www.example.cn/wangwei/zhuliguan.html", True),
        ("https://blog.example.cn/posts/my-post-2", "https://blog.example.cn/posts/another-post", True),
    ],
)
def test_a_channel_named_by_a_word_is_no_story_beside_one_named_by_id(url: str, page: str, sibling: bool) -> None:
    assert page_sibling(url, page) is sibling


@pytest.mark.parametrize(
    "row",
    [
        "<div class='more'>更多：<a href='/china/'>国内</a><a href='/world/'>国际</a><a href='/money/'>财经</a></div>",
        "<p class='channels'><a href='/tech/'>科技</a> | <a href='/auto/'>汽车</a> | <a href='/house/'>房产</a></p>",
    ],
)
def test_channel_links_under_the_list_are_no_items(row: str) -> None:
    # The story filed at the site's root by its id, as the channels are by their names (thepaper's build).
    box = f"<div class='box'><h3>相关阅读</h3>{_list()}{row}</div>"
    items = find_related(LexborHTMLParser(_page(box)), "https://news.example-daily.cn/newsDetail_forward_1029384")
    assert _urls(items) == _EXPECTED
