"""A blog post's owner whose nickname mixes Han with Latin letters or digits (``落叶知秋Lee``, blind16's cnblogs
page, tune material for byline-b16): linked to the blog's root it read as a blog title, which such a mix as often
is (``Python学习笔记``). The nickname counts when a link to the owner's profile shows the same text too.
"""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.scrapers.bylineaccount import root_owner

_POST = (
    "<div class='post'><h2>{title}</h2><div class='body'><p>正文第一段，记录一次线上问题的排查过程。</p></div></div>"
)


def _page(title: str, header: str, side: str) -> LexborHTMLParser:
    return LexborHTMLParser(
        f"<html><head><title>{title}</title></head><body><div id='header'>{header}</div>"
        f"{_POST.format(title='排查记录')}<div id='side'>{side}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "window_title", "header", "side", "owner"),
    [
        (  # cnblogs: the header's title link and the side card's 昵称 link to home.cnblogs.com/u/
            "https://www.cnblogs.com/leefeng/p/1388211.html",
            "排查记录 - 枫叶Lee - 博客园",
            '<h1><a href="https://www.cnblogs.com/leefeng/">枫叶Lee</a></h1>',
            '昵称：<a href="https://home.cnblogs.com/u/leefeng/">枫叶Lee</a>',
            "枫叶Lee",
        ),
        (  # a digit in the nickname, the profile a uid query
            "https://www.cnblogs.com/tom2048/p/99120.html",
            "排查记录 - 汤姆2048 - 博客园",
            '<a href="/tom2048/">汤姆2048</a>',
            '<a href="https://home.cnblogs.com/member.php?uid=77120">汤姆2048</a>',
            "汤姆2048",
        ),
        (  # CSDN: the account's folder, the profile under /u/
            "https://blog.csdn.net/weixin_43921877/article/details/120558812",
            "排查记录_程序员Kevin的博客-CSDN博客",
            '<a href="https://blog.csdn.net/weixin_43921877">程序员Kevin</a>',
            '<a href="https://i.csdn.net/u/weixin_43921877">程序员Kevin</a>',
            "程序员Kevin",
        ),
        (  # a blog host named for its account, the nickname Latin first
            "http://xiaoyu.blog.hexun.com/108823_d.html",
            "排查记录-Rain小雨-和讯博客",
            '<a href="http://xiaoyu.blog.hexun.com/">Rain小雨</a>',
            '<a href="http://i.hexun.com/u/xiaoyu">Rain小雨</a>',
            "Rain小雨",
        ),
    ],
)
def test_nickname_linked_to_the_root_and_a_profile(
    url: str, window_title: str, header: str, side: str, owner: str
) -> None:
    assert root_owner(_page(window_title, header, side), url) == owner


def test_mixed_blog_title_without_a_profile_link_is_no_owner() -> None:
    """``Python学习笔记`` linked to the root, no profile showing it: a blog title, no writer."""
    tree = _page(
        "排查记录 - Python学习笔记 - 博客园",
        '<h1><a href="https://www.cnblogs.com/pynotes/">Python学习笔记</a></h1>',
        '<a href="https://home.cnblogs.com/u/pynotes/">张小明</a>',
    )
    assert root_owner(tree, "https://www.cnblogs.com/pynotes/p/1.html") is None
