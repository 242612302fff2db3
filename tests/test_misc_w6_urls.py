"""URL shapes blind15-20 showed (session 9 wave 2, misc-w6): a community's /group/topic/<id> thread and an
author's home by a bare number under /home/. Hand-written variants on other hosts, plus the shapes each rule
must leave alone. (A hash-bang route, #!article/Joke/1234567, stays unread: the crawler drops the fragment,
so every thread would be one URL to it; test_url_cms's LEFT says so for #/detail?id=.)"""

from __future__ import annotations

import pytest

from newscorpus.urlshape import Shape, shape


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("https://www.douban.com/group/topic/123456789/", Shape.ARTICLE),
        ("http://www.example-club.net/forum/topic/51234", Shape.ARTICLE),
        ("https://bbs.example.org/bbs/topic/8812345.html", Shape.ARTICLE),
        ("https://community.example.com/community/topic/2024001", Shape.ARTICLE),
        ("https://www.example-car.com/club/topic/99887766/", Shape.ARTICLE),
        # A news site's 专题 stays a list; a group's topic list without an id too.
        ("https://news.example.com/topic/12345", Shape.LIST),
        ("https://www.douban.com/group/topic/", Shape.LIST),
    ],
)
def test_a_communitys_topic_is_one_thread(url: str, want: Shape) -> None:
    assert shape(url) is want


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("https://author.baidu.com/home/1601234567890123", Shape.LIST),
        ("https://author.example.com/home/98765432", Shape.LIST),
        ("https://www.example-media.cn/home/12345678/", Shape.LIST),
        ("https://i.example.net/user/home/5550123", Shape.LIST),
        # A page file under /home/ and a dated story are stories still.
        ("https://www.example.com/home/123456.html", Shape.ARTICLE),
        ("https://www.example.com/home/2024/0515/1234567.shtml", Shape.ARTICLE),
    ],
)
def test_an_author_home_by_a_bare_number_is_no_story(url: str, want: Shape) -> None:
    assert shape(url) is want
