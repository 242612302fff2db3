"""The crawler's asyncio network backend for httpcore, against servers on 127.0.0.1 only."""

from __future__ import annotations

import asyncio
import shutil
import ssl
import subprocess
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpcore
import httpx
import pytest

from newscorpus.crawl.http import AsyncFetcher
from newscorpus.crawl.netstream import AsyncioBackend, use_asyncio_streams
from newscorpus.errors import BlockedURLError
from newscorpus.fetch import FetchOptions

from .helpers import closed_port

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]
BODY = b"<html><p>ok</p></html>"


async def answer_once(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await reader.readuntil(b"\r\n\r\n")
    head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(BODY)}\r\n\r\n"
    writer.write(head.encode() + BODY)
    await writer.drain()
    writer.close()


async def serve(handler: Handler, tls: ssl.SSLContext | None = None) -> asyncio.Server:
    return await asyncio.start_server(handler, "127.0.0.1", 0, ssl=tls)


def port_of(server: asyncio.Server) -> int:
    return server.sockets[0].getsockname()[1]


def test_the_fetchers_clients_use_it_and_a_mock_transport_is_left_alone() -> None:
    async def run() -> None:
        fetcher = AsyncFetcher(FetchOptions(allow_private=True), 4)
        try:
            # httpx's private attributes, as in use_asyncio_streams: an httpx upgrade that moves them
            # fails here instead of silently giving the crawler its slower backend back.
            pool = fetcher.client("127.0.0.1:1")._transport._pool  # type: ignore[attr-defined]
            assert isinstance(pool._network_backend, AsyncioBackend)
        finally:
            await fetcher.aclose()
        async with httpx.AsyncClient() as plain:
            assert use_asyncio_streams(plain)
        async with httpx.AsyncClient(transport=httpx.MockTransport(lambda request: httpx.Response(200))) as mock:
            assert not use_asyncio_streams(mock)

    asyncio.run(run())


def test_a_page_over_plain_http() -> None:
    async def run() -> httpx.Response:
        server = await serve(answer_once)
        async with server, httpx.AsyncClient() as client:
            assert use_asyncio_streams(client)
            return await client.get(f"http://127.0.0.1:{port_of(server)}/a.html")

    response = asyncio.run(run())
    assert response.status_code == 200 and response.content == BODY


def test_refused_connection_and_read_timeout_are_httpcore_errors() -> None:
    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(5)
        writer.close()

    async def run() -> None:
        backend = AsyncioBackend()
        with pytest.raises(httpcore.ConnectError):
            await backend.connect_tcp("127.0.0.1", closed_port("127.0.0.1"), timeout=2)
        server = await serve(silent)
        async with server:
            stream = await backend.connect_tcp("127.0.0.1", port_of(server), timeout=2)
            with pytest.raises(httpcore.ReadTimeout):
                await stream.read(100, timeout=0.1)
            await stream.aclose()

    asyncio.run(run())


def test_an_idle_connection_the_server_closed_reads_as_readable() -> None:
    closed = asyncio.Event()

    async def close_soon(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await closed.wait()
        writer.close()

    async def run() -> None:
        server = await serve(close_soon)
        async with server:
            stream = await AsyncioBackend().connect_tcp("127.0.0.1", port_of(server), timeout=2)
            assert stream.get_extra_info("is_readable") is False
            assert stream.get_extra_info("server_addr")[1] == port_of(server)
            closed.set()
            for _ in range(100):
                if stream.get_extra_info("is_readable"):
                    break
                await asyncio.sleep(0.01)
            assert stream.get_extra_info("is_readable") is True
            await stream.aclose()

    asyncio.run(run())


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, made with the openssl command line."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    request = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert)]
    subject = ["-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"]
    subprocess.run([*request, *subject], check=True, capture_output=True)
    return key, cert


def test_tls_handshake_verification_and_page(certificate: tuple[Path, Path]) -> None:
    key, cert = certificate
    server_side = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_side.load_cert_chain(cert, key)
    trusting = ssl.create_default_context(cafile=str(cert))

    async def run() -> tuple[httpx.Response, Exception]:
        server = await serve(answer_once, server_side)
        url = f"https://127.0.0.1:{port_of(server)}/a.html"
        async with server:
            async with httpx.AsyncClient(verify=trusting) as client:
                assert use_asyncio_streams(client)
                response = await client.get(url)
            async with httpx.AsyncClient() as untrusting:  # the system CAs never signed this certificate
                assert use_asyncio_streams(untrusting)
                try:
                    await untrusting.get(url)
                except httpx.HTTPError as exc:
                    return response, exc
        raise AssertionError("an untrusted certificate was accepted")

    response, refused = asyncio.run(run())
    assert response.status_code == 200 and response.content == BODY
    assert isinstance(refused, httpx.ConnectError) and "CERTIFICATE_VERIFY_FAILED" in str(refused)


def test_a_host_that_rebinds_to_loopback_after_the_check_is_refused_at_connect_time() -> None:
    """DNS rebinding: the request hook's lookup (here a stub that finds nothing, so it passes) and the
    connection's own lookup disagree; `localhost` really resolves to loopback, which the socket check
    refuses before a byte of the request is sent."""
    requests = 0

    async def count(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal requests
        try:
            await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            return  # connected, then closed with nothing sent: what the refusal does
        requests += 1
        head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(BODY)}\r\n\r\n"
        writer.write(head.encode() + BODY)
        await writer.drain()
        writer.close()

    async def run(options: FetchOptions) -> Exception | bytes:
        server = await serve(count)
        async with server:
            fetcher = AsyncFetcher(options, concurrency=1, resolver=lambda host: [])
            try:
                page = await fetcher.fetch(f"http://localhost:{port_of(server)}/a.html")
            except Exception as exc:
                return exc
            finally:
                await fetcher.aclose()
        return page.content

    refused = asyncio.run(run(FetchOptions(attempts=1)))
    assert isinstance(refused, BlockedURLError) and "127.0.0.1" in str(refused) and requests == 0
    # The same guard lets a host the user allowed through, so the check is not refusing everything.
    allowed = asyncio.run(run(FetchOptions(attempts=1, allow_private_hosts=("localhost",))))
    assert allowed == BODY and requests == 1
