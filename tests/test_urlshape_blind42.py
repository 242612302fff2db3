"""URL shapes first missed on blind42 (session 14), in hosts of our own."""

from __future__ import annotations

import pytest

from newscorpus.urlshape import Shape, shape


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("https://www.nanyang.example/node/1695432", Shape.ARTICLE),  # Drupal's content item by number
        ("https://www.nanyang.example/node/88231", Shape.ARTICLE),
        ("http://www.county.example/col/node_113352.htm", Shape.LIST),  # TRS's node file: a channel
        ("https://www.nanyang.example/node/1695432/edit", Shape.LIST),  # its edit form: no article
    ],
)
def test_a_drupal_node_by_number_is_one_article(url: str, want: Shape) -> None:
    assert shape(url) is want


@pytest.mark.parametrize(
    "url",
    [
        "https://www.broadcast.example/zhongwen/articles/c4nx1yz2abco/trad",  # blind42's BBC 中文 shape
        "https://www.broadcast.example/zhongwen/articles/c4nx1yz2abco/simp",
        "https://news.paper.example/article/3262345/amp",
    ],
)
def test_a_variant_segment_after_an_article_names_the_same_article(url: str) -> None:
    assert shape(url) is Shape.ARTICLE


def test_a_variant_segment_alone_names_no_article() -> None:
    assert shape("https://www.broadcast.example/amp") is not Shape.ARTICLE
