"""crawl13: a link whose redirect leaves the crawl's scope (a short link, an ad, a section moved to another
host) was followed: the other site's robots.txt and page were fetched and its story stored as this crawl's
article. It is now recorded with its target and not followed; an entry point's redirect still is (the user
asked for that page: a portal that moved is crawled where it went)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from .conftest import articles, frontier
from .run import Run, newscorpus
from .server import HostileServer, home, html, page, redirect

OWN = "/a/2024/0315/1.html"
AWAY = "/a/2024/0315/2.html"
ELSEWHERE = "/b/2024/0315/9.html"


def crawl(db: Path, entry: str, *servers: HostileServer) -> Run:
    allow = [f"--allow-private-host={server.netloc}" for server in servers]
    return newscorpus("fetch", "--db", db, "--delay", "0", "-q", *allow, entry, timeout=60)


def test_a_link_redirected_off_scope_is_recorded_not_stored(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with HostileServer({ELSEWHERE: page(html("别处网站的新闻报道标题"))}) as other:
        routes = {
            "/": page(home([OWN, AWAY])),
            OWN: page(html("本站新闻报道的标题")),
            AWAY: redirect(other.url(ELSEWHERE)),
        }
        with HostileServer(routes) as site:
            run = crawl(db, site.url("/"), site, other)
        other_hits = sum(other.hits.values())
    run.assert_clean()
    assert run.rc == 0, run.stderr  # a link leading away is no failed input
    assert articles(db) == [site.url(OWN)]
    assert other_hits == 0  # neither its robots.txt nor its page was asked for
    assert frontier(db)[site.url(AWAY)] == "failed"
    with sqlite3.connect(db) as conn:
        (error,) = conn.execute("SELECT last_error FROM frontier WHERE url = ?", [site.url(AWAY)]).fetchone()
    assert other.url(ELSEWHERE) in error and "outside the crawl's scope" in error


def test_an_entry_point_that_moved_to_another_host_is_crawled_there(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    moved = {"/": page(home([ELSEWHERE])), ELSEWHERE: page(html("新站新闻报道"))}
    with HostileServer(moved) as new, HostileServer({"/": redirect(new.url("/"), 301)}) as old:
        run = crawl(db, old.url("/"), old, new)
    run.assert_clean()
    assert run.rc == 0, run.stderr
    assert articles(db) == [new.url(ELSEWHERE)]


def test_off_scope_redirects_share_one_reason_in_stats(tmp_path: Path) -> None:
    """Each target is in the error, but `stats` groups failures by reason: the target must not make every
    off-site redirect a reason of its own."""
    db = tmp_path / "c.db"
    away = [f"/a/2024/0315/{n}.html" for n in range(3)]
    with HostileServer({}) as other:
        routes = {"/": page(home(away)), **{path: redirect(other.url(path)) for path in away}}
        with HostileServer(routes) as site:
            crawl(db, site.url("/"), site, other).assert_clean()
    stats = newscorpus("stats", "--json", "--db", db)
    assert json.loads(stats.text)["failures"] == {"redirected outside the crawl's scope": 3}
