"""Fetch rules: options, size limits, HTTP status and network errors mapped to typed errors, retry policy.

The fetcher itself is async and lives with the crawler (``newscorpus.crawl.http.AsyncFetcher``).
Transient failures (timeouts, refused connections, 429, 5xx) are retried with exponential backoff and
jitter, honouring Retry-After; any other failure is raised at once as a typed FetchError.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import quote, urljoin

import httpx
from tenacity import RetryCallState, wait_exponential_jitter

from newscorpus import settings
from newscorpus.errors import (
    DeadlineError,
    EmptyAnswerError,
    FetchError,
    HeldBackError,
    HTTPStatusError,
    InvalidURLError,
    RedirectLoopError,
    TooLargeError,
    UnreachableError,
)

# Printable ASCII but the space: kept as written in a Location, every other byte percent-encoded.
_URL_SAFE_BYTES = "".join(c for c in string.printable if c not in string.whitespace)


@dataclass(frozen=True)
class FetchOptions:
    allow_private: bool = False
    # --allow-private-host: hosts (or host:port) exempt from the address guard, the others still checked.
    allow_private_hosts: tuple[str, ...] = ()
    user_agent: str = settings.USER_AGENT
    attempts: int = settings.FETCH_ATTEMPTS
    connect_timeout: float = settings.CONNECT_TIMEOUT_S
    read_timeout: float = settings.READ_TIMEOUT_S
    max_bytes: int = settings.MAX_BODY_BYTES
    backoff_initial: float = settings.RETRY_BACKOFF_INITIAL_S
    # Sent with every request, after User-Agent (so a "User-Agent" here replaces it).
    headers: tuple[tuple[str, str], ...] = ()
    proxy: str | None = None  # an http(s) proxy URL for every request
    # HTTP(S)_PROXY / NO_PROXY from the environment are used only when asked (`--proxy env`): a proxy
    # picked up silently from a cron environment once sent a whole crawl somewhere nobody intended.
    trust_env: bool = False
    deadline: float = settings.REQUEST_DEADLINE_S


class RetryableStatus(HTTPStatusError):
    """A 429/5xx answer, kept apart so the retry policy can see Retry-After."""

    def __init__(self, message: str, where: str, status: int, retry_after: float | None) -> None:
        super().__init__(message, where, status)
        self.retry_after = retry_after


def is_transient(exc: BaseException) -> bool:
    """Worth another try (on a later run at least): timeouts, refused connections, 429 and 5xx."""
    return isinstance(exc, UnreachableError | RetryableStatus)


def retry_in_run(exc: BaseException) -> bool:
    """Worth another try now: not after a request used up its whole deadline, or a trickling server would
    hold the run for attempts x deadline; not when the server asked for a longer pause than a run waits
    (Retry-After: 3600 held the host, and the run, RETRY_BACKOFF_MAX_S per attempt)."""
    if isinstance(exc, DeadlineError | HeldBackError | EmptyAnswerError):
        return False
    if isinstance(exc, RetryableStatus) and exc.retry_after is not None:
        return exc.retry_after <= settings.RETRY_BACKOFF_MAX_S
    return is_transient(exc)


def retry_wait(state: RetryCallState, initial: float) -> float:
    """Retry-After when the server sent one (capped), else exponential backoff with jitter."""
    exc = state.outcome.exception() if state.outcome else None
    if isinstance(exc, RetryableStatus) and exc.retry_after is not None:
        return min(exc.retry_after, settings.RETRY_BACKOFF_MAX_S)
    backoff = wait_exponential_jitter(multiplier=initial, jitter=initial, max=settings.RETRY_BACKOFF_MAX_S)
    return backoff(state)


def network_error(exc: httpx.HTTPError | httpx.InvalidURL, url: str) -> FetchError | InvalidURLError:
    # A redirect to javascript:, data: or a malformed Location (httpx reports that last one only as a
    # protocol error with this message): that URL's failure, for good, not a crash or a retry.
    if isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol) or "Invalid URL in location" in str(exc):
        return InvalidURLError(f"invalid URL on the way ({exc})", url)
    if isinstance(exc, httpx.TimeoutException):
        return UnreachableError(f"timed out ({type(exc).__name__})", url)
    if isinstance(exc, httpx.TooManyRedirects):
        return RedirectLoopError(f"more than {settings.MAX_REDIRECTS} redirects", url)
    # Reasons of their own (stats groups failures by them): the server was reached, its answer was not.
    if isinstance(exc, httpx.RemoteProtocolError) and "complete message body" in str(exc):
        return UnreachableError(f"answer cut off ({exc})", url)
    if isinstance(exc, httpx.RemoteProtocolError) and "without sending a response" in str(exc):
        return UnreachableError(f"no answer ({exc})", url)
    return UnreachableError(f"cannot connect ({exc or type(exc).__name__})", url)


def body_cap(content_type: str, max_bytes: int) -> int:
    """The size a body may reach: MAX_SITEMAP_BYTES for one labelled XML or gzip (a sitemap or feed, which
    sitemaps.org lets reach 50 MB), so a news sitemap of 50,000 stories is read, not refused whole."""
    media = content_type.split(";")[0].strip().lower()
    if media in settings.XML_CONTENT_TYPES or media.endswith("+xml"):
        return max(max_bytes, settings.MAX_SITEMAP_BYTES)
    return max_bytes


def check_declared_size(response: httpx.Response, url: str, max_bytes: int) -> None:
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise TooLargeError(f"body of {declared} bytes exceeds {max_bytes}", url)


def redirect_target(response: httpx.Response) -> str:
    """Where a redirect leads. Location bytes that are not UTF-8 (a GBK path from an old IIS CMS) are
    percent-encoded byte for byte, as browsers send them: httpx reads them as Latin-1 and re-encodes that as
    UTF-8, a path no server has (the story answered 404)."""
    raw = next((value for name, value in response.headers.raw if name.lower() == b"location"), b"")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return urljoin(str(response.url), quote(raw, safe=_URL_SAFE_BYTES))
    assert response.next_request is not None  # a redirect status with a Location
    return str(response.next_request.url)


def raise_for_status(response: httpx.Response, url: str) -> None:
    status = response.status_code
    if status < 400:
        return
    message = f"HTTP {status} {response.reason_phrase}".strip()
    if status == 429 or status >= 500:
        raise RetryableStatus(message, url, status, retry_after_seconds(response.headers.get("retry-after")))
    raise HTTPStatusError(message, url, status)


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds from now: a number of seconds or an HTTP-date (RFC 9110 10.2.3)."""
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None  # unreadable: fall back to our own backoff
    if when.tzinfo is None:
        return None
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def is_html(content_type: str, content: bytes) -> bool:
    """An HTML media type, or HTML bytes under none or a vague one: servers with a bad MIME map send
    .shtml/.htm pages as text/plain, application/octet-stream or text/x-server-parsed-html."""
    media = content_type.split(";")[0].strip().lower()
    if media in settings.HTML_CONTENT_TYPES:
        return True
    if media and media not in settings.VAGUE_CONTENT_TYPES:
        return False
    head = content[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


# After a BOM, the XML prolog, comments and stylesheet instructions: the first element of a feed or sitemap.
_FEED_OR_SITEMAP_ROOT = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*|<!--.*?-->\s*)*<(?:rss|feed|urlset|sitemapindex|rdf:RDF)[\s>]", re.S
)


def is_xml(content_type: str, content: bytes) -> bool:
    """Sitemaps and feeds: an XML media type, or XML/gzip bytes behind a vague one."""
    media = content_type.split(";")[0].strip().lower()
    if media in settings.XML_CONTENT_TYPES or media.endswith("+xml"):
        return True
    head = content[:256].lstrip()
    if media in ("", "text/plain", "application/octet-stream") and head.startswith((b"<?xml", b"\x1f\x8b")):
        return True
    # Portals serve rss.xml and sitemap.xml as text/html too: the root element says what it is (an XHTML
    # page's <?xml prolog leads to <html>, and stays a page).
    return _FEED_OR_SITEMAP_ROOT.match(content[: settings.META_CHARSET_SCAN_BYTES]) is not None
