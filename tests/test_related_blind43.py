"""Related lists first missed on blind43 (session 15), in templates of our own words."""

from __future__ import annotations

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_ESSAY = """<html><head><meta charset="utf-8"><title>外婆的灶台_乡情散文_晚风文苑</title></head><body>
<table class="article"><tr><td><h1>外婆的灶台</h1></td></tr>
<tr><td class="info">时间：2013-05-02 10:15　作者：周晓梅</td></tr>
<tr><td class="content">
<p>外婆家的灶台是用青砖垒的，灶膛里一年四季都有余火，冬天我们几个孩子总爱挤在灶前烤手。</p>
<p>外婆做饭从不看钟，太阳照到门槛第三块砖，她就往锅里添水，说这样饭才不会夹生。</p>
<p>后来老屋拆了，灶台也没了，可我一闭上眼，还能闻到柴火饭那股焦香。</p>
</td></tr></table>
<table class="{box}"><tr><td class="title">{heading}</td></tr>
<tr><td><ul>
<li><a href="/xiangqing/201304/2231.html">外婆的手</a> <span>2013-04-11</span></li>
<li><a href="/xiangqing/201303/2107.html">老屋的门槛</a> <span>2013-03-20</span></li>
<li><a href="/xiangqing/201302/1985.html">那年冬天的柴火饭</a> <span>2013-02-08</span></li>
<li><a href="/suibi/201304/2260.html">灶膛里的年味</a> <span>2013-04-19</span></li>
</ul></td></tr></table>
<div class="foot">晚风文苑 版权所有</div></body></html>"""

_LISTED = [
    "http://www.wanfeng.example/xiangqing/201304/2231.html",
    "http://www.wanfeng.example/xiangqing/201303/2107.html",
    "http://www.wanfeng.example/xiangqing/201302/1985.html",
    "http://www.wanfeng.example/suibi/201304/2260.html",
]
_URL = "http://www.wanfeng.example/xiangqing/201305/2301.html"


def test_short_titles_each_in_its_own_list_item_are_items() -> None:
    # blind43's DedeCMS essay page: a list of essays titled 父亲的手, 父亲的背影 … (under eight characters),
    # each <li> holding its one link; one long title among them had made the others its "labels".
    html = _ESSAY.format(box="xgwz", heading='<img src="/skin/xgwz.gif" alt="相关文章" />')
    page = parse_html(html, _URL, Registry.load())
    assert [item.url for item in page.related] == _LISTED
    assert [item.title for item in page.related][:2] == ["外婆的手", "老屋的门槛"]


def test_a_block_named_related_vouches_for_short_titles_filed_as_the_page_is() -> None:
    # blind43's museum page: <div class="xgxx"> (相关信息) under a title image with no alt, two exhibitions
    # titled in under eight characters; the class names the list, and each URL is filed as the page is.
    html = _ESSAY.format(box="xgxx", heading='<img src="/images/xgxx.gif" alt="" />')
    page = parse_html(html, _URL, Registry.load())
    assert [item.url for item in page.related] == _LISTED


def test_short_titles_in_a_named_block_need_the_page_s_filing() -> None:
    # A box named related listing stocks or keyword pages (/S/SH600036, /keywords/…/1.html) by short names:
    # their pages are not filed as the story is, so nothing vouches for them as stories.
    html = _ESSAY.format(box="xgxw", heading="")
    for old, new in (
        ("/xiangqing/201304/2231.html", "/S/SH600036"),
        ("/xiangqing/201303/2107.html", "/S/SZ000651"),
        ("/suibi/201304/2260.html", "/keywords/6/9/679790d167/1.html"),
    ):
        html = html.replace(old, new)
    page = parse_html(html, _URL, Registry.load())
    assert page.related == []
