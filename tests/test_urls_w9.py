"""URL shapes of blind20/blind23's missed article rows (misc-w9), pinned on hand-written variants:

- an id folder, then one lower-case word as the page file, is that item's one view
  (``/35230411/wemedia.shtml``, ``/123456/detail.html``); a plural (a collection), a site's own page
  (about, contact) or a navigation word there is not;
- an id folder, then a slug of two words, is the story's title (``/912345/title-slug``): the id already
  names it, so two words do where a slug alone under a date needs three.
"""

from __future__ import annotations

import pytest

from newscorpus.urlshape import Shape, is_article_url, shape


@pytest.mark.parametrize(
    "url",
    [
        "http://wemedia.example-news.com/35230411/wemedia.shtml",
        "https://m.example-news.com/88123456/detail.html",
        "http://blog.example.org/20931245/content.htm",
        "https://news.example.hk/9912345/story.aspx",
        "http://www.example.jp/2012345/article.jsp",
        "https://video.example.tw/a7Bc9dE2f/play.php",
        "https://www.example.cn/cms/2233445/show.htm",
    ],
)
def test_an_id_folder_with_its_one_view_file_is_a_story(url: str) -> None:
    assert is_article_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://wemedia.example-news.com/35230411/index.shtml",  # the account's front page
        "http://wemedia.example-news.com/35230411/articles.shtml",  # a plural: the account's posts
        "https://www.example.com/35230411/news.html",  # a company's news list
        "https://www.example.com/35230411/about.html",
        "https://www.example.com/35230411/contact.html",
        "https://www.example.com/35230411/list.html",
        "https://www.example.com/35230411/channel.html",
        "https://www.example.com/35230411/home.html",
        "http://wemedia.example-news.com/35230411/wemedia",  # no page file: a folder's route, unknown
        "https://www.example.com/tag/35230411/detail.html",  # a tag's page
    ],
)
def test_the_same_shape_naming_a_collection_or_the_sites_page_is_no_story(url: str) -> None:
    assert not is_article_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example01.com/%E7%A4%BE%E6%9C%83%E6%96%B0%E8%81%9E/912345/title-slug",
        "https://www.example.hk/sport/8812345/derby-draw",
        "https://www.example.com/opinion/77123456/why-now",
        "https://www.example.tw/%E7%A7%91%E6%8A%80/556677/ai-chips",
        "https://www.example.com/video/1234567/flood-rescue",
        "https://www.example.sg/c/99887766/tax-cut",
        "https://www.example.my/perak/2019112401/old-town",
    ],
)
def test_an_id_folder_then_a_two_word_slug_is_a_story(url: str) -> None:
    assert is_article_url(url)


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("https://www.example.hk/user/912345/follow-list", Shape.LIST),
        ("https://www.example.hk/tag/912345/hot-news", Shape.LIST),
        ("https://www.example.hk/topic/912345/all-stories", Shape.LIST),
        ("https://www.example.hk/sport/912345/page-2", Shape.LIST),
        ("https://www.example.hk/category/5566/world-news", Shape.LIST),
        ("https://www.example.hk/search/912345/fire-kills", Shape.NEVER),
        ("https://www.example.hk/sport/derby-draw", Shape.UNKNOWN),  # two words and no id: not enough
        ("https://www.example.hk/2019/05/derby-draw", Shape.ARTICLE),  # after a date any slug was one
    ],
)
def test_two_word_slugs_under_navigation_or_without_an_id(url: str, want: Shape) -> None:
    assert shape(url) is want
