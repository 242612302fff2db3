"""Canonical URLs, the private-address guard, sitemap/feed discovery, generic link classification, the lock."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus import discover, settings
from newscorpus.crawl.scope import Scope
from newscorpus.errors import InvalidURLError, LockedError
from newscorpus.lock import run_lock
from newscorpus.urls import canonicalize

from .crawlportal import list_html


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("HTTP://News.Example.COM:80/a/B.html#top", "http://news.example.com/a/B.html"),
        ("https://example.com:443", "https://example.com/"),
        ("http://example.com:8080/x?id=7&utm_source=wx&spm=a.b&from=timeline", "http://example.com:8080/x?id=7"),
        ("http://example.com/x?UTM_Medium=1&page=2", "http://example.com/x?page=2"),
    ],
)
def test_canonicalize(raw: str, canonical: str) -> None:
    assert canonicalize(raw) == canonical


def test_canonicalize_refuses_other_schemes() -> None:
    with pytest.raises(InvalidURLError):
        canonicalize("ftp://example.com/file")


def test_scope_is_same_site_plus_allowed_domains() -> None:
    scope = Scope.of(["http://www.example.com/"], ["other.example:8001", "partner.example"])
    assert "http://news.example.com/a.html" in scope
    assert "http://example.com:8001/a.html" not in scope  # another port is another host
    assert "http://other.example:8001/a" in scope and "http://other.example:8002/a" not in scope
    assert "https://m.partner.example/a" in scope
    assert "http://elsewhere.example/" not in scope


def test_sitemap_index_news_sitemap_gzip_and_feeds() -> None:
    index = (
        b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<sitemap><loc>http://example.com/news.xml.gz</loc></sitemap></sitemapindex>"
    )
    news = gzip.compress(
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        b' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>http://example.com/a/1.html</loc>'
        b"<news:news><news:title>t</news:title></news:news></url></urlset>"
    )
    assert discover.xml_kind(index, "i") == discover.SITEMAP
    assert discover.sitemap_links(index, "i") == [discover.Link("http://example.com/news.xml.gz", discover.SITEMAP)]
    assert discover.sitemap_links(news, "n") == [discover.Link("http://example.com/a/1.html", discover.ARTICLE)]
    rss = b"<rss><channel><item><title>t</title><link>http://example.com/r/1.html</link></item></channel></rss>"
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="alternate" href="http://example.com/at/1"/>'
        b'<link rel="edit" href="http://example.com/edit/1"/></entry></feed>'
    )
    assert discover.xml_kind(rss, "r") == discover.FEED and discover.xml_kind(atom, "a") == discover.FEED
    assert [link.url for link in discover.feed_links(rss, "r")] == ["http://example.com/r/1.html"]
    assert [link.url for link in discover.feed_links(atom, "a")] == ["http://example.com/at/1"]


def test_gzip_bomb_is_refused() -> None:
    bomb = gzip.compress(b"<urlset>" + b" " * (settings.MAX_SITEMAP_BYTES + (1 << 20)) + b"</urlset>")
    with pytest.raises(Exception, match="exceeds"):
        discover.sitemap_links(bomb, "http://example.com/s.xml.gz")


def test_generic_link_classification() -> None:
    html = list_html(
        "频道",
        [
            ("/news/2024/0315/77.html", "短"),  # a dated URL is an article, whatever the anchor says
            ("/story?id=9", "这是一条足够长的新闻标题文字"),  # long anchor text
            ("/about.html", "关于"),  # a short nav link: a channel only on entry pages
            ("/logo.png", "这是一张很长很长的图片说明文字啊"),
        ],
        next_page="/news/index_2.html",
    ).decode()
    tree = LexborHTMLParser(html)
    links = {link.url: link.kind for link in discover.html_links(tree, "http://example.com/news/", None, True)}
    assert links["http://example.com/news/2024/0315/77.html"] == discover.ARTICLE
    assert links["http://example.com/story?id=9"] == discover.ARTICLE
    assert links["http://example.com/about.html"] == discover.LIST
    assert links["http://example.com/news/index_2.html"] == discover.PAGE
    assert "http://example.com/logo.png" not in links
    inner = {link.url for link in discover.html_links(tree, "http://example.com/news/", None, False)}
    assert "http://example.com/about.html" not in inner


def test_lock_refuses_a_second_holder(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    with run_lock(db), pytest.raises(LockedError, match="another newscorpus run"), run_lock(db):
        pass
    with run_lock(db):  # released: the next run gets it
        pass
