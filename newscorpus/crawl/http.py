"""The async fetch: the same limits, address policy and retry rules as the sync ``fetch.Fetcher``.

One ``httpx.AsyncClient`` per host keeps that host's connections alive; every attempt goes through the
host's politeness gate, and a 429/503 with Retry-After holds back the whole host.
"""

from __future__ import annotations

import asyncio
import ssl

import httpx
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt

from newscorpus import settings
from newscorpus.clock import now_iso
from newscorpus.crawl.canonical import host_key
from newscorpus.crawl.netstream import use_asyncio_streams
from newscorpus.crawl.politeness import Politeness
from newscorpus.errors import HTTPStatusError, NotHTMLError, TooLargeError
from newscorpus.fetch import (
    FetchOptions,
    RetryableStatus,
    check_declared_size,
    is_html,
    is_transient,
    network_error,
    raise_for_status,
    retry_wait,
)
from newscorpus.models import FetchedPage
from newscorpus.policy import Resolver, check_address, system_resolver, validate_url


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
                follow_redirects=True,
                max_redirects=settings.MAX_REDIRECTS,
                headers={"User-Agent": self.options.user_agent, **dict(self.options.headers)},
                proxy=self.options.proxy,
                trust_env=self.options.trust_env,
                timeout=httpx.Timeout(self.options.read_timeout, connect=self.options.connect_timeout),
                limits=httpx.Limits(max_connections=self._concurrency, max_keepalive_connections=self._concurrency),
                # No hook when private addresses are allowed: nothing to check, so no call per request.
                event_hooks={"request": [] if self.options.allow_private else [self._check_request]},
            )
            use_asyncio_streams(client)
            self._clients[host] = client
        return self._clients[host]

    async def aclose(self) -> None:
        clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            await client.aclose()

    async def _check_request(self, request: httpx.Request) -> None:
        # getaddrinfo blocks: keep it off the event loop.
        await asyncio.to_thread(check_address, str(request.url), self.options.allow_private, self._resolver)

    async def fetch(
        self, url: str, accept_xml: bool = False, etag: str | None = None, last_modified: str | None = None
    ) -> FetchedPage:
        """One page with retries; status 304 (empty content) when the conditional GET says unchanged."""
        url = validate_url(url)
        headers = {"Accept": "text/html,application/xhtml+xml" + (",application/xml;q=0.9" if accept_xml else "")}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        # The first attempt outside the retry machinery: almost every fetch succeeds at once, and building
        # and stepping tenacity's state for each one cost more than our own code around the request.
        try:
            return await self._fetch_once(url, headers, accept_xml)
        except Exception as exc:
            if not is_transient(exc):
                raise
            first_failure = exc
        return await self._retry(first_failure, url, headers, accept_xml)

    async def _retry(
        self, first_failure: Exception, url: str, headers: dict[str, str], accept_xml: bool
    ) -> FetchedPage:
        """The remaining attempts, with tenacity seeing the failed first one as its own first attempt, so
        waits, Retry-After pauses and the attempt count are exactly those of a fetch retried from the start."""
        attempts = 0

        async def attempt() -> FetchedPage:
            nonlocal attempts
            attempts += 1
            if attempts == 1:
                raise first_failure
            return await self._fetch_once(url, headers, accept_xml)

        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.options.attempts),
            wait=self._wait,
            retry=retry_if_exception(is_transient),
            reraise=True,
        )
        return await retrying(attempt)

    async def fetch_robots(self, url: str) -> str:
        """robots.txt text; "" when the site has none (any 4xx). 5xx and network errors raise."""
        try:
            page = await self._fetch_once(url, {"Accept": "text/plain"}, accept_any=True)
        except HTTPStatusError as exc:
            if 400 <= exc.status < 500 and exc.status != 429:
                return ""
            raise
        return page.content[: settings.ROBOTS_MAX_BYTES].decode("utf-8", errors="replace")

    def _wait(self, state: RetryCallState) -> float:
        seconds = retry_wait(state, self.options.backoff_initial)
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, RetryableStatus) and self.politeness is not None:
            self.politeness.gate(host_key(exc.where)).pause(seconds)
        return seconds

    async def _fetch_once(
        self, url: str, headers: dict[str, str], accept_xml: bool = False, accept_any: bool = False
    ) -> FetchedPage:
        gate = self.politeness.gate(host_key(url)) if self.politeness else None
        try:
            if gate is None:
                async with self._requests:
                    return await self._request(url, headers, accept_xml, accept_any)
            # The host's slot first: a request waiting for its host must not hold a slot other hosts could use.
            async with gate.slot(), self._requests:
                return await self._request(url, headers, accept_xml, accept_any)
        except httpx.HTTPError as exc:
            raise network_error(exc, url) from exc

    async def _request(self, url: str, headers: dict[str, str], accept_xml: bool, accept_any: bool) -> FetchedPage:
        async with self.client(host_key(url)).stream("GET", url, headers=headers) as response:
            raise_for_status(response, url)
            content_type = response.headers.get("content-type", "")
            content = b"" if response.status_code == 304 else await self._read_limited(response, url)
        page = FetchedPage(
            requested_url=url,
            url=str(response.url),
            status=response.status_code,
            content=content,
            content_type=content_type,
            charset=response.charset_encoding,
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
            fetched_at=now_iso(),
        )
        if page.status != 304 and not accept_any and not _acceptable(page, accept_xml):
            raise NotHTMLError(f"not an HTML page (Content-Type: {content_type or 'none'})", url)
        return page

    async def _read_limited(self, response: httpx.Response, url: str) -> bytes:
        check_declared_size(response, url, self.options.max_bytes)
        chunks, size = [], 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > self.options.max_bytes:
                raise TooLargeError(f"body exceeds {self.options.max_bytes} bytes", url)
            chunks.append(chunk)
        return b"".join(chunks)


def _acceptable(page: FetchedPage, accept_xml: bool) -> bool:
    if is_html(page.content_type, page.content):
        return True
    return accept_xml and is_xml(page.content_type, page.content)


def is_xml(content_type: str, content: bytes) -> bool:
    """Sitemaps and feeds: an XML media type, or XML/gzip bytes behind a vague one."""
    media = content_type.split(";")[0].strip().lower()
    if media in settings.XML_CONTENT_TYPES or media.endswith("+xml"):
        return True
    head = content[:256].lstrip()
    return media in ("", "text/plain", "application/octet-stream") and head.startswith((b"<?xml", b"\x1f\x8b"))
