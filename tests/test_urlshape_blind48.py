"""URL shapes first missed on blind48 and blind49 (session 18): a quote page, a user id glued to u, an opaque item
under a page folder and an id value led by its kind."""

from __future__ import annotations

import pytest

from newscorpus.urlshape import Shape, shape


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("http://quote.example-finance.cn/sh600519.html", Shape.NEVER),  # a quote page by exchange and code
        ("https://stock.example-finance.cn/hk00700.shtml", Shape.NEVER),
        ("https://finance.example-portal.cn/realstock/company/sz000001/nc.shtml", Shape.NEVER),
        # A story filed under the code keeps its id after it.
        ("http://finance.example-portal.cn/stock/sh600519/20240515/123456.html", Shape.ARTICLE),
        ("https://www.example-news.cn/hk/2019/0315/12345.html", Shape.ARTICLE),  # hk is a channel there
        # A user's page by an id glued to u at the root; a page file of that name is another thing.
        ("https://i.example-auto.cn/u87654321/", Shape.LIST),
        ("https://i.example-auto.cn/u87654321", Shape.LIST),
    ],
)
def test_quote_pages_and_glued_user_ids(url: str, want: Shape) -> None:
    assert shape(url) is want


@pytest.mark.parametrize(
    ("url", "want"),
    [
        # blind49: one item by an opaque token under a "page" folder, and an id value led by its kind.
        ("https://page.example-portal.cn/page/QwErTyUiOp0AsDfGhJkL1", Shape.ARTICLE),
        ("https://www.example-blog.cn/page/3/", Shape.LIST),  # a pager's number stays a list
        ("https://m.example-search.cn/newspage/data/landing?nid=news_9876543210123", Shape.ARTICLE),
        ("https://www.example-news.cn/show.php?id=abc_12", Shape.UNKNOWN),  # too short a number to be an id
    ],
)
def test_opaque_items_under_page_and_kind_led_ids(url: str, want: Shape) -> None:
    assert shape(url) is want


@pytest.mark.parametrize(
    "url",
    [
        # A file, not a page: its dated or numbered name is no story's.
        "http://img1.example-portal.cn/photo/0001/2013-05-15/8UAB1234.jpg",
        "http://www.example-gov.cn/uploadfile/2019/0315/20190315123456789.pdf",
        "http://www.example-gov.cn/upload/files/2020/5/15123456789.docx",
        "https://news.example-portal.cn/special/00251G8F/news_json_02.js",
        "https://v.example-portal.cn/2021/0315/1234567.mp4",
        # A site's comment, sign-in or download service by its host.
        "http://comment.news.example-portal.cn/news3_bbs/ABCDEF12000112345.html",
        "https://passport.example-portal.cn/v2/?login",
        "https://dl.example-portal.cn/app/2019/0315/123456.html",
    ],
)
def test_files_and_service_hosts_are_never_stories(url: str) -> None:
    assert shape(url) is Shape.NEVER


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example-portal.cn/2024/0315/123456.html",  # a story still
        "https://photo.example-portal.cn/2019/0315/123456.shtml",  # a photo story is a page
        "https://news.example-blog.cn/comment/2019/0315/123456.html",  # an opinion channel's dated story
    ],
)
def test_pages_stay_articles(url: str) -> None:
    assert shape(url) is Shape.ARTICLE
