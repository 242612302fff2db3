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


def test_a_post_heading_linking_its_own_page_is_the_headline() -> None:
    # 博客园: the blog's name in an <h2>, the post's title an <h1> linking its permalink; a date in the post's
    # code is no stamp (the footer's "posted @" is).
    story = (
        "<p>上周线上一个报表接口突然变慢，从原来的两百毫秒涨到了八秒多，排查下来是联合索引没有用上。</p>"
        "<pre><code>SELECT * FROM orders WHERE status = 2 AND created_at &gt;= '2021-03-01'</code></pre>"
        "<p>原因是字段类型和传入的参数类型不一致，隐式转换让索引失效，改成同样的类型以后就恢复了。</p>"
        "<p>记录一下排查的过程，也提醒自己写查询时多看一眼执行计划，别等到线上变慢了才发现。</p>"
    )
    html = (
        '<html><head><meta charset="utf-8"><title>一次联合索引失效的排查 - 雨天写代码，晴天读闲书 - 博客园</title>'
        "</head><body>"
        '<div id="header"><h1><a href="https://www.example-blogs.cn/yutian/">落叶知秋</a></h1><h2>雨天写代码，晴天读闲书</h2></div>'
        '<ul id="navList"><li><a href="https://www.example-blogs.cn/">博客园</a></li>'
        '<li><a href="/yutian/">首页</a></li>'
        '<li><a href="/yutian/rss">订阅</a></li></ul><div class="blogStats">随笔 - 87 文章 - 0 评论 - 142</div>'
        '<div class="post"><h1 class="postTitle"><a href="https://www.example-blogs.cn/yutian/p/123456.html">'
        f'一次联合索引失效的排查</a></h1><div class="postBody">{story}</div>'
        '<div class="postDesc">posted @ 2021-03-14 21:08 落叶知秋 阅读(1523) 评论(4)</div></div></body></html>'
    )
    article = parse_html(html, "https://www.example-blogs.cn/yutian/p/123456.html", Registry(rules=()))
    assert article.title == "一次联合索引失效的排查"
    assert article.published_at == "2021-03-14T21:08:00+08:00"
