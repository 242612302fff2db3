"""crawl12: --depth counts hops, and a sitemap index's sitemaps are pieces of one list, not a hop: with
--depth 1 (the sitemap's articles, not their related links) an index stored nothing but its children.
An index that lists itself, or a child that lists the index, is read once."""

from __future__ import annotations

import gzip

from .conftest import articles
from .run import newscorpus
from .server import HostileServer, html, page

STORIES = [f"/sm/2024/0315/{n}.html" for n in (1, 2, 3)]


def urlset(base: str, paths: list[str]) -> bytes:
    urls = "".join(f"<url><loc>{base}{path}</loc></url>" for path in paths)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()


def test_a_sitemap_index_at_depth_one_stores_its_childrens_articles_once(tmp_path) -> None:
    routes: dict = {path: page(html(f"站点地图新闻{path}", links=["/sm/2024/0316/9.html"])) for path in STORIES}
    db = tmp_path / "c.db"
    with HostileServer(routes) as site:
        base = site.url("")
        index = "".join(f"<sitemap><loc>{base}{p}</loc></sitemap>" for p in ("/a.xml.gz", "/b.xml", "/index.xml"))
        routes["/index.xml"] = page(
            f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}'
            "</sitemapindex>".encode(),
            content_type="application/xml",
        )
        routes["/a.xml.gz"] = page(gzip.compress(urlset(base, STORIES[:2])), content_type="application/x-gzip")
        routes["/b.xml"] = page(urlset(base, [STORIES[2], "/index.xml"]), content_type="text/xml")
        result = newscorpus(
            "fetch", "--db", db, "--delay", "0", "-q", "--depth", "1", f"--allow-private-host={site.netloc}",
            "--sitemap", site.url("/index.xml"), timeout=60,
        )  # fmt: skip
        hits = dict(site.hits)
    assert result.rc == 0, result.stderr
    assert articles(db) == sorted(site.url(path) for path in STORIES)  # not their related link: depth 1
    assert hits["/index.xml"] == 1 and hits["/a.xml.gz"] == 1 and hits["/b.xml"] == 1
