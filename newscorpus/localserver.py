"""A tiny HTTP server on 127.0.0.1 for the demo portal and the tests: fixed routes, counted requests.

For crawler tests it also counts concurrent requests (``peak``), adds per-route latency, answers
If-None-Match with 304, and can serve a few scripted answers (503, 429, ...) before a route's own.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass(frozen=True)
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html"
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0  # seconds before answering (latency, or a server slower than the client's timeout)


@dataclass
class LocalSite:
    """Serves ``routes`` (path -> Route) on 127.0.0.1 at a free port, in a daemon thread."""

    routes: dict[str, Route]
    host: str = "127.0.0.1"
    hits: dict[str, int] = field(default_factory=dict)
    scripted: dict[str, list[Route]] = field(default_factory=dict)  # answered first, one per request
    in_flight: int = 0
    peak: int = 0  # most requests ever in flight at once
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        assert self._server is not None, "server not started"
        return f"http://{self.host}:{self._server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def __enter__(self) -> LocalSite:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                # A route may name a query (``/show?id=3&page=2``); otherwise the query is ignored.
                path = self.path if self.path in site.routes else self.path.split("?")[0]
                route = site._enter(path)
                try:
                    time.sleep(route.delay)
                    self._answer(route)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test): nothing to answer
                finally:
                    site._leave()

            def _answer(self, route: Route) -> None:
                etag = dict(route.headers).get("ETag")
                if etag is not None and self.headers.get("If-None-Match") == etag:
                    route = Route(b"", 304, route.content_type, route.headers)
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                for name, value in route.headers:
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(route.body)

            def log_message(self, format: str, *args: object) -> None:
                pass  # keep test and demo output clean

        self._server = ThreadingHTTPServer((self.host, 0), Handler)
        self._server.daemon_threads = True
        self._server.block_on_close = False  # a deliberately slow handler must not hold up the test's exit
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def _enter(self, path: str) -> Route:
        with self._lock:
            self.hits[path] = self.hits.get(path, 0) + 1
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            pending = self.scripted.get(path)
            if pending:
                return pending.pop(0)
            return self.routes.get(path, Route(b"not found", 404, "text/plain"))

    def _leave(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()


def routes_from_folder(folder: Path) -> dict[str, Route]:
    """Every file under ``folder`` served at its relative path, HTML without a charset in the header."""
    routes: dict[str, Route] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            relative = "/" + path.relative_to(folder).as_posix()
            content_type = "text/html" if path.suffix in (".html", ".htm") else "text/plain; charset=utf-8"
            routes[relative] = Route(path.read_bytes(), 200, content_type)
    return routes
