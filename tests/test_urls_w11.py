"""A date in the path, then one file that names no story, is that date's list (misc-w11).

Seen by two writers: blind24's ``/scroll-news/2023/0821/news.shtml`` (a collection word after a full day)
and blind25's ``/gia/general/201809/16.htm`` (the day itself as the file under a month folder). Pinned on
hand-written variants: other hosts, years, extensions and date spellings; the guards are the dated stories
of the same shape (an id, a view word, a slug, a short number under a full day).
"""

from __future__ import annotations

import pytest

from newscorpus.urlshape import Shape, is_article_url, shape


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example-news.cn/scroll-news/2021/0312/news.shtml",
        "http://www.example.com.hk/archive/2016/05/12/articles.html",
        "https://example.tw/daily/2019-11-04/stories.htm",
        "http://www.example.org/press/20150707/releases.php",
        "https://news.example.cn/roll/2024/0101/news.html",
        "http://www.example.jp/notice/2012_08_30/items.aspx",
    ],
)
def test_a_collection_file_after_a_date_is_that_days_list(url: str) -> None:
    assert shape(url) is Shape.LIST


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.gov.hk/gia/general/201812/03.htm",
        "http://www.example.org/press/2016/05/21.html",
        "https://example.tw/bulletin/2020-02/9.htm",
        "http://www.example.cn/notice/202311/30.shtml",
        "https://www.example.com.hk/daily/2014_07/1.asp",
        "http://www.example.gov.mo/news/2019/12/31.php",
    ],
)
def test_the_day_as_the_file_under_a_month_is_that_days_list(url: str) -> None:
    assert shape(url) is Shape.LIST


@pytest.mark.parametrize(
    "url",
    [
        "http://www.example.cn/html/2024/0515/12.html",  # a short number under a full day: the day's 12th story
        "http://www.example.cn/2018/0916/16.htm",
        "http://www.example.cn/201809/123.htm",  # three digits: no day
        "http://www.example.cn/201809/32.htm",  # no day of any month
        "http://www.example.com/2024/05/15/detail.html",  # a view word names the story
        "https://www.example.com/2019/03/hello-world-again.html",
        "https://www.example.com/2019/03/12/story.html",
        "https://www.example.cn/news/2023/0821/1234567.shtml",
    ],
)
def test_a_dated_story_of_the_same_shape_stays_a_story(url: str) -> None:
    assert is_article_url(url)
