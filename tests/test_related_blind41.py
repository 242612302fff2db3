"""Related lists first missed on blind41 (session 14), in a template of our own words."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_POST = """<html><head><meta charset="utf-8"><title>秋天腌萝卜干的做法 - 灶台边</title></head><body>
<div id="header"><a href="/">灶台边</a></div>
<div id="contentleft"><h2>秋天腌萝卜干的做法</h2>
<p class="date">post by <a href="/?author=1">灶台边</a> / 2014-10-8 20:15 Wednesday</p>
<p>萝卜上市的时候，我每年都要腌上一坛萝卜干，早上配粥最合适。做法其实不难，关键是晒和揉两步。</p>
<p>先把萝卜洗净切条，摊在竹匾上晒两天，晒到表面发皱、捏起来有点软就可以了。</p>
<p>然后加盐反复揉搓，揉出水后倒掉，再加辣椒粉、白糖和一点白酒拌匀，压实装坛，封口放阴凉处。</p>
<p>半个月以后就能吃了，脆爽带点甜，比外面买的好吃多了。</p>
<div id="relatedlog">相关日志：<br />
<a href="{a}">冬天做腊肠的几个小窍门</a><br />
<a href="{b}">老坛酸菜第一次做就成功</a><br />
<a href="{c}">自己在家熬红糖姜茶的方法</a><br />
</div>
{next}
</div></body></html>"""


@pytest.mark.parametrize("key", ["post", "p"])
def test_a_blog_engines_permalinks_by_a_short_post_number_on_the_root_are_story_links(key: str) -> None:
    # emlog's ?post=87 and WordPress's default ?p=87: a short post number on the site's root names one post
    # (the previous post's link after the list is no reason to look past it).
    after = (
        f'<div class="nextlog">&laquo; <a href="http://www.zaotai.example/?{key}=80">自己在家熬红糖姜茶的方法</a></div>'
    )
    html = _POST.format(a=f"?{key}=61", b=f"?{key}=74", c=f"?{key}=80", next=after)
    page = parse_html(html, f"http://www.zaotai.example/?{key}=92", Registry.load())
    assert [item.url for item in page.related] == [
        f"http://www.zaotai.example/?{key}=61",
        f"http://www.zaotai.example/?{key}=74",
        f"http://www.zaotai.example/?{key}=80",
    ]


def test_a_pager_query_on_the_root_is_no_story_link() -> None:
    html = _POST.format(a="?page=2", b="?page=3", c="?page=4", next="")
    assert parse_html(html, "http://www.zaotai.example/?post=92", Registry.load()).related == []
