"""A tiny HTTP server on 127.0.0.1 for the demo portal and the tests: fixed routes, counted requests."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass(frozen=True)
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html"
    headers: tuple[tuple[str, str], ...] = ()


@dataclass
class LocalSite:
    """Serves ``routes`` (path -> Route) on 127.0.0.1 at a free port, in a daemon thread."""

    routes: dict[str, Route]
    host: str = "127.0.0.1"
    hits: dict[str, int] = field(default_factory=dict)
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
                path = self.path.split("?")[0]
                site.hits[path] = site.hits.get(path, 0) + 1
                route = site.routes.get(path, Route(b"not found", 404, "text/plain"))
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
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

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
