"""The posted-in line of a post's footer kept in a box whose class names the author or the byline in any form
(blind17's PIXNET-like ``author-name`` span: tune material for byline-w7b), pinned by other themes' class names;
a comment's box in the footer names a commenter, never the writer.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_TEXT = (
    "这次趁着连假去了一趟台南，三天两夜吃了二十多家店，整理出几家私心推荐的口袋名单，都是排队也值得的老店。"
    "第一家是国华街上的老字号碗粿，早上七点开门，九点多就卖完，口感绵密，淋上特调酱油膏，一碗只要三十五元。"
)
_PAGE = """<html><head><title>{title}</title></head><body>
<div id="banner"><h1><a href="/blog">吃喝玩乐笔记</a></h1><h2>吃遍全台湾的贪吃鬼</h2></div>
<div class="article"><div class="date">2016-10-12 23:08</div><h2 class="title">{title}</h2>
<div class="article-body"><div class="article-content"><p>{text}</p><p>{text}</p></div></div>
<div class="article-footer"><ul class="refer"><li>分类：<a href="/blog/category/3">台南</a></li></ul>{box}</div>
</div></body></html>"""


def _author(box: str) -> str | None:
    html = _PAGE.format(title="台南三天两夜小吃地图", text=_TEXT, box=box)
    return parse_html(html, "https://eat-notes.example.test/blog/post/223410987", Registry.load()).author


@pytest.mark.parametrize(
    ("box", "author"),
    [
        (
            '<div class="author-profile"><span class="author-name">梅子 發表在 <a href="/">痞客幫</a> 留言(12)'
            "</span></div>",
            "梅子",
        ),
        ('<p class="AuthorBox">小鹿 发表于 2016-10-12 23:08</p>', "小鹿"),
        ('<div class="entry-author-meta">阿澄 posted in 美食</div>', "阿澄"),
        ('<span class="post-byline-text">老周 发布于 2016-10-12</span>', "老周"),
        ('<div class="blog-author-info"><b>晴天</b> 發表於 <a href="/blog/category/3">台南</a></div>', "晴天"),
        ('<div class="info"><em class="writer-author">木子 posted on 2016-10-12</em></div>', "木子"),
    ],
)
def test_a_poster_box_of_any_author_class_names_the_writer(box: str, author: str) -> None:
    assert _author(box) == author


def test_a_comments_author_box_in_the_footer_names_no_writer() -> None:
    assert _author('<div class="comment-author">路人甲 发表于 2016-10-13 08:00</div>') is None
