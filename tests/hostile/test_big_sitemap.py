"""crawl13: a news sitemap above MAX_BODY_BYTES (8 MB: 20,000 stories with their news: and image: tags) was
refused whole, 'body exceeds', and none of its stories was reached. A body labelled XML or gzip may reach
sitemaps.org's own limit (MAX_SITEMAP_BYTES, 50 MB) in bounded memory; HTML keeps the 8 MB cap."""

from __future__ import annotations

import gzip
import sqlite3
from pathlib import Path

from newscorpus import settings

from .run import newscorpus
from .server import HostileServer, html, page

STORIES = 20_000


def news_sitemap(site: HostileServer) -> bytes:
    entry = (
        "<url><loc>{loc}</loc><news:news><news:publication><news:name>测试日报</news:name>"
        "<news:language>zh</news:language></news:publication><news:publication_date>2024-03-15T08:00:00+08:00"
        "</news:publication_date><news:title>这是一条很长的新闻标题用于测试站点地图的大小第{n}条</news:title>"
        "</news:news><image:image><image:loc>{loc}.jpg</image:loc></image:image></url>"
    )
    urls = "".join(entry.format(loc=site.url(f"/a/2024/0315/{n}.html"), n=n) for n in range(STORIES))
    return (
        "<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'"
        " xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'"
        f" xmlns:image='http://www.google.com/schemas/sitemap-image/1.1'>{urls}</urlset>"
    ).encode()


def test_a_news_sitemap_over_the_html_cap_is_read(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with HostileServer({"/a/2024/0315/0.html": page(html("站点地图里的第一条新闻"))}) as site:
        body = news_sitemap(site)
        assert settings.MAX_BODY_BYTES < len(body) < settings.MAX_SITEMAP_BYTES
        site.routes["/news.xml"] = page(body, content_type="application/xml")
        site.routes["/news.xml.gz"] = page(gzip.compress(body), content_type="application/x-gzip")
        allow = f"--allow-private-host={site.netloc}"
        args = ("fetch", "--db", db, "--delay", "0", "-q", "--max-pages", "2", allow, "--sitemap")
        runs = [newscorpus(*args, site.url(path), timeout=90) for path in ("/news.xml", "/news.xml.gz")]
    for run in runs:
        run.assert_clean()
        assert run.rc == 0, run.stderr
        assert run.peak_mb < 300, run.peak_mb  # the bytes, the parse (~50 MB above them) and the interpreter
    with sqlite3.connect(db) as conn:
        (queued,) = conn.execute("SELECT count(*) FROM frontier WHERE kind = 'article'").fetchone()
    assert queued == STORIES
