"""A hostile HTTP server on loopback: each route is a function that writes whatever bytes it likes.

Bounded: it binds 127.0.0.1 / 127.0.0.2 only, its threads are daemons, slow answers stop as soon as the
server closes, and it shuts itself down after ``lifetime`` seconds even if a test forgets to.
"""

from __future__ import annotations

import contextlib
import gzip
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Answer = Callable[[BaseHTTPRequestHandler, threading.Event], None]
LOOPBACK = ("127.0.0.1", "127.0.0.2")


class HostileServer:
    def __init__(self, routes: dict[str, Answer], host: str = "127.0.0.1", lifetime: float = 40.0) -> None:
        assert host in LOOPBACK, "hostile servers live on loopback only"
        self.routes = routes
        self.host = host
        self.lifetime = lifetime
        self.hits: Counter[str] = Counter()
        self.stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self.port = 0  # kept after the server closed, so URLs can still be compared
        self._timer: threading.Timer | None = None

    def url(self, path: str) -> str:
        assert self.port, "server not started"
        return f"http://{self.host}:{self.port}{path}"

    @property
    def netloc(self) -> str:
        return self.url("").removeprefix("http://")

    def __enter__(self) -> HostileServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                server.hits[path] += 1
                answer = server.routes.get(path, not_found)
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up, rightly
                    answer(self, server.stopping)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer((self.host, 0), Handler)
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        self._timer = threading.Timer(self.lifetime, self.close)
        self._timer.daemon = True
        self._timer.start()
        return self

    def close(self) -> None:
        self.stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __exit__(self, *exc: object) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self.close()


# --- answers -------------------------------------------------------------------------------------------


def page(body: bytes, status: int = 200, content_type: str = "text/html; charset=utf-8", **headers: str) -> Answer:
    def answer(handler: BaseHTTPRequestHandler, stopping: threading.Event) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            handler.send_header(name.replace("_", "-"), value)
        handler.end_headers()
        handler.wfile.write(body)

    return answer


def redirect(location: str, status: int = 302) -> Answer:
    return page(b"", status, Location=location)


def not_found(handler: BaseHTTPRequestHandler, stopping: threading.Event) -> None:
    page(b"not found", 404, "text/plain")(handler, stopping)


def trickle(interval: float) -> Answer:
    """Promise a megabyte, then send one byte per ``interval`` until the client leaves or the server stops:
    never slow enough for a read timeout, never done."""

    def answer(handler: BaseHTTPRequestHandler, stopping: threading.Event) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(1 << 20))
        handler.end_headers()
        handler.wfile.write(b"<html><body>")
        handler.wfile.flush()
        while not stopping.wait(interval):
            handler.wfile.write(b"x")
            handler.wfile.flush()

    return answer


def gzip_bomb(inflated_bytes: int, layers: int) -> bytes:
    """``inflated_bytes`` of zeros gzipped ``layers`` times, built in pieces (never held inflated here)."""
    inner = zlib.compressobj(9, zlib.DEFLATED, 31)
    piece = bytes(1 << 20)
    chunks = [inner.compress(piece) for _ in range(inflated_bytes >> 20)]
    data = b"".join(chunks) + inner.flush()
    for _ in range(layers - 1):
        data = gzip.compress(data, 9)
    return data


def html(title: str, body: str = "", links: list[str] = ()) -> bytes:
    anchors = "".join(
        f'<li><a href="{href}">{title}相关的一篇新闻报道标题第{i}条</a></li>' for i, href in enumerate(links)
    )
    paragraphs = body or ("这是一篇用于测试的新闻正文，内容足够长，可以被识别为文章。" * 6)
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>"
        f"<div class='article'><p>{paragraphs}</p></div><ul>{anchors}</ul></body></html>"
    ).encode()


def home(links: list[str]) -> bytes:
    """A portal's home page: headlines only, no story of its own."""
    items = "".join(f'<li><a href="{href}">首页头条新闻报道的完整标题第{i}条</a></li>' for i, href in enumerate(links))
    return f"<html><head><meta charset='utf-8'><title>首页</title></head><body><ul>{items}</ul></body></html>".encode()


def wait_until(predicate: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()
