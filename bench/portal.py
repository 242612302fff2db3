"""A generated portal served by asyncio on 127.0.0.1, with a fixed latency per response.

Latency is an ``asyncio.sleep``, so thousands of waiting responses cost no threads and the server's own
CPU use stays small next to the crawlers being measured.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field

SENTENCE = "记者从有关部门获悉，今年以来当地持续推进重点项目建设，各项工作取得积极进展，群众获得感不断增强。"
PER_PAGE = 50


def _page(title: str, body: str) -> bytes:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><h1>{title}</h1>{body}</body></html>"
    ).encode()


def build(channels: int, pages: int) -> dict[str, bytes]:
    """Home -> ``channels`` channels of ``pages`` list pages -> PER_PAGE articles per list page."""
    routes = {"/robots.txt": b"User-agent: *\nDisallow: /private/\n"}
    routes["/"] = _page("首页", "".join(f'<a href="/c{c}/">频道{c}</a> ' for c in range(channels)))
    n = 0
    for c in range(channels):
        for p in range(1, pages + 1):
            items = []
            for _ in range(PER_PAGE):
                n += 1
                path = f"/c{c}/2024/0315/{n}.html"
                items.append(f'<li><a href="{path}">第{n}篇新闻的标题：当地持续推进重点项目建设</a></li>')
                paragraphs = "".join(f"<p>{SENTENCE}第{i}段。</p>" for i in range(6))
                routes[path] = _page(f"新闻标题第{n}篇", f'<div class="article-content">{paragraphs}</div>')
            more = f'<a href="/c{c}/index_{p + 1}.html">下一页</a>' if p < pages else ""
            routes[f"/c{c}/" if p == 1 else f"/c{c}/index_{p}.html"] = _page(
                f"频道{c}", f"<ul>{''.join(items)}</ul>{more}"
            )
    return routes


@dataclass
class Portal:
    routes: dict[str, bytes]
    latency: float
    hosts: int = 1
    requests: int = 0
    ports: list[int] = field(default_factory=list)
    _loop: asyncio.AbstractEventLoop | None = None

    def start(self) -> None:
        ready = threading.Event()
        threading.Thread(target=self._serve, args=(ready,), daemon=True).start()
        ready.wait(10)

    @staticmethod
    def address(i: int) -> str:
        return f"127.0.0.{i + 1}"

    def homes(self) -> list[str]:
        return [f"http://{self.address(i)}:{port}/" for i, port in enumerate(self.ports)]

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)

    def _serve(self, ready: threading.Event) -> None:
        self._loop = asyncio.new_event_loop()
        for i in range(self.hosts):
            # 127.0.0.2, .3 ... are loopback too, and give Scrapy (which keys its per-domain slots by host
            # name, not port) one slot per simulated portal, like newscorpus.
            server = self._loop.run_until_complete(asyncio.start_server(self._handle, self.address(i), 0, backlog=1024))
            self.ports.append(server.sockets[0].getsockname()[1])
        ready.set()
        self._loop.run_forever()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                path = head.split(b" ", 2)[1].decode().split("?")[0]
                self.requests += 1
                await asyncio.sleep(self.latency)
                body = self.routes.get(path)
                status = b"200 OK" if body is not None else b"404 Not Found"
                body = body if body is not None else b"not found"
                kind = b"text/plain" if path == "/robots.txt" else b"text/html; charset=utf-8"
                writer.write(
                    b"HTTP/1.1 "
                    + status
                    + b"\r\nContent-Type: "
                    + kind
                    + b"\r\nContent-Length: "
                    + str(len(body)).encode()
                    + b"\r\n\r\n"
                    + body
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()
