"""URL identity, shared by the crawler (one frontier row per page) and dedup (same page, same story)."""

from __future__ import annotations

import re
from urllib.parse import quote, unquote_plus, urlsplit, urlunsplit

from newscorpus import settings
from newscorpus.policy import ascii_host, validate_url

_DEFAULT_PORTS = {"http": 80, "https": 443}
# Every printable ASCII character but the space stays as written in a query pair; only spaces and
# non-ASCII text are percent-encoded (as UTF-8, the way a browser sends them).
_QUERY_SAFE = "!#$%&'()*+,-./:;=?@[]^_`{|}~"
# A Java server's session id as a path parameter: /news/123.html;jsessionid=0A1B2C.
# A Unix time in seconds or milliseconds (2001-2033), or Math.random()'s fraction.
_CACHE_BUSTER_VALUE = re.compile(r"1\d{9}|1\d{12}|0\.\d{6,}")
_SESSION_IN_PATH = re.compile(r";(?:jsessionid|phpsessid|sessionid)=[^/;?]*", re.IGNORECASE)


def canonicalize(url: str) -> str:
    """Lower-case scheme and host (IDNA/punycode), no credentials, no default port, no fragment, no tracking
    parameters.

    Raises InvalidURLError for anything that is not an absolute http(s) URL. Path case, the order of the
    remaining query parameters and their spelling are kept: servers may treat them as significant, and
    a parameter without a value (``?1234``) or with ``==`` padding (WeChat's ``__biz``) is an article's
    id, which re-encoding would change (``?1234=``).
    """
    valid = validate_url(url)
    parts = urlsplit(valid)
    scheme = parts.scheme.lower()
    # Rebuilt from the host alone, so user:pass@ never reaches the frontier or the corpus.
    host = ascii_host(valid).lower().rstrip(".")
    if ":" in host:
        host = f"[{host}]"  # IPv6 literal
    port = parts.port
    netloc = host if port is None or port == _DEFAULT_PORTS[scheme] else f"{host}:{port}"
    pairs = parts.query.split("&")
    signed = any(unquote_plus(pair.partition("=")[0]).lower() in settings.SIGNED_URL_PARAMS for pair in pairs)
    query = "&".join(quote(pair, safe=_QUERY_SAFE) for pair in pairs if _kept(pair, signed))
    path = _without_dot_segments(_SESSION_IN_PATH.sub("", parts.path)) or "/"
    return urlunsplit((scheme, netloc, path, query, ""))


def _without_dot_segments(path: str) -> str:
    """``/a/./b/../c`` as ``/a/c`` (RFC 3986 5.2.4): the page an HTTP client requests for it, so a link
    written with dot segments is not a second frontier row, fetched twice, for the same page."""
    if "/." not in path:
        return path
    kept: list[str] = []
    segments = path.split("/")
    for segment in segments[1:]:
        if segment == "..":
            if kept:
                kept.pop()
        elif segment != ".":
            kept.append(segment)
    trailing = segments[-1] in (".", "..")  # /a/b/.. names the folder /a/
    return "/" + "/".join(kept) + ("/" if trailing and kept else "")


def identity(url: str) -> str:
    """The canonical URL with http and https folded together: portals serve the same story on both."""
    canonical = canonicalize(url)
    return "https" + canonical[canonical.index(":") :] if canonical.startswith("http:") else canonical


def _kept(pair: str, signed: bool) -> bool:
    name, _, value = pair.partition("=")
    lowered = unquote_plus(name).lower()
    if not pair or _tracking(lowered) or _session(lowered, value):
        return False
    return signed or not _cache_buster(lowered, value)


def _cache_buster(name: str, value: str) -> bool:
    """A value that only makes the URL new on every page load: the time it was written, or a random number."""
    return name in settings.CACHE_BUSTER_PARAMS and _CACHE_BUSTER_VALUE.fullmatch(value) is not None


def _session(name: str, value: str) -> bool:
    """A session id: the same page under one URL per visitor (a numeric sid=12 is an id, and is kept)."""
    if name in settings.SESSION_PARAMS:
        return True
    return (
        name in settings.SESSION_TOKEN_PARAMS
        and len(value) >= settings.SESSION_TOKEN_MIN_CHARS
        and value.isalnum()
        and not value.isdigit()
        and any(char.isdigit() for char in value)
    )


def _tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in settings.TRACKING_PARAMS or lowered.startswith(settings.TRACKING_PREFIXES)
