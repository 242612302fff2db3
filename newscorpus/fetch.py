"""The fetch stage: one URL -> FetchedPage, with limits, the address policy and retries.

Transient failures (timeouts, refused connections, 429, 5xx) are retried with exponential backoff and
jitter, honouring Retry-After; any other failure is raised at once as a typed FetchError.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_exponential_jitter

from newscorpus import settings
from newscorpus.clock import now_iso
from newscorpus.errors import FetchError, HTTPStatusError, NotHTMLError, TooLargeError, UnreachableError
from newscorpus.models import FetchedPage
from newscorpus.policy import Resolver, check_address, system_resolver, validate_url


@dataclass(frozen=True)
class FetchOptions:
    allow_private: bool = False
    user_agent: str = settings.USER_AGENT
    attempts: int = settings.FETCH_ATTEMPTS
    connect_timeout: float = settings.CONNECT_TIMEOUT_S
    read_timeout: float = settings.READ_TIMEOUT_S
    max_bytes: int = settings.MAX_BODY_BYTES
    backoff_initial: float = settings.RETRY_BACKOFF_INITIAL_S


class RetryableStatus(HTTPStatusError):
    """A 429/5xx answer, kept apart so the retry policy can see Retry-After."""

    def __init__(self, message: str, where: str, status: int, retry_after: float | None) -> None:
        super().__init__(message, where, status)
        self.retry_after = retry_after


class Fetcher:
    def __init__(
        self,
        options: FetchOptions | None = None,
        transport: httpx.BaseTransport | None = None,
        resolver: Resolver = system_resolver,
    ) -> None:
        self.options = options or FetchOptions()
        self._resolver = resolver
        self.client = httpx.Client(
            transport=transport,
            follow_redirects=True,
            max_redirects=settings.MAX_REDIRECTS,
            headers={"User-Agent": self.options.user_agent, "Accept": "text/html,application/xhtml+xml"},
            timeout=httpx.Timeout(self.options.read_timeout, connect=self.options.connect_timeout),
            # Every hop of a redirect chain goes through the address policy, not just the first URL.
            event_hooks={"request": [self._check_request]},
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str) -> FetchedPage:
        url = validate_url(url)
        retrying = Retrying(
            stop=stop_after_attempt(self.options.attempts),
            wait=self._wait,
            retry=retry_if_exception(is_transient),
            reraise=True,
        )
        return retrying(self._fetch_once, url)

    def _wait(self, state: RetryCallState) -> float:
        return retry_wait(state, self.options.backoff_initial)

    def _check_request(self, request: httpx.Request) -> None:
        check_address(str(request.url), self.options.allow_private, self._resolver)

    def _fetch_once(self, url: str) -> FetchedPage:
        try:
            with self.client.stream("GET", url) as response:
                raise_for_status(response, url)
                content_type = response.headers.get("content-type", "")
                content = self._read_limited(response, url)
        except httpx.HTTPError as exc:
            raise network_error(exc, url) from exc
        if not is_html(content_type, content):
            raise NotHTMLError(f"not an HTML page (Content-Type: {content_type or 'none'})", url)
        return FetchedPage(
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

    def _read_limited(self, response: httpx.Response, url: str) -> bytes:
        check_declared_size(response, url, self.options.max_bytes)
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.options.max_bytes:
                raise TooLargeError(f"body exceeds {self.options.max_bytes} bytes", url)
            chunks.append(chunk)
        return b"".join(chunks)


# --- shared with the async crawler (newscorpus.crawl.http), so both apply the same limits and wording ---


def is_transient(exc: BaseException) -> bool:
    """Worth another try: timeouts, refused connections, 429 and 5xx."""
    return isinstance(exc, UnreachableError | RetryableStatus)


def retry_wait(state: RetryCallState, initial: float) -> float:
    """Retry-After when the server sent one (capped), else exponential backoff with jitter."""
    exc = state.outcome.exception() if state.outcome else None
    if isinstance(exc, RetryableStatus) and exc.retry_after is not None:
        return min(exc.retry_after, settings.RETRY_BACKOFF_MAX_S)
    backoff = wait_exponential_jitter(multiplier=initial, jitter=initial, max=settings.RETRY_BACKOFF_MAX_S)
    return backoff(state)


def network_error(exc: httpx.HTTPError, url: str) -> FetchError:
    if isinstance(exc, httpx.TimeoutException):
        return UnreachableError(f"timed out ({type(exc).__name__})", url)
    if isinstance(exc, httpx.TooManyRedirects):
        return FetchError(f"more than {settings.MAX_REDIRECTS} redirects", url)
    return UnreachableError(f"cannot connect ({exc or type(exc).__name__})", url)


def check_declared_size(response: httpx.Response, url: str, max_bytes: int) -> None:
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise TooLargeError(f"body of {declared} bytes exceeds {max_bytes}", url)


def raise_for_status(response: httpx.Response, url: str) -> None:
    status = response.status_code
    if status < 400:
        return
    message = f"HTTP {status} {response.reason_phrase}".strip()
    if status == 429 or status >= 500:
        raise RetryableStatus(message, url, status, retry_after_seconds(response.headers.get("retry-after")))
    raise HTTPStatusError(message, url, status)


def retry_after_seconds(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP-date: fall back to our own backoff


def is_html(content_type: str, content: bytes) -> bool:
    if content_type:
        return content_type.split(";")[0].strip().lower() in settings.HTML_CONTENT_TYPES
    head = content[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head
