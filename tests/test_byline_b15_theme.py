"""A blog theme's translated writer field (a family learnt from blind15, tune material for byline-b15): the
screen-reader word ``文章作者`` ("Post author") before the name, and the theme's "By" spelled ``由`` before it
(``由小满子``), as hand-written variants of other themes, eras and markup. 由 is a rare surname as well, so a
two- or three-character name after it is kept whole.
"""

from __future__ import annotations

import pytest

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.registry import Registry

_TITLE = "周末做了一次全麦面包，失败了两回才成功"
_POST = (
    "<p>家里的烤箱买了快两年，一直只用来烤红薯，这个周末终于下定决心试试做全麦面包。</p>"
    "<p>第一次水放多了，面团黏得根本揉不起来，第二次发酵时间不够，烤出来像一块砖头。</p>"
    "<p>第三次照着视频一步一步来，总算烤出了松软的面包，切开的时候全家都围过来看。</p>"
)


def _post(meta: str) -> Article:
    html = f"""<html><head><title>{_TITLE} – 慢慢走的小站</title></head><body>
<header><div class="site-title"><a href="/">慢慢走的小站</a></div>
<nav><ul><li><a href="/">首页</a></li><li><a href="/category/life/">生活</a></li></ul></nav></header>
<main><article class="post hentry"><header class="entry-header">
<div class="entry-categories"><span class="screen-reader-text">分类</span><a href="/category/life/">生活</a></div>
<h1 class="entry-title">{_TITLE}</h1><div class="entry-meta">{meta}</div></header>
<div class="entry-content">{_POST}</div></article></main></body></html>"""
    return parse_html(html, "https://blog.example.net/2021/05/09/bread/", Registry.load())


_ICON = '<svg class="svg-icon" width="18" height="20"><path d="M18,19 C18,19.5 17.5,20 17,20"/></svg>'


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        (  # Twenty Twenty in Chinese
            f'<ul class="post-meta"><li class="post-author"><span class="screen-reader-text">文章作者</span>{_ICON}'
            '<span class="meta-text">由<a href="/author/xiaomanzi/">小满子</a></span></li>'
            '<li class="post-date"><span class="screen-reader-text">文章日期</span><a href="/2021/05/09/bread/">'
            '2021年5月9日</a></li><li><a href="#comments">3条评论</a></li></ul>',
            "小满子",
        ),
        (  # a gap after 由, the date first
            '<span class="posted-on"><a href="/2021/05/09/">2021年5月9日</a></span> '
            '<span class="byline"><span class="screen-reader-text">文章作者</span> 由 '
            '<a class="url fn n" href="/author/chenmo/">陈默的厨房</a></span>',
            "陈默的厨房",
        ),
        (  # Twenty Nineteen: the screen-reader word, then the name, no 由
            '<span class="byline"><span class="screen-reader-text">文章作者</span>'
            '<a href="/author/lily/">麦穗儿</a></span> <span class="posted-on">2019年11月2日</span>',
            "麦穗儿",
        ),
        (  # a Latin handle after 由
            '<span>文章作者</span> <span>由 <a href="/author/breadlover/">Bread Lover</a></span> · 2018-03-02',
            "Bread Lover",
        ),
        (  # an older theme: 作者 then 由 glued, a colon
            '<p class="meta">作者：由<a href="/author/tang/">汤圆不圆</a> | 2012-08-15 | 阅读 1,024</p>',
            "汤圆不圆",
        ),
    ],
)
def test_a_theme_writer_field_names_the_writer(meta: str, author: str) -> None:
    assert _post(meta).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("文章作者 由小满子", "小满子"),  # blind15's wording, read as one line
        ("文章作者：林间小路", "林间小路"),
        ("作者 由 王大锤的日常 2020-03-24", "王大锤的日常"),
        ("作者：由静", "由静"),  # 由 a surname: a two-character name is kept
        ("作者：由晓东", "由晓东"),
    ],
)
def test_by_before_a_name(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize("line", ["文章作者系北京大学教授", "本文作者为中国人民大学教授", "文章作者最新文章"])
def test_a_writer_word_in_prose_or_a_heading_names_nobody(line: str) -> None:
    assert parse_line(line).author is None
