"""crawl13: a 503 or 429 asking for a long pause (Retry-After: 3600, or an HTTP-date) held its host, and
with it the run, RETRY_BACKOFF_MAX_S per attempt: one such answer cost a minute. Now the URL is not retried
in the run, the host's other URLs are left queued rather than each asking again, and the frontier waits
what the server asked before trying the URL again."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newscorpus.fetch import retry_after_seconds

from .conftest import articles
from .run import newscorpus
from .server import HostileServer, home, html, page

BUSY = "/a/2024/0315/0.html"
GOOD = [f"/a/2024/0315/{n}.html" for n in range(1, 7)]


@pytest.mark.parametrize("retry_after", ["3600", "Wed, 21 Oct 2099 07:28:00 GMT"])
def test_a_long_retry_after_leaves_the_host_for_a_later_run(tmp_path: Path, retry_after: str) -> None:
    routes = {
        "/": page(home([*GOOD[:2], BUSY, *GOOD[2:]])),
        BUSY: page(b"busy", 503, "text/plain", Retry_After=retry_after),
        **{path: page(html(f"新闻报道{path}")) for path in GOOD},
    }
    db = tmp_path / "c.db"
    args = ("fetch", "--db", db, "--delay", "0", "--per-host", "1", "-q")
    with HostileServer(routes) as site:
        first = newscorpus(*args, f"--allow-private-host={site.netloc}", site.url("/"), timeout=60)
        routes["/"] = page(home([]))  # the next run finds nothing new: it fetches what the first left
        second = newscorpus(*args, f"--allow-private-host={site.netloc}", site.url("/"), timeout=60)
        busy_hits = site.hits[BUSY]
    for run in (first, second):
        run.assert_clean()
        assert run.rc == 0, run.stderr
    assert first.seconds < 20, first.seconds  # it waited 2 x 30 s before
    assert busy_hits == 1  # not retried in the run, nor by the next one within the hour
    assert articles(db) == sorted(site.url(path) for path in GOOD)
    with sqlite3.connect(db) as conn:
        (next_try,) = conn.execute("SELECT next_try_at FROM frontier WHERE url = ?", [site.url(BUSY)]).fetchone()
    assert datetime.fromisoformat(next_try) > datetime.now(UTC) + timedelta(minutes=50)


def test_retry_after_is_read_as_seconds_or_as_an_http_date() -> None:
    assert retry_after_seconds("120") == 120.0
    in_an_hour = (datetime.now(UTC) + timedelta(hours=1)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    assert 3500 < (retry_after_seconds(in_an_hour) or 0) <= 3600
    assert retry_after_seconds("Sun, 06 Nov 1994 08:49:37 GMT") == 0.0  # past: ask again at once
    assert retry_after_seconds("soon") is None
