"""A generated portal served by asyncio on 127.0.0.1, with a fixed latency per response.

Latency is an ``asyncio.sleep``, so thousands of waiting responses cost no threads and the server's own
CPU use stays small next to the crawlers being measured.
"""

from __future__ import annotations

import asyncio
import random
import threading
from dataclasses import dataclass, field

# Words articles are written from. Every article draws its own sequence, so no two are near-duplicates:
# a portal of thousands of identical bodies would measure dedup's worst case, not crawling.
WORDS = [
    *("记者", "有关部门", "获悉", "今年以来", "当地", "持续", "推进", "重点项目", "建设", "各项工作", "取得"),
    *("积极进展", "群众", "获得感", "不断", "增强", "经济", "运行", "总体", "平稳", "消费", "市场", "回暖"),
    *("企业", "生产", "经营", "改善", "农村", "城市", "交通", "医疗", "教育", "科技", "创新", "产业", "升级"),
    *("港口", "吞吐量", "增长", "外贸", "出口", "能源", "储能", "装机", "规模", "生态", "保护", "长江", "流域"),
    *("治理", "政策", "落地", "服务", "优化", "营商", "环境"),
]
PER_PAGE = 50


def _paragraphs(seed: int, count: int = 6) -> str:
    rng = random.Random(seed)
    return "".join(
        f"<p>{''.join(rng.choice(WORDS) for _ in range(18))}，{''.join(rng.choice(WORDS) for _ in range(12))}。</p>"
        for _ in range(count)
    )


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
                routes[path] = _page(f"新闻标题第{n}篇", f'<div class="article-content">{_paragraphs(n)}</div>')
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
