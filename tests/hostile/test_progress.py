"""Item 5 of issue 16: hubs cannot eat --max-pages forever, one page cannot flood the queue, and a run
that reached no waiting article says so instead of "ok": true."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from .conftest import articles, integrity
from .run import Run, newscorpus
from .server import HostileServer, html, page

CHANNELS = 12
PER_CHANNEL = 3


def portal() -> dict:
    """A home page linking to many channels (hubs), each listing a few articles."""
    channel_links = [f"/c{n}/" for n in range(CHANNELS)]
    home = "".join(f'<a href="{link}">频道{n}</a>' for n, link in enumerate(channel_links))
    routes = {"/": page(f"<html><body><nav>{home}</nav></body></html>".encode())}
    for n, link in enumerate(channel_links):
        paths = [f"/a/2024/01{n:02d}/{k}.html" for k in range(PER_CHANNEL)]
        routes[link] = page(html(f"频道{n}", links=paths))
        routes.update({path: page(html(f"频道{n}的新闻{k}")) for k, path in enumerate(paths)})
    return routes


def run(db: Path, site: HostileServer, *args: object, **kwargs: object) -> Run:
    result = newscorpus(
        "fetch",
        "--db",
        db,
        "--delay",
        "0",
        "--json-summary",
        "-q",
        f"--allow-private-host={site.netloc}",
        *args,
        site.url("/"),
        **kwargs,
    )
    result.assert_clean()
    return result


def test_every_run_reaches_articles_although_hubs_alone_fill_max_pages(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with HostileServer(portal()) as site:
        runs = [run(db, site, "--max-pages", "8") for _ in range(3)]
    new = [json.loads(r.text)["new"] for r in runs]
    # 13 hubs against a budget of 8: before, every run refetched hubs only and stored nothing after run 1.
    assert new[1] >= 4 and new[2] >= 4, new
    assert len(articles(db)) == sum(new) and integrity(db) == "ok"


def test_a_run_that_reached_no_waiting_article_is_not_ok(tmp_path: Path) -> None:
    links = [f"/a/2024/0101/{n}.html" for n in range(10)]
    routes = {"/": page(html("首页", links=links)), **{p: page(html(f"新闻{n}")) for n, p in enumerate(links)}}
    db = tmp_path / "c.db"
    with HostileServer(routes) as site:
        stalled = run(db, site, "--max-pages", "1")
    summary = json.loads(stalled.text)
    assert stalled.rc == 1 and summary["ok"] is False and summary["stalled"] is True, stalled.text
    assert summary["articles_left_in_queue"] == len(links)


def test_one_page_cannot_queue_more_than_the_cap(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with HostileServer({}) as site:
        urls = "".join(f"<url><loc>{site.url(f'/a/2024/0101/{n}.html')}</loc></url>" for n in range(2000))
        sitemap = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
        site.routes["/sitemap.xml"] = page(sitemap.encode(), content_type="application/xml")
        newscorpus(
            "fetch",
            "--db",
            db,
            "-q",
            "--max-pages",
            "1",
            f"--allow-private-host={site.netloc}",
            "--sitemap",
            site.url("/sitemap.xml"),
            overrides={"MAX_LINKS_PER_PAGE": 500},
        ).assert_clean()
    with sqlite3.connect(db) as conn:
        queued = conn.execute("SELECT count(*) FROM frontier WHERE kind = 'article'").fetchone()[0]
    assert queued == 500
