"""URL classes of session 9's blind batches (misc-w8), pinned on hand-written rows of other hosts and CMSs:

- a hash route (``#!article/Board/123``, the AJAX-crawling hashbang, or a hash router's ``#/detail?id=``)
  is the single-page app's real path: its words and ids are read as a path's and a query's; a plain
  anchor (``#comments``) still names a place in the page;
- ``account`` in a folder names a writer's page (an author's list of posts), as ``author`` and ``user`` do.

How they could misfire: an app routing its channel by an id (``#/channel/123456``) reads as a story, as
the same path would; an outlet filing stories under ``/account/`` with short ids would read as lists.
"""

from __future__ import annotations

import pytest

from newscorpus import urlshape
from newscorpus.urlshape import Shape

HASH_ROUTES = [
    ("http://www.bbs.example.net/nForum/#!article/Career_Upgrade/512345", Shape.ARTICLE),
    ("https://m.example-app.cn/#/article/20231104/8876543", Shape.ARTICLE),
    ("https://h5.example-media.com/index.html#/detail?id=1234567", Shape.ARTICLE),
    ("https://www.example-forum.org/#!/thread/9876543", Shape.ARTICLE),
    ("https://app.example-news.com.cn/h5/#/news/2019/05/15/a1b2c3d4e5", Shape.ARTICLE),
    ("https://m.example.hk/#!/story/3262345/the-slug-of-the-story", Shape.ARTICLE),
    # the same apps' navigation and forms under a hash route
    ("http://www.bbs.example.net/nForum/#!board/Career_Upgrade?page=2", Shape.LIST),
    ("https://m.example-app.cn/#/tag/12345", Shape.LIST),
    ("https://h5.example-media.com/index.html#/author/998877", Shape.LIST),
    ("https://www.example-forum.org/#!/search?q=%E8%80%83%E7%A0%94", Shape.NEVER),
    ("https://app.example-news.com.cn/h5/#/login?redirect=%2Fme", Shape.NEVER),
    ("https://m.example.hk/#!/channel/hongkong", Shape.LIST),
]
# A plain anchor keeps the page's own shape.
ANCHORS = [
    ("https://www.example.cn/a/20240515/12345678.html#comments", Shape.ARTICLE),
    ("https://www.example.cn/list/#p2", Shape.LIST),
    ("https://www.example.cn/news/#top", Shape.UNKNOWN),
    ("https://www.example.cn/#main", Shape.UNKNOWN),
]
ACCOUNTS = [
    ("https://www.example-finance.com/account/142.html", Shape.LIST),
    ("https://www.example-tech.cn/account/98765", Shape.LIST),
    ("https://news.example.org/accounts/zhang-san", Shape.LIST),
    ("https://www.example-mp.com/mp/account/3321.html", Shape.LIST),
    ("https://www.example.com.tw/account/5512/posts", Shape.LIST),
    ("https://www.example-daily.cn/account/list?uid=2231", Shape.LIST),
    # a story that only mentions the word, or is filed by date under such a folder, is still a story
    ("https://www.example-finance.com/article/account-1234567.html", Shape.ARTICLE),
    ("https://www.example-tech.cn/account/2024/0515/1234567.html", Shape.ARTICLE),
    ("https://www.example-bank.cn/news/open-an-account-in-five-minutes-20240515", Shape.ARTICLE),
]


@pytest.mark.parametrize(("url", "expected"), HASH_ROUTES + ANCHORS + ACCOUNTS)
def test_shape(url: str, expected: Shape) -> None:
    assert urlshape.shape(url) is expected


@pytest.mark.parametrize(("url", "_expected"), HASH_ROUTES)
def test_a_hash_route_is_read_only_through_the_fragment(url: str, _expected: Shape) -> None:
    # Without its route the same URL is the app's shell: nothing in it names a story.
    assert urlshape.shape(url.split("#")[0]) is not Shape.ARTICLE
