"""The crawler's view of URLs: canonical forms (newscorpus.urls) and the politeness unit."""

from __future__ import annotations

from urllib.parse import urlsplit


def host_key(url: str) -> str:
    """The politeness unit: host and port (several ports on 127.0.0.1 are several hosts)."""
    return urlsplit(url).netloc.lower()
