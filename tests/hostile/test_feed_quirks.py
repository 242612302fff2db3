"""crawl12: feeds and sitemaps as portals really serve them. An rss.xml or sitemap.xml sent as text/html
is still read as one (it was stored as an "article" of its own), and a relative <link>, Atom href or <loc>,
or an RSS item that names its story only by its <guid>, still leads to the story (they were dropped)."""

from __future__ import annotations

import pytest

from newscorpus import discover
from newscorpus.fetch import is_xml

from .conftest import articles, frontier
from .run import newscorpus
from .server import HostileServer, html, page

RSS = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>
<item><title>1</title><link>{base}/feed/2024/0315/201.html</link><pubDate>Fri, 15 Mar 2024 10:00 +0800</pubDate></item>
<item><title>二</title><link> /feed/2024/0315/202.html </link><pubDate>2024年3月15日</pubDate></item>
<item><title>三</title><guid>{base}/feed/2024/0315/203.html</guid></item>
<item><title>四</title><guid isPermaLink="false">tag-204</guid></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>A</title><link href="2024/0315/301.html"/><updated>15/03/2024</updated></entry>
</feed>"""
SITEMAP = """<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>/sm/2024/0315/401.html</loc></url><url><loc></loc></url><url><loc>javascript:void(0)</loc></url>
</urlset>"""


def test_feeds_and_sitemaps_served_as_html_with_relative_links_reach_every_story(tmp_path) -> None:
    stories = [f"/feed/2024/0315/{n}.html" for n in (201, 202, 203, 301)] + ["/sm/2024/0315/401.html"]
    routes = {path: page(html(f"订阅新闻{path}")) for path in stories}
    db = tmp_path / "c.db"
    with HostileServer(routes) as site:
        base = site.url("")
        routes["/rss.xml"] = page(RSS.format(base=base).encode(), content_type="text/html; charset=utf-8")
        routes["/feed/atom.xml"] = page(ATOM.encode(), content_type="application/atom+xml")
        routes["/sitemap.xml"] = page(SITEMAP.encode(), content_type="text/html")
        result = newscorpus(
            "fetch", "--db", db, "--delay", "0", "-q", f"--allow-private-host={site.netloc}",
            "--feed", site.url("/rss.xml"), "--feed", site.url("/feed/atom.xml"), "--sitemap", site.url("/sitemap.xml"),
            timeout=60,
        )  # fmt: skip
    assert result.rc == 0, result.stderr
    assert articles(db) == sorted(site.url(path) for path in stories)
    assert not any("tag-204" in url for url in frontier(db))


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("text/html; charset=gb2312", b'\xef\xbb\xbf<?xml version="1.0"?>\n<?xml-stylesheet href="a.xsl"?><rss>', True),
        ("text/html", b"<?xml version='1.0'?><!-- generator --><sitemapindex xmlns='x'>", True),
        ("text/html", b'<?xml version="1.0"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">', False),
        ("text/html", b"<html><body><feed>not a feed</feed>", False),
    ],
)  # fmt: skip
def test_a_feed_or_sitemap_is_told_by_its_root_element_whatever_its_content_type(
    content_type: str, body: bytes, expected: bool
) -> None:
    assert is_xml(content_type, body) is expected


def test_feed_links_are_absolute_against_the_feed_url() -> None:
    links = discover.feed_links(ATOM.encode(), "http://news.example.com/feed/atom.xml")
    assert [link.url for link in links] == ["http://news.example.com/feed/2024/0315/301.html"]
