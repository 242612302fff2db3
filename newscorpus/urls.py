"""URL identity, shared by the crawler (one frontier row per page) and dedup (same page, same story)."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from newscorpus import settings
from newscorpus.policy import ascii_host, validate_url

_DEFAULT_PORTS = {"http": 80, "https": 443}


def canonicalize(url: str) -> str:
    """Lower-case scheme and host (IDNA/punycode), no credentials, no default port, no fragment, no tracking
    parameters.

    Raises InvalidURLError for anything that is not an absolute http(s) URL. Path case and the order of
    the remaining query parameters are kept: servers may treat them as significant.
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
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _tracking(k)])
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def identity(url: str) -> str:
    """The canonical URL with http and https folded together: portals serve the same story on both."""
    canonical = canonicalize(url)
    return "https" + canonical[canonical.index(":") :] if canonical.startswith("http:") else canonical


def _tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in settings.TRACKING_PARAMS or lowered.startswith(settings.TRACKING_PREFIXES)
