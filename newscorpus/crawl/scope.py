"""Which URLs a crawl may follow: the entry points' sites (same host or subdomain, same port) by default,
plus ``--allow-domain`` suffixes (``example.com``) or exact host:port pairs (``127.0.0.1:8001``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from newscorpus.errors import InputError
from newscorpus.urls import canonicalize


@dataclass(frozen=True)
class Scope:
    sites: frozenset[tuple[str, int | None]]  # (host without www., port)
    allowed: frozenset[str]

    @classmethod
    def of(cls, entry_urls: Iterable[str], allow_domains: Iterable[str]) -> Scope:
        sites = frozenset((_site(urlsplit(u).hostname or ""), urlsplit(u).port) for u in entry_urls)
        return cls(sites, frozenset(d.lower().strip().lstrip(".") for d in allow_domains if d.strip()))

    def widened(self, url: str) -> Scope:
        """This scope and ``url``'s site: where an entry point landed after redirects (a portal that moved)."""
        parts = urlsplit(url)
        return Scope(self.sites | {(_site(parts.hostname or ""), parts.port)}, self.allowed)

    def holds(self, url: str) -> bool:
        """Whether a URL as a server wrote it (a redirect's Location) is inside, read in its canonical form."""
        try:
            return canonicalize(url) in self
        except InputError:
            return False

    def __contains__(self, url: str) -> bool:
        parts = urlsplit(url)
        host, port = parts.hostname or "", parts.port
        if any(port == site_port and _under(host, site) for site, site_port in self.sites):
            return True
        return any(parts.netloc.lower() == d if ":" in d else _under(host, d) for d in self.allowed)


def _site(host: str) -> str:
    return host.removeprefix("www.")


def _under(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)
