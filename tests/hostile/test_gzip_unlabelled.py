"""crawl13: a body still gzipped after its Content-Encoding was undone (a pre-compressed .html.gz sent as
text/html without the header, or gzip twice with one layer named) was read as bytes: the story was taken
for an empty list page and lost. It is inflated under the same size cap as any encoded body."""

from __future__ import annotations

import gzip
from pathlib import Path

from .conftest import articles
from .run import newscorpus
from .server import HostileServer, html, page

UNLABELLED = "/a/2024/0315/1.html"
TWICE = "/a/2024/0315/2.html"
BOMB = "/a/2024/0315/3.html"


def test_gzip_bodies_without_their_header_are_read_and_capped(tmp_path: Path, bomb_2x: bytes) -> None:
    routes = {
        UNLABELLED: page(gzip.compress(html("未声明压缩的新闻报道"))),
        TWICE: page(gzip.compress(gzip.compress(html("压缩两次的新闻报道"))), Content_Encoding="gzip"),
        BOMB: page(bomb_2x),
    }
    db = tmp_path / "c.db"
    with HostileServer(routes) as site:
        run = newscorpus(
            "fetch", "--db", db, "--delay", "0", "-q", "--articles", f"--allow-private-host={site.netloc}",
            *(site.url(path) for path in routes), timeout=60,
        )  # fmt: skip
    run.assert_clean()
    assert run.rc == 1 and run.error_lines() == [
        f"newscorpus: error: {site.url(BOMB)}: decoded body exceeds 8388608 bytes"
    ]
    assert run.peak_mb < 160, run.peak_mb  # the 8 MB cap plus the interpreter, not the bomb's 256 MiB
    assert articles(db) == [site.url(UNLABELLED), site.url(TWICE)]
