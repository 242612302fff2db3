"""httpcore's network layer on asyncio's own streams, for the crawler's per-host connection pools.

httpx reaches the network through httpcore's anyio backend, which opens a cancel scope for every read
and write and, each time the pool looks at an idle connection (several times per request), rebuilds a
dict of socket attributes with a getpeername() call: about a twelfth of the crawl's CPU. asyncio's
streams do the same job for less; the HTTP protocol, pooling, TLS settings and proxies stay httpx's.
"""

from __future__ import annotations

import asyncio
import select
import ssl
from collections.abc import Callable, Iterable
from typing import Any

import httpcore
import httpx

from newscorpus import settings

# (host, port, address the socket reached) -> None, or raises to refuse the connection (policy.check_peer).
PeerCheck = Callable[[str, int, str], None]


class AsyncioStream(httpcore.AsyncNetworkStream):
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer
        self._socket: Any = writer.get_extra_info("socket")  # asyncio's TransportSocket

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            async with asyncio.timeout(timeout):
                return await self._reader.read(max_bytes)
        except TimeoutError as exc:
            raise httpcore.ReadTimeout(str(exc)) from exc
        except OSError as exc:
            raise httpcore.ReadError(str(exc)) from exc

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        try:
            async with asyncio.timeout(timeout):
                self._writer.write(buffer)
                await self._writer.drain()
        except TimeoutError as exc:
            raise httpcore.WriteTimeout(str(exc)) from exc
        except OSError as exc:
            raise httpcore.WriteError(str(exc)) from exc

    async def aclose(self) -> None:
        # No wait for the peer: like anyio's stream for httpcore, a close never blocks on the network.
        self._writer.close()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                await self._writer.start_tls(ssl_context, server_hostname=server_hostname)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(str(exc)) from exc
        except OSError as exc:  # ssl.SSLError (a failed handshake or certificate) is an OSError
            raise httpcore.ConnectError(str(exc)) from exc
        return self  # the writer now speaks TLS on the same socket

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            return _readable(self._socket)
        if info == "socket":
            return self._socket
        if info == "ssl_object":
            return self._writer.get_extra_info("ssl_object")
        if info == "client_addr":
            return self._writer.get_extra_info("sockname")
        if info == "server_addr":
            return self._writer.get_extra_info("peername")
        return None


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, peer_check: PeerCheck | None = None) -> None:
        self._peer_check = peer_check

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[tuple[int, int, int | bytes]] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(
                    host,
                    port,
                    local_addr=(local_address, 0) if local_address else None,
                    # Both address families raced, as anyio does: a host with a dead IPv6 route still
                    # answers on IPv4 without waiting for the connect timeout.
                    happy_eyeballs_delay=settings.HAPPY_EYEBALLS_DELAY_S,
                )
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(str(exc)) from exc
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        if self._peer_check is not None:
            try:
                self._peer_check(host, port, str(writer.get_extra_info("peername")[0]))
            except Exception:
                writer.close()  # nothing was sent on it
                raise
        sock = writer.get_extra_info("socket")
        for option in socket_options or ():
            sock.setsockopt(*option)
        return AsyncioStream(reader, writer)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def use_asyncio_streams(client: httpx.AsyncClient, peer_check: PeerCheck | None = None) -> bool:
    """Give the client's direct-connection pool the asyncio backend; False when it has none to give.

    httpx has no public way to choose httpcore's network backend, hence the attribute: anything but a
    plain pool (a test's mock transport, a future httpx) keeps its own. Proxied requests go through
    other transports (httpx's mounts) and are not touched. ``peer_check`` judges every connection's
    real peer address (the address guard's second look, after the lookup the request hook made).
    """
    pool = getattr(getattr(client, "_transport", None), "_pool", None)
    if type(pool) is not httpcore.AsyncConnectionPool or not hasattr(pool, "_network_backend"):
        return False
    pool._network_backend = AsyncioBackend(peer_check)
    return True


def _readable(sock: Any) -> bool:
    """An idle HTTP/1.1 connection that is readable was closed by the server (what httpcore checks)."""
    if sock is None or sock.fileno() == -1:
        return True
    poller = select.poll()
    poller.register(sock.fileno(), select.POLLIN)
    return bool(poller.poll(0))
