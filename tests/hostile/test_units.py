"""The pure functions behind issue 16, on hand-made input: the address guard's embedded-IPv4 forms (with a
stub resolver: nothing here is ever connected to), URL validation and canonical forms, the parse budget
and the layered inflater."""

from __future__ import annotations

import asyncio
import gzip
import time
import zlib

import httpx
import pytest

from newscorpus import settings
from newscorpus.budget import check_parse_budget, nesting_depth
from newscorpus.cli.common import ascii_domains
from newscorpus.crawl.http import AsyncFetcher
from newscorpus.crawl.scope import Scope
from newscorpus.errors import BlockedURLError, FetchError, InvalidURLError, ParseError, TooLargeError
from newscorpus.fetch import FetchOptions
from newscorpus.inflate import Inflater, inflate
from newscorpus.policy import check_address, host_allowed, is_public_address, validate_url
from newscorpus.urls import canonicalize

from .server import gzip_bomb

# IPv6 spellings that reach 127.0.0.1 (or a site-local network) but that Python's is_global calls public.
EMBEDDED = ["::127.0.0.1", "64:ff9b::7f00:1", "2002:7f00:1::", "::ffff:0:7f00:1", "fec0::1", "::ffff:127.0.0.1"]
EMBEDDED += ["64:ff9b::a00:1", "2002:c0a8:101::1", "64:ff9b:1::7f00:1"]  # 10.0.0.1, 192.168.1.1, local-use NAT64


def stub(*addresses: str):
    return lambda host: list(addresses)


@pytest.mark.parametrize("address", EMBEDDED)
@pytest.mark.usefixtures("no_network")
def test_embedded_ipv4_forms_are_refused(address: str) -> None:
    assert not is_public_address(address)
    with pytest.raises(BlockedURLError, match="non-public address"):
        check_address("http://portal.example/a.html", False, stub(address))


@pytest.mark.usefixtures("no_network")
def test_a_public_ipv6_address_still_passes() -> None:
    # 2001:4860::1 stands for "some global address" in the stub answer only: nothing connects anywhere.
    check_address("http://portal.example/", False, stub("2001:4860::1"))


def test_allow_private_host_lifts_the_guard_for_that_host_only() -> None:
    allowed = ("intranet.example:8080", "mirror.example")
    check_address("http://intranet.example:8080/a", False, stub("127.0.0.2"), allowed)
    check_address("http://mirror.example:9000/a", False, stub("127.0.0.3"), allowed)
    with pytest.raises(BlockedURLError):
        check_address("http://intranet.example:8081/a", False, stub("127.0.0.2"), allowed)  # another port
    with pytest.raises(BlockedURLError):
        check_address("http://other.example/a", False, stub("127.0.0.2"), allowed)
    assert host_allowed("::1", 8000, "http", ("[::1]:8000",))
    assert host_allowed("127.0.0.1", None, "https", ("127.0.0.1:443",))


@pytest.mark.parametrize(
    "url",
    [
        "http://0177.0.0.1/",
        "http://0x7f.1/",
        "http://2130706433/",
        "http://a\x01b.example/",
        "http://portal.example/a\x7fb",
        "http://portal.example/" + "a" * settings.MAX_URL_CHARS,
        "javascript:alert(1)",
        "data:text/html,x",
    ],
)
def test_urls_httpx_would_choke_on_are_typed_errors(url: str) -> None:
    with pytest.raises(InvalidURLError):
        validate_url(url)
    with pytest.raises(InvalidURLError):
        canonicalize(url)


def test_canonical_urls_drop_credentials_and_tracking_and_keep_idn_hosts() -> None:
    assert canonicalize("http://user:pw@Portal.Example:80/a?utm_source=x&id=1#top") == "http://portal.example/a?id=1"
    idn = canonicalize("https://新闻.例子.中国/2024/0101/1.html")
    assert idn == "https://xn--efvy88h.xn--fsqu00a.xn--fiqs8s/2024/0101/1.html"
    # The same site in Unicode and in punycode is one site for the crawl scope (before: the punycode link
    # was out of scope), and --allow-domain in Unicode matches the punycode links.
    assert canonicalize("https://xn--efvy88h.xn--fsqu00a.xn--fiqs8s/x") in Scope.of([idn], ())
    allowed = Scope.of([], ascii_domains(["例子.中国"]))
    assert canonicalize("https://体育.例子.中国/2024/1.html") in allowed


def test_the_parse_budget_refuses_deep_or_huge_pages_fast_and_passes_real_shapes() -> None:
    started = time.monotonic()
    with pytest.raises(ParseError, match="tags"):
        check_parse_budget("<div>" * 1_000_000, "http://portal.example/deep")
    with pytest.raises(ParseError, match="deep"):
        check_parse_budget("<div>" * (settings.MAX_PARSE_DEPTH + 1), "http://portal.example/deep")
    assert time.monotonic() - started < 2
    # Unclosed <p>/<li>, void elements and markup inside <script> do not count as nesting.
    sloppy = "<body>" + "<p>段落<br><img src=x>" * 5000 + "<ul>" + "<li>条目" * 5000 + "</ul>"
    sloppy += "<script>" + "<div>" * 5000 + "</script>"
    assert nesting_depth(sloppy) == 1
    check_parse_budget(sloppy, None)


def test_the_inflater_caps_across_layers_and_refuses_what_it_cannot_decode() -> None:
    data = "新闻正文".encode() * 50_000
    assert inflate(gzip.compress(gzip.compress(data)), "gzip, gzip", len(data), "u") == data
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    assert inflate(raw.compress(data) + raw.flush(), "deflate", len(data), "u") == data  # raw DEFLATE
    with pytest.raises(TooLargeError):
        inflate(gzip.compress(gzip.compress(data)), "gzip, gzip", len(data) - 1, "u")
    with pytest.raises(FetchError, match="stacked"):
        Inflater("gzip, gzip, gzip", 1 << 20, "u")
    with pytest.raises(FetchError, match="unsupported"):
        Inflater("br", 1 << 20, "u")
    with pytest.raises(FetchError, match="corrupt"):
        inflate(b"\x1f\x8b not gzip", "gzip", 1 << 20, "u")


def test_a_bomb_is_stopped_within_one_step_of_the_cap() -> None:
    inflater = Inflater("gzip, gzip", 1 << 20, "u")
    with pytest.raises(TooLargeError):
        inflater.feed(gzip_bomb(64 << 20, layers=2))
    kept = sum(len(chunk) for chunk in inflater._chunks)
    assert kept <= (1 << 20) + settings.INFLATE_STEP_BYTES


def test_a_redirect_loop_ends_after_max_redirects_hops() -> None:
    hops: list[str] = []

    def loop(request: httpx.Request) -> httpx.Response:
        hops.append(request.url.path)
        other = "/b" if request.url.path == "/a" else "/a"
        return httpx.Response(302, headers={"Location": other})

    async def run() -> None:
        fetcher = AsyncFetcher(FetchOptions(allow_private=True, attempts=1), 1, httpx.MockTransport(loop))
        try:
            await fetcher.fetch("http://127.0.0.1/a")  # answered by the mock transport: nothing connects
        finally:
            await fetcher.aclose()

    with pytest.raises(FetchError, match="redirects"):
        asyncio.run(run())
    assert len(hops) == settings.MAX_REDIRECTS + 1
