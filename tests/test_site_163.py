"""163.com rule: template variants the saved pages lack, and the home-page article links."""

from __future__ import annotations

import re

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.decode import decode_html
from newscorpus.localfiles import parse_file

from .sitefixtures import byline, parse_fixture

ARTICLE_URL = re.compile(
    r"^https?://[a-z0-9.]+\.163\.com/(\d{2}/\d{4}/\d{2}/|article/|[a-z]+/article/)[0-9A-Z]{16}\.html$"
)


def test_dy_article_template(registry) -> None:
    article = parse_fixture(registry, "163/dy-article.html", "https://www.163.com/dy/article/IJ5K8M9A0512ABCD.html")
    assert article.parser == "163" and not article.fell_back
    assert byline(article) == (
        "县城咖啡店一年开了三十家，谁在喝？",
        "2023-11-02T09:15:30+08:00",
        "县域经济观察",  # the 网易号 account publishing the post is its author, no outlet (README: Bylines)
        None,
        None,
    )
    assert article.paragraphs[0].startswith("今年以来")
    assert "县城街头新开的咖啡店。" not in article.paragraphs  # caption inside p.f_center
    assert "价格战背后" in article.paragraphs
    # A story sentence mentioning 记者 is neither dropped nor read as a byline.
    assert any(p.startswith("记者注意到") for p in article.paragraphs)
    assert len(article.paragraphs) == 5


def test_post_main_template_reads_post_author(registry) -> None:
    article = parse_fixture(
        registry, "163/post-main-news.html", "https://www.163.com/news/article/IJ4A1B2C000189FH.html"
    )
    assert byline(article)[1:] == ("2023-10-31T08:30:12+08:00", None, "新京报", "王晓易")
    assert article.paragraphs == [
        "住房和城乡建设部近日公布第一批城市更新试点名单，共有21个城市入选。",
        "试点期为两年，重点探索城市更新统筹谋划机制和可持续模式。",
    ]


def test_related_box_keeps_snippet_from_hidden_copy(registry, shared_pages) -> None:
    article = parse_file(
        shared_pages / "163/5.html", "https://news.163.com/19/0907/16/EOG1Q3BU0001875P.html", None, registry
    )
    assert len(article.related) == 1
    assert article.related[0].snippet is not None and article.related[0].snippet.startswith("近日，四川江油")


@pytest.fixture
def home_links(registry, shared_pages) -> list[str]:
    page = decode_html((shared_pages / "_list/163/1.html").read_bytes()).text
    rule = registry.by_name("163")
    assert rule is not None
    return rule.links(LexborHTMLParser(page), "https://news.163.com/")


def test_list_page_yields_only_article_links(home_links: list[str]) -> None:
    # The page shows ~120 distinct article headlines (top news, feed, channel boxes, focus slider).
    assert 100 <= len(home_links) <= 140
    assert [link for link in home_links if not ARTICLE_URL.match(link)] == []
    assert len(set(home_links)) == len(home_links)


def test_list_page_keeps_headlines_and_skips_navigation(home_links: list[str]) -> None:
    assert "https://news.163.com/20/0530/01/FDRAMOLJ0001899O.html" in home_links  # top news, href has a leading space
    assert "http://dy.163.com/article/FIVNM2LD0537A693.html" in home_links  # 网易号 post in the feed
    assert "http://data.163.com/20/0731/20/FIT0B0MS000181IU.html" in home_links  # 数读 channel box
    for nav in ("http://news.163.com/domestic/", "http://www.163.com/", "http://data.163.com/special/datablog/"):
        assert nav not in home_links
    assert not any("/photoview/" in link or "/keywords/" in link or "comment.tie" in link for link in home_links)
