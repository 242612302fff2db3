"""The address policy, tested on the policy function with a stub resolver (no traffic leaves loopback)."""

from __future__ import annotations

import asyncio
import socket

import httpx
import pytest

from newscorpus.crawl.http import AsyncFetcher
from newscorpus.errors import BlockedURLError, InvalidURLError, UnreachableError
from newscorpus.fetch import FetchOptions
from newscorpus.policy import check_address, check_peer, validate_url

from .helpers import closed_port

# Addresses a stub resolver "returns" for the host portal.example: the policy must refuse them before any
# connection is attempted, so nothing here is ever a target.
NON_PUBLIC = ["127.0.0.1", "::1", "10.1.2.3", "172.16.5.4", "192.168.1.1", "169.254.169.254", "fd00::1", "0.0.0.0"]


def stub(addresses: list[str]):
    return lambda host: addresses


@pytest.mark.parametrize("address", NON_PUBLIC)
@pytest.mark.usefixtures("no_network")
def test_non_public_resolutions_are_refused(address: str) -> None:
    with pytest.raises(BlockedURLError, match="non-public address"):
        check_address("http://portal.example/a.html", allow_private=False, resolver=stub([address]))


@pytest.mark.usefixtures("no_network")
def test_any_non_public_address_among_several_is_refused() -> None:
    # 93.184.216.34 stands for "some public address" in the stub answer only; nothing connects anywhere.
    with pytest.raises(BlockedURLError):
        check_address("http://portal.example/", False, stub(["93.184.216.34", "127.0.0.2"]))


@pytest.mark.usefixtures("no_network")
def test_public_resolution_passes_and_allow_private_skips_the_check() -> None:
    check_address("http://portal.example/", False, stub(["93.184.216.34"]))
    check_address("http://portal.example/", True, stub(["127.0.0.1"]))


def test_ip_literals_need_no_resolver() -> None:
    def explode(host: str) -> list[str]:
        raise AssertionError("resolver must not be called for an IP literal")

    with pytest.raises(BlockedURLError):
        check_address("http://[::1]:8080/", False, explode)


@pytest.mark.parametrize("url", ["ftp://x.example/a", "not a url", "http:///nohost", "http://x.example:abc/"])
def test_invalid_urls(url: str) -> None:
    with pytest.raises(InvalidURLError):
        validate_url(url)


def fetch(url: str, options: FetchOptions, transport=None, resolver=None) -> None:
    """One fetch through the crawler's fetcher, outside a crawl (no politeness gate)."""

    async def run() -> None:
        kwargs = {"resolver": resolver} if resolver else {}
        fetcher = AsyncFetcher(options, concurrency=1, transport=transport, **kwargs)
        try:
            await fetcher.fetch(url)
        finally:
            await fetcher.aclose()

    asyncio.run(run())


def test_redirect_to_a_private_address_is_refused_at_the_hop() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "portal.example":
            return httpx.Response(302, headers={"Location": "http://127.0.0.1/admin"})
        raise AssertionError("the redirect target must never be requested")

    transport = httpx.MockTransport(handler)
    with pytest.raises(BlockedURLError):
        fetch("http://portal.example/start", FetchOptions(attempts=1), transport, stub(["93.184.216.34"]))


@pytest.mark.parametrize("host", ["127.0.0.2", "[::1]"])
def test_closed_loopback_port_is_unreachable_with_allow_private(host: str) -> None:
    port = _closed_v6_port() if host == "[::1]" else closed_port(host)
    options = FetchOptions(allow_private=True, attempts=2, backoff_initial=0.01)
    with pytest.raises(UnreachableError, match="cannot connect"):
        fetch(f"http://{host}:{port}/gone.html", options)


def test_closed_loopback_port_is_blocked_without_allow_private() -> None:
    with pytest.raises(BlockedURLError):
        fetch(f"http://127.0.0.2:{closed_port()}/gone.html", FetchOptions(attempts=1))


def _closed_v6_port() -> int:
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as sock:
            sock.bind(("::1", 0))
            return sock.getsockname()[1]
    except OSError:
        pytest.skip("no IPv6 loopback on this machine")


def test_check_peer_refuses_a_loopback_socket_unless_the_host_is_allowed() -> None:
    """The connect-time half of the guard judges the socket's real peer (no lookup, no connection here)."""
    with pytest.raises(BlockedURLError, match=r"127\.0\.0\.2"):
        check_peer("news.example", 80, "127.0.0.2")
    with pytest.raises(BlockedURLError, match="::1"):
        check_peer("news.example", 443, "::1")
    check_peer("news.example", 8080, "127.0.0.2", allow_hosts=("news.example:8080",))
    check_peer("news.example.", 8080, "::1", allow_hosts=("news.example",))
    with pytest.raises(BlockedURLError):
        check_peer("news.example", 8081, "127.0.0.2", allow_hosts=("news.example:8080",))
