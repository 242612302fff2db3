"""Related lists left from blind40 (session 13, read in session 14), in a template of our own words."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_STORY = "".join(
    f"<p>第{n}段：江南的梅雨季来得比往年早，老城区的石板路上积了一层薄水，撑伞的行人在巷口停下脚步。</p>"
    for n in range(5)
)
_PAGE = """<html><head><meta charset="utf-8"><title>梅雨里的老城 - 城市散记</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/sanji/">城市散记</a> <a href="/youji/">游记</a></div>
<div class="article"><h1>梅雨里的老城</h1><div class="content">{story}</div></div>
<div class="box"><h3>{heading}</h3><ul>
<li><a href="/sanji/2016/0412/881.html">雨巷深处的一家老茶馆</a></li>
<li><a href="/sanji/2016/0420/902.html">古镇石桥边的早点铺子</a></li>
<li><a href="/sanji/2016/0503/935.html">城墙根下听评弹的午后</a></li>
</ul></div>
<div class="footer">Copyright 2016 城市散记</div></body></html>"""


@pytest.mark.parametrize(
    ("heading", "found"),
    [
        ("散文随笔相关阅读：", 3),  # a topic before a 相关 heading names this story's list (blind40's novel page)
        ("本站游记相关文章", 3),
        ("相关阅读", 3),  # as before
        ("散文随笔推荐阅读", 0),  # a topic before a pick's heading: a channel's picks (blind19, blind35)
        ("推荐阅读相关主题", 0),  # words after the heading: another kind of list
    ],
)
def test_a_topic_before_a_related_heading_still_heads_the_list(heading: str, found: int) -> None:
    html = _PAGE.format(story=_STORY, heading=heading)
    page = parse_html(html, "https://www.sanji.example/sanji/2016/0601/1010.html", Registry.load())
    assert len(page.related) == found
