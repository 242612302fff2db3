"""crawl12: a sitemap or feed cut off mid-download, or broken by a stray byte, gives the entries it
completed (the whole file failed as "malformed XML" and every URL in it was lost); the entry the break cut
in half is dropped. What is no sitemap or feed, or broke before its first entry, still fails with its reason."""

from __future__ import annotations

import pytest

from newscorpus import discover
from newscorpus.errors import FetchError

BASE = "http://news.example.com/sitemap.xml"
URLSET = b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'


def urls(links: list[discover.Link]) -> list[str]:
    return [link.url for link in links]


def test_a_truncated_sitemap_gives_its_complete_entries() -> None:
    entries = b"<url><loc>http://news.example.com/a/1.html</loc></url><url><loc>/a/2.html</loc></url>"
    content = URLSET + entries + b"<url><loc>http://news.ex"
    expected = ["http://news.example.com/a/1.html", "http://news.example.com/a/2.html"]
    assert urls(discover.sitemap_links(content, BASE)) == expected


def test_a_truncated_sitemap_index_gives_its_complete_sitemaps() -> None:
    content = b"<sitemapindex><sitemap><loc>http://news.example.com/s1.xml</loc></sitemap><sitemap><loc>http"
    links = discover.sitemap_links(content, BASE)
    assert urls(links) == ["http://news.example.com/s1.xml"] and links[0].kind is discover.SITEMAP


def test_a_feed_broken_by_a_stray_byte_gives_the_items_before_it() -> None:
    content = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        b"<item><link>http://news.example.com/a/1.html</link></item>\x01"
        b"<item><link>http://news.example.com/a/2.html</link></item></channel></rss>"
    )
    assert urls(discover.feed_links(content, BASE)) == ["http://news.example.com/a/1.html"]


@pytest.mark.parametrize(
    "content",
    [
        b"<html><body>404 not found<br></body>",  # a soft 404 page where the sitemap was
        URLSET + b"<url><loc>http://news.ex",  # broke inside its first entry
        b"\x00\x01 not xml at all",
    ],
)
def test_what_gives_no_entry_still_fails_as_malformed(content: bytes) -> None:
    with pytest.raises(FetchError, match="malformed XML"):
        discover.sitemap_links(content, BASE)
