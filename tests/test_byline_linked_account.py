"""A rule's source element whose value links to a user's page is a self-media platform's publishing account:
the post's author when no person is credited (README "Bylines"; issue 13: 大风号, 头条号, 企鹅号 names were
put in source). blind15's 2018 大风号 post printed the account in the source slot without the word 大风号."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.parse import parse_html
from newscorpus.scrapers.bylinesource import links_account
from newscorpus.scrapers.profiles import is_profile
from newscorpus.scrapers.registry import Registry

_STORY = "".join(
    f"<p>第{n}段：说起老北京的早点，豆汁儿焦圈是绕不开的，但在胡同里长大的人都知道，街角那一碗炒肝才让人惦记。</p>"
    for n in range(1, 6)
)


def _ifeng(source: str, credit: str = "") -> str:
    return (
        "<html><head><title>一碗炒肝里的老北京</title></head><body><div class='artical-2018'>"
        "<h1 class='topic-2018'>一碗炒肝里的老北京</h1><div class='info-2018'><p class='time-2018'>"
        f"<span>2018-11-03 09:12:47</span></p><span class='source-2018'>{source}</span></div>"
        f"<div class='main_content-2018'><div class='text-2018'>{credit}{_STORY}</div></div></div></body></html>"
    )


_URL = "https://feng.ifeng.com/c/7hSPzWqkgE8"


@pytest.mark.parametrize(
    "source",
    [
        '<a href="https://feng.ifeng.com/author/1472003" target="_blank">京味儿老张</a>',
        '<a href="//feng.ifeng.com/author/88231">胡同里的吃货</a>',
        '<a href="/user/5521">京城美食家</a>',
    ],
)
def test_an_account_linked_to_its_page_is_the_author(source: str) -> None:
    article = parse_html(_ifeng(source), _URL, Registry.load())
    name = LexborHTMLParser(source).css_first("a").text()
    assert (article.author, article.source) == (name, None)


def test_a_credited_person_stays_the_author() -> None:
    source = '<a href="https://feng.ifeng.com/author/1472003">京味儿老张</a>'
    article = parse_html(_ifeng(source, "<p>文/李建国</p>"), _URL, Registry.load())
    assert article.author == "李建国"


@pytest.mark.parametrize(
    ("source", "want"),
    [
        ('<a href="https://feng.ifeng.com/author/3301">新华社</a>', "新华社"),  # an outlet's own account
        ('<a href="https://news.ifeng.com/">凤凰资讯</a>', "凤凰资讯"),  # a channel's front page
        ("中国新闻网", "中国新闻网"),  # no link at all
    ],
)
def test_outlets_and_channels_stay_the_source(source: str, want: str) -> None:
    assert parse_html(_ifeng(source), _URL, Registry.load()).source == want


@pytest.mark.parametrize(
    ("html", "want"),
    [
        ('<span><a href="/author/12">甲</a></span>', True),
        ('<span><a href="/author/12">甲</a> <a href="/author/13">乙</a></span>', False),  # two links: a list
        ('<span>来源：<a href="/author/12">甲</a></span>', False),  # the value is more than the link
        ('<span><a href="/login">登录</a></span>', False),
    ],
)
def test_links_account(html: str, want: bool) -> None:
    assert links_account(LexborHTMLParser(html).css_first("span")) is want


def test_is_profile() -> None:
    assert is_profile("https://feng.ifeng.com/author/1472003")
    assert not is_profile("https://feng.ifeng.com/author/login")


def test_a_profile_host_named_me_is_still_a_profile() -> None:
    # "/me" one's own page is a site function; a host starting with "me." (CSDN's me.csdn.net) is not.
    assert is_profile("https://me.csdn.net/u/xiaoyu")
    assert is_profile("//me.example.com/user/abc")
    assert not is_profile("https://www.example.com/u/me")
