"""Hostile servers against `newscorpus fetch` (items 2, 3, 4, 6, 7 and 9 of issue 16), end to end in a
child process: exit code, one-line errors, no traceback, peak memory, and the database afterwards."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import articles, frontier, integrity
from .run import Run, newscorpus
from .server import HostileServer, html, page, redirect, trickle

GOOD = [f"/a/2024/0101/{n}.html" for n in range(1, 9)]


def fetch(db: Path, *args: object, hosts: tuple[HostileServer, ...], **kwargs: object) -> Run:
    allow = [f"--allow-private-host={server.netloc}" for server in hosts]
    return newscorpus("fetch", "--db", db, "--delay", "0", "--json-summary", "-q", *allow, *args, **kwargs)


def summary(run: Run) -> dict:
    return json.loads(run.text.splitlines()[-1])


def good_routes() -> dict:
    return {path: page(html(f"好文章{n}")) for n, path in enumerate(GOOD)}


def test_bad_links_and_redirects_fail_once_and_later_runs_go_on(tmp_path: Path) -> None:
    bad_redirects = {
        "/a/2024/0102/js.html": "javascript:alert(1)",
        "/a/2024/0102/data.html": "data:text/html,<p>x</p>",
        "/a/2024/0102/octal.html": "http://0177.0.0.1/",  # loopback in octal; refused before any connect
        "/a/2024/0102/ctl.html": "/a/2024/0102/x\x01y.html",
    }
    links = [*GOOD, *bad_redirects, "/a/2024/0102/c\x01trl.html", "/a/2024/0102/" + "x" * 70_000]
    routes = {"/": page(html("首页", links=links)), **good_routes()}
    routes.update({path: redirect(target) for path, target in bad_redirects.items()})
    db = tmp_path / "c.db"
    with HostileServer(routes) as site:
        runs = [fetch(db, site.url("/"), hosts=(site,)) for _ in range(3)]
        hits = dict(site.hits)
    for run in runs:
        run.assert_clean()
        assert run.rc == 0, run.stderr  # dead links found while crawling are reported, not fatal
    assert summary(runs[0])["new"] == len(GOOD) and summary(runs[0])["failed"] == len(bad_redirects)
    states = frontier(db)
    for path in bad_redirects:
        assert states[site.url(path)] == "failed", path
        assert hits[path] == 1, path  # recorded as failed: not fetched again by later runs
    # The 70 KB and control-character links were never queued.
    assert all(len(url) < 200 and "\x01" not in url for url in states)
    assert len(articles(db)) == len(GOOD) and integrity(db) == "ok"


def test_stacked_gzip_bomb_is_capped_while_inflating(tmp_path: Path, bomb_2x: bytes) -> None:
    routes = {
        "/a/2024/0101/bomb.html": page(bomb_2x, Content_Encoding="gzip, gzip"),
        "/a/2024/0101/tri.html": page(bomb_2x, Content_Encoding="gzip, gzip, identity, gzip"),
        GOOD[0]: page(html("好文章")),
    }
    db = tmp_path / "c.db"
    with HostileServer(routes) as site:
        run = fetch(db, *(site.url(p) for p in routes), hosts=(site,))
    run.assert_clean()
    assert run.rc == 1 and len(run.error_lines()) == 2, run.stderr
    assert "exceeds 8388608 bytes" in run.stderr and "stacked Content-Encodings" in run.stderr
    # 1 GiB behind 3 KB: the old fetcher reached gigabytes. Bound: the 8 MB cap plus a ~60 MB interpreter.
    assert run.peak_mb < 160, run.peak_mb
    assert articles(db) == [site.url(GOOD[0])]


def test_a_trickling_server_cannot_hold_the_run(tmp_path: Path) -> None:
    routes = {"/a/2024/0101/slow.html": trickle(0.1), GOOD[0]: page(html("好文章"))}
    db = tmp_path / "c.db"
    with HostileServer(routes) as site:
        run = fetch(db, "--deadline", "1.5", "--attempts", "3", *(site.url(p) for p in routes), hosts=(site,))
        slow_hits = site.hits["/a/2024/0101/slow.html"]
    run.assert_clean()
    assert run.rc == 1 and "total deadline" in run.stderr, run.stderr
    assert slow_hits == 1  # a request that used its whole deadline is not retried in the same run
    assert run.seconds < 15
    assert articles(db) == [site.url(GOOD[0])]
    assert frontier(db)[site.url("/a/2024/0101/slow.html")] == "queued"  # tried again by a later run


def test_one_million_nested_divs_fail_fast(tmp_path: Path) -> None:
    deep = b"<html><body>" + b"<div>" * 1_000_000 + "深".encode()  # 5 MB, as in the issue
    routes = {"/a/2024/0101/deep.html": page(deep), GOOD[0]: page(html("好文章"))}
    db = tmp_path / "c.db"
    with HostileServer(routes) as site:
        run = fetch(db, *(site.url(p) for p in routes), hosts=(site,))
    run.assert_clean()
    assert run.rc == 1 and "parse budget" in run.stderr and run.seconds < 20, run.stderr
    assert articles(db) == [site.url(GOOD[0])]


def test_robots_txt_is_checked_on_every_redirect_hop(tmp_path: Path) -> None:
    robots = page(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    with HostileServer(
        {"/robots.txt": page(b"User-agent: *\nDisallow: /\n", content_type="text/plain")}, "127.0.0.2"
    ) as other:
        routes = {
            "/robots.txt": robots,
            "/a/2024/0101/go.html": redirect("/a/2024/0101/hop.html"),
            "/a/2024/0101/hop.html": redirect("/private/2024/0101/1.html"),
            "/private/2024/0101/1.html": page(html("不许抓取")),
            "/a/2024/0101/away.html": redirect(other.url("/a/2024/0101/1.html")),
            GOOD[0]: page(html("好文章")),
        }
        other.routes["/a/2024/0101/1.html"] = page(html("别处不许抓取"))
        db = tmp_path / "c.db"
        with HostileServer(routes) as site:
            entries = [site.url(p) for p in ("/a/2024/0101/go.html", "/a/2024/0101/away.html", GOOD[0])]
            run = fetch(db, *entries, hosts=(site, other))
            hits, other_hits = dict(site.hits), dict(other.hits)
    run.assert_clean()
    assert run.rc == 1 and run.stderr.count("disallowed by robots.txt") == 2, run.stderr
    assert "/private/2024/0101/1.html" not in hits and "/a/2024/0101/1.html" not in other_hits
    assert other_hits["/robots.txt"] == 1
    assert articles(db) == [site.url(GOOD[0])]


def test_allow_private_host_lifts_the_guard_for_that_host_only(tmp_path: Path) -> None:
    with HostileServer({"/a/2024/0101/1.html": page(html("另一台主机"))}, "127.0.0.2") as other:
        routes = {"/a/2024/0101/out.html": redirect(other.url("/a/2024/0101/1.html")), GOOD[0]: page(html("好文章"))}
        with HostileServer(routes) as site:
            entries = [site.url(p) for p in routes]
            only_site = fetch(tmp_path / "a.db", *entries, hosts=(site,))
            refused_hits = other.hits["/a/2024/0101/1.html"]
            env = {"NEWSCORPUS_ALLOW_PRIVATE_HOST": f"{site.netloc} {other.netloc}"}
            both = newscorpus("fetch", "--db", tmp_path / "b.db", "--delay", "0", "-q", *entries, env=env)
    only_site.assert_clean()
    assert only_site.rc == 1 and "refusing non-public address 127.0.0.2" in only_site.stderr
    assert refused_hits == 0  # the redirect guard refused before connecting
    assert articles(tmp_path / "a.db") == [site.url(GOOD[0])]
    both.assert_clean()
    assert both.rc == 0, both.stderr
    assert len(articles(tmp_path / "b.db")) == 2


def test_credentials_and_utm_from_a_redirect_are_not_stored(tmp_path: Path) -> None:
    routes = {"/share/9": None, "/a/2024/0101/9.html": page(html("跳转后的文章"))}
    db = tmp_path / "c.db"
    with HostileServer({}) as site:
        target = site.url("/a/2024/0101/9.html?utm_source=feed&id=7").replace("http://", "http://user:secret@")
        site.routes.update({"/share/9": redirect(target), "/a/2024/0101/9.html": routes["/a/2024/0101/9.html"]})
        run = fetch(db, site.url("/share/9"), hosts=(site,))
    run.assert_clean()
    assert run.rc == 0, run.stderr
    assert articles(db) == [site.url("/a/2024/0101/9.html?id=7")]
    assert not [url for url in frontier(db) if "secret" in url or "utm_" in url]
