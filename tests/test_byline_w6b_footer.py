"""A blog post's writer named in its own footer (blind19's pixnet and Hatena pages, blind20's 个人图书馆 repost: tune
material for byline-w6b), pinned by hand-written variants of other platforms, wording and markup:

- the posted-in line (``X 發表在 痞客邦``, ``X 发表于 2015-5-6 22:14``, ``X posted in 生活``) of the footer right after
  the story names X, also when the story sits in an inner box of its own (the footer follows the box's container);
- a vcard's name followed by its login in brackets (``ゆき (id:yuki_tabearuki)``) is the name;
- a comment's line under the story names a commenter, never the writer;
- a user folder with a numeric id (``/userhome/26543210``) is a profile like ``/home/123``.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.profiles import is_profile
from newscorpus.scrapers.registry import Registry

_TEXT = (
    "来台南如果只能吃一样小吃，一定推荐这家割包，开了六十多年，假日门口总是大排长龙，不过翻桌很快。"
    "割包分成瘦肉、肥肉和综合三种，包子软Q，夹着卤得入味的肉片、酸菜和花生粉，一口咬下去酸甜咸香都有。"
)
_PAGE = """<html><head><title>{title}</title></head><body>
<div id="banner"><h1><a href="/blog">小猫的口袋笔记</a></h1></div>
<div class="article"><h2 class="title">{title}</h2><div class="date">2017-04-12 14:05</div>
<div class="article-body">{story}{footer}</div></div>
<div class="sidebar"><div class="box-title">关于我</div><p>台南土生土长，最爱小吃。</p></div></body></html>"""
_INNER = '<div class="article-content"><div class="article-content-inner"><p>{0}</p><p>{0}</p></div></div>'
_FLAT = '<div class="entry-content"><p>{0}</p><p>{0}</p></div>'


def _author(story: str, footer: str) -> str | None:
    html = _PAGE.format(title="阿松割包，国华街排队老店", story=story.format(_TEXT), footer=footer)
    return parse_html(html, "https://example-blog.test/blog/post/224478391", Registry.load()).author


@pytest.mark.parametrize(
    ("story", "footer", "author"),
    [
        (  # the posted-in line after the story's inner box, the platform linked
            _INNER,
            '<div class="article-footer"><div class="author">tanchimao 發表在 <a href="/">痞客邦</a> '
            '<a href="#comments">留言</a>(12) 人氣(18,402)</div></div>',
            "tanchimao",
        ),
        (  # simplified, a board instead of a platform
            _FLAT,
            '<div class="post-footer"><span class="byline">老周 发表在 <a href="/board/7">美食版</a></span></div>',
            "老周",
        ),
        (  # dated: in the post's own footer the time after the verb still leaves the poster
            _FLAT,
            '<div class="post-meta">越野老猫 发表于 2015-5-6 22:14 | 阅读 1046</div>',
            "越野老猫",
        ),
        (  # an English theme's footer
            _INNER,
            '<footer class="entry-footer"><span class="posted-by">小满子 posted in <a href="/c/life">生活</a>'
            "</span></footer>",
            "小满子",
        ),
        (  # a vcard's nickname with its login in brackets (Hatena's footer)
            _FLAT,
            '<footer class="entry-footer"><p><span class="author vcard"><span class="fn"><span>ゆき</span> '
            "<span>(</span><span>id:yuki_tabearuki</span><span>)</span></span></span> "
            '<time datetime="2018-02-18T12:30:45Z">2018-02-18 21:30</time></p></footer>',
            "ゆき",
        ),
        (  # the same in full-width brackets
            _INNER,
            '<div class="entry-meta"><span class="author vcard"><a class="fn" href="/author/lz">老周（laozhou）</a>'
            "</span></div>",
            "老周",
        ),
        (  # a comment's posted line under the story: a commenter, nobody's byline
            _FLAT,
            '<div class="comment-list"><div class="comment-item">网友小李 发表于 2017-04-12 15:20 好吃！</div></div>',
            None,
        ),
        (  # the role word is no poster
            _FLAT,
            '<div class="post-meta">楼主 发表于 2016-03-27 10:02</div>',
            None,
        ),
    ],
)
def test_footer_writer(story: str, footer: str, author: str | None) -> None:
    assert _author(story, footer) == author


@pytest.mark.parametrize(
    ("href", "profile"),
    [
        ("http://www.360doc.com/userhome/26543210", True),
        ("/userhome/1024", True),
        ("https://example.test/userhome/u_88123", True),
        ("/userhome/", False),
        ("/userhome/settings", False),
    ],
)
def test_userhome_is_a_profile(href: str, profile: bool) -> None:
    assert is_profile(href) is profile
