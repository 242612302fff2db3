"""crawl13: links that lead nowhere, as portals serve them. A dead story redirected to the home page became
a hub re-read on every run (one more home page fetch per run, per dead story, for ever); a 200 with an empty
body was read as an empty list page, no failure; a body cut short of its Content-Length and a connection
closed before any answer were both logged 'cannot connect', though the server was reached."""

from __future__ import annotations

import json
import sqlite3
import threading
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from .conftest import articles
from .run import newscorpus
from .server import HostileServer, home, html, page, redirect

SENT_HOME = "/a/2024/0315/1.html"
EMPTY = "/a/2024/0315/2.html"
CUT = "/a/2024/0315/3.html"
SILENT = "/a/2024/0315/4.html"
GOOD = "/a/2024/0315/5.html"


def cut_short(handler: BaseHTTPRequestHandler, stopping: threading.Event) -> None:
    body = html("只发了一半的新闻报道")
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", str(len(body) + 500))
    handler.end_headers()
    handler.wfile.write(body)
    handler.close_connection = True


def hang_up(handler: BaseHTTPRequestHandler, stopping: threading.Event) -> None:
    handler.close_connection = True


def test_dead_ends_are_failures_with_their_reason_and_never_hubs(tmp_path: Path) -> None:
    routes = {
        "/": page(home([SENT_HOME, EMPTY, CUT, SILENT, GOOD])),
        SENT_HOME: redirect("/"),
        EMPTY: page(b""),
        CUT: cut_short,
        SILENT: hang_up,
        GOOD: page(html("好新闻报道")),
    }
    db = tmp_path / "c.db"
    args = ("fetch", "--db", db, "--delay", "0", "-q", "--attempts", "1")
    with HostileServer(routes) as site:
        runs = [newscorpus(*args, f"--allow-private-host={site.netloc}", site.url("/"), timeout=60) for _ in "12"]
        hits = dict(site.hits)
    for run in runs:
        run.assert_clean()
        assert run.rc == 0, run.stderr  # dead links found while crawling are reported, not fatal
    assert articles(db) == [site.url(GOOD)]
    assert hits[SENT_HOME] == 1 and hits["/"] == 3  # two runs' entry point, and the redirect once
    with sqlite3.connect(db) as conn:
        rows = dict(conn.execute("SELECT url, state || ' ' || last_error FROM frontier WHERE last_error IS NOT NULL"))
    reasons = {url.removeprefix(site.url("")): row.split(": ", 1)[1] for url, row in rows.items()}
    assert reasons[EMPTY].startswith("empty answer (HTTP 200 without a body)")
    assert reasons[CUT].startswith("answer cut off (")
    assert reasons[SILENT].startswith("no answer (")
    assert all(row.startswith("queued ") for row in rows.values())  # each tried again on a later run


def test_a_run_whose_articles_were_dead_links_made_progress(tmp_path: Path) -> None:
    """--max-pages spent on dead article links (404s) before the live ones: the run tried articles, its dead
    links are reported, and the exit is 0. It said 'no article reached' and exited 1, as if hubs had eaten
    the budget, though the README promises dead links found while crawling are not fatal."""
    dead = [f"/a/2024/0314/{n}.html" for n in range(3)]
    live = [f"/a/2024/0315/{n}.html" for n in range(5)]
    routes = {"/": page(home([*dead, *live])), **{path: page(html(f"新闻报道{path}")) for path in live}}
    db = tmp_path / "c.db"
    with HostileServer(routes) as site:
        run = newscorpus(
            "fetch", "--db", db, "--delay", "0", "--per-host", "1", "--concurrency", "1", "-q", "--json-summary",
            "--max-pages", "4", f"--allow-private-host={site.netloc}", site.url("/"), timeout=60,
        )  # fmt: skip
    run.assert_clean()
    summary = json.loads(run.text)
    assert summary["failed"] == 3 and summary["articles_left_in_queue"] == 5, summary
    assert run.rc == 0 and summary["stalled"] is False, run.text


def test_a_story_link_answering_a_not_found_page_is_read_once(tmp_path: Path) -> None:
    """A CMS's 200 "page not found" (or a login wall a story redirects to) at a link made as a story's was
    kept as a list and re-read on every run, for ever, one more per dead link. A page that holds no story
    and links to no story is read once; a story link that turns out a real list (its own stories) stays one."""
    soft_404 = (
        "<html><head><meta charset='utf-8'><title>页面不存在</title></head><body><a href='/'>首页</a>"
        "<h1>抱歉，您访问的页面不存在或已被删除</h1><p>3秒后返回首页</p></body></html>"
    ).encode()
    gone, login, topic = "/a/2024/0315/1.html", "/a/2024/0315/2.html", "/a/2024/0315/3.html"
    topic_stories = [f"/a/2024/0316/{n}.html" for n in range(3)]
    routes = {
        "/": page(home([gone, login, topic])),
        gone: page(soft_404),
        login: redirect("/login?from=a2"),
        "/login": page(b"<html><body><form><input name='user'></form></body></html>"),
        topic: page(home(topic_stories)),
        **{path: page(html(f"专题里的新闻报道{path}")) for path in topic_stories},
    }
    db = tmp_path / "c.db"
    args = ("fetch", "--db", db, "--delay", "0", "-q")
    with HostileServer(routes) as site:
        runs = [newscorpus(*args, f"--allow-private-host={site.netloc}", site.url("/"), timeout=60) for _ in "12"]
        hits = dict(site.hits)
    for run in runs:
        run.assert_clean()
        assert run.rc == 0, run.stderr
    assert hits[gone] == 1 and hits[login] == 1 and hits["/login"] == 1
    assert hits[topic] == 2  # a list: re-read, where new stories appear
    assert articles(db) == sorted(site.url(path) for path in topic_stories)
