"""The async fetch: the same limits, address policy and retry rules as the sync ``fetch.Fetcher``.

One ``httpx.AsyncClient`` per host keeps that host's connections alive; every attempt goes through the
host's politeness gate, and a 429/503 with Retry-After holds back the whole host.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Callable
from contextlib import nullcontext

import httpx
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt

from newscorpus import settings
from newscorpus.clock import now_iso
from newscorpus.crawl.canonical import host_key
from newscorpus.crawl.deadline import Deadline
from newscorpus.crawl.netstream import use_asyncio_streams
from newscorpus.crawl.politeness import Politeness
from newscorpus.errors import (
    BlockedURLError,
    EmptyAnswerError,
    HTTPStatusError,
    NotHTMLError,
    OffScopeRedirectError,
    RedirectLoopError,
    TooLargeError,
)
from newscorpus.fetch import (
    FetchOptions,
    RetryableStatus,
    body_cap,
    check_declared_size,
    is_html,
    is_xml,
    network_error,
    raise_for_status,
    redirect_target,
    retry_in_run,
    retry_wait,
)
from newscorpus.inflate import ACCEPT_ENCODING, Inflater, unwrap_gzip
from newscorpus.models import FetchedPage
from newscorpus.policy import Resolver, check_address, check_peer, system_resolver, validate_url
from newscorpus.urls import canonicalize

# Whether a redirect may lead to a URL (the crawl's scope); None follows redirects anywhere.
Follow = Callable[[str], bool] | None


class AsyncFetcher:
    def __init__(
        self,
        options: FetchOptions,
        concurrency: int,
        transport: httpx.AsyncBaseTransport | None = None,
        resolver: Resolver = system_resolver,
    ) -> None:
        self.options = options
        self._resolver = resolver
        self.politeness: Politeness | None = None  # set by the engine, which owns both
        self._concurrency = concurrency
        # Requests in flight over all hosts (--concurrency); each host's own limit is its politeness gate.
        self._requests = asyncio.Semaphore(concurrency)
        self._transport = transport
        self._clients: dict[str, httpx.AsyncClient] = {}
        self._ssl_context: ssl.SSLContext | None = None

    def _ssl(self) -> ssl.SSLContext:
        """One TLS context for every host's client: each one loads the whole CA bundle (~70 ms, ~1 MB)."""
        if self._ssl_context is None:
            self._ssl_context = httpx.create_ssl_context()
        return self._ssl_context

    def client(self, host: str) -> httpx.AsyncClient:
        """The host's client. One pool per host, not one for the crawl: httpcore scans every pooled
        connection of every waiting request on each request, so a shared pool costs O(concurrency**2)."""
        if host not in self._clients:
            client = httpx.AsyncClient(
                transport=self._transport,
                verify=self._ssl(),
                follow_redirects=False,  # followed hop by hop in _fetch_once
                # Only what our inflater decodes under the size cap (httpx would add br/zstd when installed).
                headers={
                    "User-Agent": self.options.user_agent,
                    "Accept-Encoding": ACCEPT_ENCODING,
                    **dict(self.options.headers),
                },
                proxy=self.options.proxy,
                trust_env=self.options.trust_env,
                timeout=httpx.Timeout(self.options.read_timeout, connect=self.options.connect_timeout),
                limits=httpx.Limits(max_connections=self._concurrency, max_keepalive_connections=self._concurrency),
                # No hook when private addresses are allowed: nothing to check, so no call per request.
                event_hooks={"request": [] if self.options.allow_private else [self._check_request]},
            )
            use_asyncio_streams(client, None if self.options.allow_private else self._check_peer)
            self._clients[host] = client
        return self._clients[host]

    async def aclose(self) -> None:
        clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            await client.aclose()

    async def _check_request(self, request: httpx.Request) -> None:
        # getaddrinfo blocks: keep it off the event loop.
        await asyncio.to_thread(
            check_address,
            str(request.url),
            self.options.allow_private,
            self._resolver,
            self.options.allow_private_hosts,
        )

    def _check_peer(self, host: str, port: int, peer: str) -> None:
        check_peer(host, port, peer, self.options.allow_private_hosts)

    async def fetch(
        self,
        url: str,
        accept_xml: bool = False,
        etag: str | None = None,
        last_modified: str | None = None,
        follow: Follow = None,
    ) -> FetchedPage:
        """One page with retries; status 304 (empty content) when the conditional GET says unchanged.
        A redirect to a URL ``follow`` refuses raises OffScopeRedirectError before any request goes there."""
        url = validate_url(url)
        headers = {"Accept": "text/html,application/xhtml+xml" + (",application/xml;q=0.9" if accept_xml else "")}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        # The first attempt outside the retry machinery: almost every fetch succeeds at once, and building
        # and stepping tenacity's state for each one cost more than our own code around the request.
        try:
            return await self._fetch_once(url, headers, accept_xml, follow=follow)
        except Exception as exc:
            if not retry_in_run(exc):
                self._hold_back(exc)
                raise
            first_failure = exc
        try:
            return await self._retry(first_failure, url, headers, accept_xml, follow)
        except RetryableStatus as exc:
            self._hold_back(exc)
            raise

    def _hold_back(self, exc: Exception) -> None:
        """A Retry-After too long to wait in this run pauses the host for all of it: its other URLs are left
        queued rather than each asking again (a run waits at most RETRY_BACKOFF_MAX_S for a host)."""
        if isinstance(exc, RetryableStatus) and exc.retry_after is not None and self.politeness is not None:
            self.politeness.gate(host_key(exc.where)).pause(exc.retry_after)

    async def _retry(
        self, first_failure: Exception, url: str, headers: dict[str, str], accept_xml: bool, follow: Follow
    ) -> FetchedPage:
        """The remaining attempts, with tenacity seeing the failed first one as its own first attempt, so
        waits, Retry-After pauses and the attempt count are exactly those of a fetch retried from the start."""
        attempts = 0

        async def attempt() -> FetchedPage:
            nonlocal attempts
            attempts += 1
            if attempts == 1:
                raise first_failure
            return await self._fetch_once(url, headers, accept_xml, follow=follow)

        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.options.attempts),
            wait=self._wait,
            retry=retry_if_exception(retry_in_run),
            reraise=True,
        )
        return await retrying(attempt)

    async def fetch_robots(self, url: str) -> str:
        """robots.txt text; "" when the site has none (any 4xx). 5xx and network errors raise."""
        try:
            page = await self._fetch_once(url, {"Accept": "text/plain"}, accept_any=True, robots=False)
        except HTTPStatusError as exc:
            if 400 <= exc.status < 500 and exc.status != 429:
                return ""
            raise
        except RedirectLoopError:
            return ""  # RFC 9309 2.3.1.2: past five redirects robots.txt may be taken as unavailable, a 4xx
        # utf-8-sig: a BOM (a robots.txt saved on Windows) glued to the first "User-agent" voided its group.
        return page.content[: settings.ROBOTS_MAX_BYTES].decode("utf-8-sig", errors="replace")

    def _wait(self, state: RetryCallState) -> float:
        seconds = retry_wait(state, self.options.backoff_initial)
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, RetryableStatus) and self.politeness is not None:
            self.politeness.gate(host_key(exc.where)).pause(seconds)
        return seconds

    async def _fetch_once(
        self,
        url: str,
        headers: dict[str, str],
        accept_xml: bool = False,
        accept_any: bool = False,
        robots: bool = True,
        follow: Follow = None,
    ) -> FetchedPage:
        """One attempt. Redirects are followed here, hop by hop, so that every hop passes its own host's
        politeness gate, robots.txt (``robots``; the caller checked the first URL) and the address guard,
        and the whole chain shares one deadline."""
        deadline = Deadline(self.options.deadline, url)
        current = url
        for hop in range(settings.MAX_REDIRECTS + 1):
            if hop and follow is not None and not follow(current):
                raise OffScopeRedirectError(f"redirected outside the crawl's scope (to {current})", url)
            if hop and robots and self.politeness is not None and not await self.politeness.allowed(current):
                raise BlockedURLError(f"redirected to {current}, disallowed by robots.txt", url)
            hop_result = await self._hop(current, headers, deadline)
            if isinstance(hop_result, str):
                current = hop_result
                continue
            response, content = hop_result
            return self._page(url, response, content, accept_xml, accept_any)
        raise RedirectLoopError(f"more than {settings.MAX_REDIRECTS} redirects", url)

    async def _hop(self, url: str, headers: dict[str, str], deadline: Deadline) -> str | tuple[httpx.Response, bytes]:
        """One request: the next URL when it is a redirect, else the response and its decoded body."""
        gate = self.politeness.gate(host_key(url)) if self.politeness else None
        try:
            # The host's slot first: a request waiting for its host must not hold a slot other hosts could use.
            slot = gate.slot(url) if gate is not None else nullcontext()
            async with slot, self._requests, deadline.running():
                return await self._request(url, headers)
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise network_error(exc, url) from exc

    async def _request(self, url: str, headers: dict[str, str]) -> str | tuple[httpx.Response, bytes]:
        async with self.client(host_key(url)).stream("GET", url, headers=headers, follow_redirects=False) as response:
            if response.next_request is not None:
                return validate_url(redirect_target(response))
            raise_for_status(response, url)
            content = b"" if response.status_code == 304 else await self._read_limited(response, url)
        return response, content

    def _page(
        self, url: str, response: httpx.Response, content: bytes, accept_xml: bool, accept_any: bool
    ) -> FetchedPage:
        content_type = response.headers.get("content-type", "")
        page = FetchedPage(
            requested_url=url,
            # Canonical, so credentials and utm_* in a redirect's Location never reach the corpus.
            url=canonicalize(str(response.url)),
            status=response.status_code,
            content=content,
            content_type=content_type,
            charset=response.charset_encoding,
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
            fetched_at=now_iso(),
        )
        if page.status != 304 and not accept_any and not content.strip():
            raise EmptyAnswerError(f"empty answer (HTTP {page.status} without a body)", url)
        if page.status != 304 and not accept_any and not _acceptable(page, accept_xml):
            raise NotHTMLError(f"not an HTML page (Content-Type: {content_type or 'none'})", url)
        return page

    async def _read_limited(self, response: httpx.Response, url: str) -> bytes:
        """The body, decoded from its Content-Encoding by our own inflater (raw bytes from httpx), so the
        size cap holds across every layer while it inflates."""
        cap = body_cap(response.headers.get("content-type", ""), self.options.max_bytes)
        check_declared_size(response, url, cap)
        if response.is_stream_consumed:
            return unwrap_gzip(_in_memory(response, url, cap), cap, url)
        inflater = Inflater(response.headers.get("content-encoding"), cap, url)
        raw = 0
        async for chunk in response.aiter_raw():
            raw += len(chunk)
            if raw > cap:
                raise TooLargeError(f"body exceeds {cap} bytes", url)
            inflater.feed(chunk)
        return unwrap_gzip(inflater.result(), cap, url)


def _in_memory(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    """A response built with its body already read (httpx.MockTransport in tests): no stream to take."""
    if len(response.content) > max_bytes:
        raise TooLargeError(f"body exceeds {max_bytes} bytes", url)
    return response.content


def _acceptable(page: FetchedPage, accept_xml: bool) -> bool:
    if is_html(page.content_type, page.content):
        return True
    return accept_xml and is_xml(page.content_type, page.content)
