"""crawl13: a redirect whose Location holds GBK bytes (an old IIS CMS with Chinese folder names) led to a
404: httpx read the bytes as Latin-1 and sent them re-encoded as UTF-8. Browsers send such bytes
percent-encoded as they are, and so does the crawler now; a UTF-8 Location keeps working as before."""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from .conftest import articles
from .run import newscorpus
from .server import HostileServer, html, page


def raw_redirect(location: bytes) -> Callable[[BaseHTTPRequestHandler, threading.Event], None]:
    def answer(handler: BaseHTTPRequestHandler, stopping: threading.Event) -> None:
        handler.wfile.write(b"HTTP/1.1 302 Found\r\nLocation: " + location + b"\r\nContent-Length: 0\r\n\r\n")

    return answer


def test_a_location_in_gbk_or_utf8_bytes_reaches_its_page(tmp_path: Path) -> None:
    gbk, utf8 = "/a/2024/0315/1.html", "/a/2024/0315/2.html"
    routes = {
        gbk: raw_redirect("/新闻/2024/0315/1.html".encode("gbk")),
        utf8: raw_redirect("/新闻/2024/0315/2.html".encode()),
        "/%D0%C2%CE%C5/2024/0315/1.html": page(html("跳转到国标码路径的新闻报道")),
        "/%E6%96%B0%E9%97%BB/2024/0315/2.html": page(html("跳转到中文路径的新闻报道")),
    }
    db = tmp_path / "c.db"
    with HostileServer(routes) as site:
        run = newscorpus(
            "fetch", "--db", db, "--delay", "0", "-q", "--articles", f"--allow-private-host={site.netloc}",
            site.url(gbk), site.url(utf8), timeout=60,
        )  # fmt: skip
    run.assert_clean()
    assert run.rc == 0, run.stderr
    assert len(articles(db)) == 2
