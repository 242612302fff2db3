"""A blog post's owner linked to the blog's root, where only the address says the page is a blog (byline-w11,
session 10 wave 4), pinned by variants of other platforms, markups, wordings and years than the pages it was
learnt from (blind19 frag_163blog_2012: ``<a href=//x.blog.163.com/>水乡奶奶</a><span>的博客</span>`` in a
fragment with no ``<title>``; blind25 pixnet_2014_tw_food: ``<a href=//x.pixnet.net/blog>小胖妞的吃喝玩樂日記</a>``
under a title that names the platform ``痞客邦``, not a blog), and by negatives: a news site's blog-like folder, a
link into a view of the blog (a category behind ``#``), a blogroll's other blog, a site named like a blog.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_TEXT = (
    "周末去了一趟城南的老菜场，卖豆腐的阿婆还记得我，硬是多塞了一块豆干。回家路上下起小雨，索性在屋檐下站了一会儿。"
    "晚饭做了一锅豆腐炖鱼头，汤色奶白，女儿连喝了两碗，说比饭店里的还香，这大概就是日子最好的样子吧。"
)
_POST = """<html><head>{head}</head><body>{banner}
<div class="post"><h2 class="title">{title}</h2><div class="meta">{date}</div>
<div class="content"><p>{text}</p><p>{text}</p><p>{text}</p></div></div>
<div class="nav">上一篇：<a href="{prev}">旧文一篇</a></div></body></html>"""


def _author(
    url: str, banner: str, head: str = "", title: str = "豆腐炖鱼头", date: str = "2013-04-07 21:16"
) -> str | None:
    html = _POST.format(head=head, banner=banner, title=title, date=date, text=_TEXT, prev=url + "?p=1")
    return parse_html(html, url, Registry.load()).author


@pytest.mark.parametrize(
    ("url", "banner", "head", "author"),
    [
        # a host label "blog" not first, a fragment without <title>, the name split from "的博客"
        (
            "http://laomei.blog.163.com/blog/static/1182437201311/",
            '<div class="author"><a href="http://laomei.blog.163.com/">梅子黄时</a><span>的博客</span></div>',
            "",
            "梅子黄时",
        ),
        # Sohu's blogs, 2009, the whole blog name linked
        (
            "http://chenxiaoqing.blog.sohu.com/120011234.html",
            '<h1><a href="http://chenxiaoqing.blog.sohu.com/">陈小青的博客</a></h1>',
            "<title>一锅鱼头汤 - 搜狐</title>",
            "陈小青",
        ),
        # a traditional-script diary under /blog on an account's own host, the title naming the platform only
        (
            "https://amei0312.pixnet.net/blog/post/52210034",
            '<div id="banner"><h1><a href="https://amei0312.pixnet.net/blog">阿美的旅行日記</a></h1></div>',
            "<title>豆腐炖鱼头 @ 阿美的旅行日記 :: 痞客邦 ::</title>",
            "阿美",
        ),
        # a reading-notes blog, simplified, a relative root link
        (
            "https://muzi.example-blogs.test/blog/2021/03/tofu.html",
            '<header><a class="site" href="/blog/">木子的读书笔记</a></header>',
            "<title>豆腐炖鱼头 - 木子的读书笔记</title>",
            "木子",
        ),
        # a Hexun-style host, 2011, the root link with a trailing index-free slash and 部落格
        (
            "http://xiaoyu.blog.hexun.com.tw/66120931_d.html",
            '<div class="top"><a href="http://xiaoyu.blog.hexun.com.tw/">小鱼儿的小小部落格</a></div>',
            "",
            "小鱼儿",
        ),
        # a personal diary blog on a "blogs" host label, 2017, its owner named with a 日志
        (
            "http://hanjiang.blogs.example.test/archives/2017/0412.html",
            '<div id="blogname"><a href="http://hanjiang.blogs.example.test/">寒江雪的日志</a></div>',
            "",
            "寒江雪",
        ),
    ],
)
def test_the_blog_roots_linked_name_is_the_owner_when_the_address_says_blog(
    url: str, banner: str, head: str, author: str
) -> None:
    assert _author(url, banner, head) == author


@pytest.mark.parametrize(
    ("url", "banner", "head"),
    [
        # a news site's blog channel: its front page linked by the channel's name, which names nobody
        (
            "https://news.example.test/blog/2019/0412/tofu.html",
            '<div class="crumb"><a href="https://news.example.test/">首页</a> &gt; <a href="/blog/">名家博客</a></div>',
            "<title>豆腐炖鱼头 - 新闻网</title>",
        ),
        # a link into a view of the blog (a category routed behind #) names the category, not the owner
        (
            "http://laomei.blog.163.com/blog/static/1182437201311/",
            '<div class="meta">分类：<a href="http://laomei.blog.163.com/blog/#m=0&c=12">灶间手记</a></div>',
            "",
        ),
        # a blogroll's other blog, on another host
        (
            "http://laomei.blog.163.com/blog/static/1182437201311/",
            '<div class="links"><a href="http://lanxiaochu.blog.163.com/">蓝小厨的博客</a></div>',
            "",
        ),
        # a site whose name only looks like a blog's: no blog label, no /blog folder, no blog title
        (
            "https://www.x-blogs.example.test/news/20190412.html",
            '<div class="logo"><a href="https://www.x-blogs.example.test/">城南的生活日记</a></div>',
            "<title>豆腐炖鱼头 - 城南网</title>",
        ),
    ],
)
def test_no_owner_without_a_blog_address_or_off_the_blogs_root(url: str, banner: str, head: str) -> None:
    assert _author(url, banner, head) is None


def test_the_posts_own_footer_poster_wins_over_the_blogs_name_under_a_blog_folder() -> None:
    # Only the folder says blog: the footer's posted-in line right under the post names the poster first.
    url = "https://amei0312.pixnet.net/blog/post/52210034"
    banner = '<div id="banner"><h1><a href="https://amei0312.pixnet.net/blog">阿美的旅行日記</a></h1></div>'
    html = _POST.format(
        head="<title>豆腐炖鱼头 @ 阿美的旅行日記 :: 痞客邦 ::</title>",
        banner=banner,
        title="豆腐炖鱼头",
        date="2017-04-07 21:16",
        text=_TEXT,
        prev=url + "?p=1",
    ).replace(
        "</p></div></div>",
        '</p></div><div class="article-footer"><a href="https://www.pixnet.net/pcard/amei0312">amei0312</a>'
        ' 發表在 <a href="https://www.pixnet.net">痞客邦</a></div></div>',
    )
    assert parse_html(html, url, Registry.load()).author == "amei0312"
