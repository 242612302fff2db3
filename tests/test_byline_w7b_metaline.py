"""A personal page's writer shown only by the markup of the post's own meta line (blind21's 个人图书馆 repost and
PIXNET post: tune material for byline-w7b), pinned by hand-written variants whose surrounding words no code
lists (German, Japanese, English, none at all), with handles that mix scripts (the names the region's own rule
leaves to a profile's evidence), and by the parts of a meta line that are no writer:

- the dated line right under the title names the one part linked to a user's profile;
- the footer box right after the body names the one part linked beside an avatar, or to a profile;
- a category or tag link, the site's home, a part a label owns (``转自：``), a name under a comments heading,
  and a reply's floor after the body name no writer; two profile links in one line name no single one.
"""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.parse import parse_html
from newscorpus.scrapers.bylinemetaline import meta_line_writer
from newscorpus.scrapers.registry import Registry

_TEXT = (
    "周末去了城西的老茶馆，木楼梯踩上去吱呀作响，楼上临窗的位子可以看见整条河，茶是本地的炒青，一壶能续三次水。"
    "老板说这栋楼是民国时候的米行改的，墙上还留着当年的算盘和账本，下午三点以后人少，适合坐着看一会儿书。"
)
_PAGE = """<html><head><title>{title} - 随手记</title></head><body>
<div class="top"><a href="/">随手记</a> <a href="/explore">发现</a> <a href="/login">登录</a></div>
<div class="post"><h1 class="post-title">{title}</h1>{meta}
<div class="post-body"><div class="post-text"><p>{text}</p><p>{text}</p><p>{text}</p></div></div>{after}</div>
<div class="side"><h3>热门</h3><a href="/p/1">另一篇文章的标题在这里</a></div></body></html>"""
_TITLE = "城西老茶馆，一壶炒青坐一下午"


def _author(meta: str, after: str = "") -> str | None:
    html = _PAGE.format(title=_TITLE, meta=meta, after=after, text=_TEXT)
    return parse_html(html, "https://notes.example.test/p/20190614", Registry.load()).author


@pytest.mark.parametrize(
    ("meta", "after", "author"),
    [
        (  # a 个人图书馆-like saver: the profile link, the date, the tools, a source its label owns
            '<div class="info"><span><a href="/userhome/8812">晚风听雨tzl</a></span><span>2019-06-14</span>'
            '<span>分享</span><span>收藏</span><span>转自：</span><a href="/content/19/1.shtml">历史文化学人</a></div>',
            "",
            "晚风听雨tzl",
        ),
        (  # German words round the name, a dotted date
            '<p class="post-meta">Gepostet von <a href="/people/lena_k">Lena小厨房</a> am 12.03.2018</p>',
            "",
            "Lena小厨房",
        ),
        (  # Japanese: 投稿者 is no label this code knows, the year-month-day date
            '<div class="entry-meta"><span>投稿者</span> <a href="/u/3021">春香mama</a> 2020年5月3日</div>',
            "",
            "春香mama",
        ),
        (  # no words at all: a forum's subject line, the poster's space, the time
            '<div class="authi"><a href="space-uid-3321.html">皖A钓鱼老张</a> <em>2015-7-3 09:12</em></div>',
            "",
            "皖A钓鱼老张",
        ),
        (  # "saved by" in English, a category beside it
            '<div class="meta">saved by <a href="/user/998877">tzl读书</a> on 2021-02-02 · '
            '<a href="/category/history">历史</a></div>',
            "",
            "tzl读书",
        ),
        (  # a saver's tools as script links, no words round the name
            '<div class="meta"><a href="/user/5521">夏至dx</a> 2021-02-02 <a href="javascript:void(0)">转藏</a>'
            ' <a href="javascript:void(0)">献花</a></div>',
            "",
            "夏至dx",
        ),
        (  # the footer after the body: an avatar, the name at no profile-shaped address, the counters
            '<div class="date">2017-08-06 14:20</div>',
            '<div class="post-footer"><span class="pic"><img src="/avatars/9.png"></span>'
            '<a href="https://space.example.test/home">月下独酌</a> 写于 <a href="https://notes.example.test/">随手记</a>'
            ' <a href="#comments">留言(3)</a> 阅读(120)</div>',
            "月下独酌",
        ),
    ],
)
def test_the_meta_lines_one_personal_link_is_the_writer(meta: str, after: str, author: str) -> None:
    assert _author(meta, after) == author


@pytest.mark.parametrize(
    ("meta", "after"),
    [
        # a category link beside the date
        ('<div class="meta">2019-06-14 <a href="/category/food">美食ab</a></div>', ""),
        # a tag by its rel
        ('<div class="meta">2019-06-14 <a rel="tag" href="/t/travel">旅行</a></div>', ""),
        # the site's own name, linked to its home
        ('<div class="meta">2019-06-14 <a href="https://notes.example.test/">城南手记本</a></div>', ""),
        # a label owns the linked part, even a profile-shaped one
        ('<div class="meta">2019-06-14 <span>转自：</span><a href="/user/555">文史tzl杂谈</a></div>', ""),
        # a comment's author under the comments heading right after the body
        (
            '<div class="date">2017-08-06</div>',
            '<div class="post-footer"><h3>评论</h3><img src="/avatars/7.png"><a href="/user/77">路过ab吃货</a>'
            " 2017-08-07</div>",
        ),
        # a forum reply's floor after the first post: no footer box of the post
        (
            '<div class="date">2015-07-03 09:12</div>',
            '<div class="reply"><img src="/avatars/5.png"><a href="space-uid-88.html">河边x钓客</a> 2015-07-03 10:01'
            "</div>",
        ),
    ],
)
def test_no_writer_from_a_filing_a_home_a_labelled_part_or_a_reply(meta: str, after: str) -> None:
    assert _author(meta, after) is None


def test_two_people_linked_in_one_meta_line_make_no_single_writer() -> None:
    # (the page as a whole reads them as co-writers by their own rule; this one names one writer or none)
    tree = LexborHTMLParser(
        '<div class="meta">2019-06-14 <a href="/user/1">阿青</a> <a href="/user/2">小舟</a></div>'
        '<div class="meta">2019-06-14 <a href="/user/1">阿青</a> <a href="/category/1">散文</a></div>'
    )
    both, one = tree.css("div.meta")
    assert meta_line_writer([both], [both.text(separator=" ")], None, None) is None
    assert meta_line_writer([one], [one.text(separator=" ")], None, None) == "阿青"
