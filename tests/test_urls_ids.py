"""Canonical URLs drop tracking parameters and nothing else: an article's id in the query survives as
written, so two articles never fold onto one URL."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from newscorpus.pipeline import canonical_url
from newscorpus.urls import canonicalize, identity

from .test_url_shapes import rows


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        # WeChat: __biz's base64 padding and mid/idx/sn stay as written; the sharer's params go.
        (
            "https://mp.weixin.example/s?__biz=MzA3MDM3NjE5NQ==&mid=2650912345&idx=1&sn=3f8e&chksm=ab12&scene=21",
            "https://mp.weixin.example/s?__biz=MzA3MDM3NjE5NQ==&mid=2650912345&idx=1&sn=3f8e",
        ),
        (
            "https://bjh.example/s?id=1799123456789012345&wfr=spider&for=pc",
            "https://bjh.example/s?id=1799123456789012345&for=pc",
        ),
        ("https://blog.example/?p=1234&utm_source=rss&utm_medium=feed", "https://blog.example/?p=1234"),
        (
            "http://bbs.example/viewthread.php?tid=98765&from=timeline&spm=a.b.c",
            "http://bbs.example/viewthread.php?tid=98765",
        ),
        # A key without a value is the id on some CMSs; re-encoding made it "?20240515123=".
        ("http://cms.example/show?20240515123", "http://cms.example/show?20240515123"),
        ("http://cms.example/a?&&id=5&", "http://cms.example/a?id=5"),
        # Spaces and non-ASCII text are percent-encoded as a browser sends them; existing escapes stay.
        (
            "http://cms.example/s?tag=新闻 速递&x=%E6%96%B0",
            "http://cms.example/s?tag=%E6%96%B0%E9%97%BB%20%E9%80%9F%E9%80%92&x=%E6%96%B0",
        ),
    ],
)
def test_article_ids_in_the_query_survive_canonicalisation(raw: str, canonical: str) -> None:
    assert canonicalize(raw) == canonical
    assert canonicalize(canonical) == canonical  # a fixed point: a stored URL queues as itself


def test_no_two_article_shapes_of_the_table_fold_onto_one_url() -> None:
    """Every article row moved onto one host keeps its own identity, and its id keys."""
    moved = {}
    for row in rows():
        if row.is_article:
            parts = urlsplit(row.url)
            moved[row.url] = identity(f"http://one.example{parts.path}" + (f"?{parts.query}" if parts.query else ""))
    assert len(set(moved.values())) == len(moved)
    for original, canonical in moved.items():
        for key in ("id=", "p=", "tid=", "aid=", "mid=", "__biz=", "newsid=", "articleId=", "docid="):
            if f"?{key}" in original or f"&{key}" in original:
                assert f"?{key}" in canonical or f"&{key}" in canonical, (original, canonical)


@pytest.mark.parametrize(
    ("url", "declared", "stored"),
    [
        # Template defaults naming another page: the fetched URL names the article.
        ("http://cms.example/show.php?id=123", "/show.php", "http://cms.example/show.php?id=123"),
        ("http://cms.example/news/2024/0515/123.html", "/", "http://cms.example/news/2024/0515/123.html"),
        ("http://cms.example/a/7368123456", "/news/", "http://cms.example/a/7368123456"),
        ("http://cms.example/a/7368123456", "/list.php?catid=2", "http://cms.example/a/7368123456"),
        # A real canonical: the same story's clean URL, or its desktop page for a mobile copy.
        ("http://cms.example/a/7368123456?spm=1&page=1", "/a/7368123456", "http://cms.example/a/7368123456"),
        (
            "http://cms.example/m/detail/27312345",
            "/newsDetail_forward_27312345",
            "http://cms.example/newsDetail_forward_27312345",
        ),
        # Nothing article-shaped either side: the page's word is taken (a channel's clean URL).
        ("http://cms.example/news/?from=nav", "/news/", "http://cms.example/news/"),
    ],
)
def test_a_template_canonical_never_folds_articles_onto_another_page(url: str, declared: str, stored: str) -> None:
    html = f'<html><head><link rel="canonical" href="{declared}"></head><body></body></html>'
    assert canonical_url(html, url) == stored
