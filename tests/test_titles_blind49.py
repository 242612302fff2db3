"""Headlines first missed on blind49 (session 18): a blog's heading naming only a small part of a <title> that is
mostly the blog's name, a "you are here" trail and a lone time stamp in title-hinted boxes, and a rule's title
selector hitting a box around the heading and the byline bar. Fourteen sina-blog pages of earlier batches had
their time stamp for a title."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_STORY = "".join(
    f"<p>{text}</p>"
    for text in (
        "老屋后面有一片竹林，小时候我们常在里面捉迷藏，一躲就是一下午，直到母亲在院子里喊吃饭。",
        "后来家里搬到了镇上，竹林渐渐没人打理，去年回去看，竹子长得比房子还高，小路已经找不到了。",
        "母亲说，等天气暖和了，想回去把老屋收拾一下，种点菜，养几只鸡，日子过得慢一点也好。",
    )
)


def _blog(title: str) -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}_竹林深处的老屋手记_新浪博客</title></head><body>'
        '<div id="blogTitle"><h1 class="blogtitle"><a href="http://blog.example-blogs.cn/u/1234567890">'
        "竹林深处的老屋手记</a></h1></div>"
        '<div class="SG_connHead"><span class="title">正文</span></div>'
        f'<div class="artical" id="articlebody"><div class="articalTitle"><h2 class="titName SG_txta">{title}</h2>'
        '<span class="time SG_txtc">(2012-03-18 21:40:05)</span></div>'
        f'<div class="articalContent" id="sina_keyword_ad_area2">{_STORY}</div></div></body></html>'
    )


def test_a_blog_heading_naming_the_topic_segment_is_the_headline() -> None:
    article = parse_html(_blog("竹林里的老屋"), None, Registry(rules=()))
    assert article.title == "竹林里的老屋"


def test_a_trail_in_a_title_box_is_no_headline() -> None:
    html = (
        '<html><head><meta charset="utf-8"><title>竹林里的老屋 - 亲情散文 - 散文小站</title></head><body><table>'
        '<tr><td class="main_title">您现在的位置： <a href="/">散文小站</a> &gt;&gt; <a href="/qq/">亲情散文</a>'
        " &gt;&gt; 正文</td></tr>"
        f'<tr><td class="content">{_STORY}</td></tr></table></body></html>'
    )
    assert parse_html(html, None, Registry(rules=())).title == "竹林里的老屋"


@pytest.mark.parametrize(
    "box",
    [
        '<div id="artibodyTitle"><h1>竹林里的老屋</h1><div>2009年06月18日07:52 来源：上海证券报 作者：王莉</div></div>',
        '<h1 id="artibodyTitle">竹林里的老屋</h1><div>2009年06月18日07:52 来源：上海证券报 作者：王莉</div>',
    ],
)
def test_a_rule_s_title_box_around_a_heading_gives_the_heading(box: str) -> None:
    html = (
        '<html><head><meta charset="utf-8"><title>竹林里的老屋_新浪网</title></head><body>'
        f'{box}<div id="artibody">{_STORY}</div></body></html>'
    )
    article = parse_html(html, "https://news.sina.com.cn/c/2009-06-18/075212345678.shtml", Registry.load())
    assert article.parser == "sina" and article.title == "竹林里的老屋"
