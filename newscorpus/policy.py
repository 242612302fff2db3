"""What we are allowed to fetch: absolute http(s) URLs to public addresses (unless told otherwise)."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import urlsplit

from newscorpus.errors import BlockedURLError, InvalidURLError

Resolver = Callable[[str], list[str]]


def system_resolver(host: str) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except socket.gaierror:
        return []  # unresolvable: the fetch itself reports it as unreachable
    return [str(info[4][0]) for info in infos]


def validate_url(url: str) -> str:
    """Return the URL stripped of surrounding space, or raise InvalidURLError."""
    candidate = url.strip()
    try:
        parts = urlsplit(candidate)
        parts.port  # noqa: B018 - raises ValueError on a non-numeric port
    except ValueError as exc:
        raise InvalidURLError(f"malformed URL ({exc})", url) from exc
    if parts.scheme not in ("http", "https"):
        raise InvalidURLError("only http and https URLs can be fetched", url)
    if not parts.hostname:
        raise InvalidURLError("URL has no host", url)
    return candidate


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_address(url: str, allow_private: bool, resolver: Resolver = system_resolver) -> None:
    """Refuse URLs whose host resolves to a loopback, private, link-local or reserved address.

    Checked before connecting; a host that re-resolves to another address between this check and the
    connection (DNS rebinding) is not caught here.
    """
    if allow_private:
        return
    host = urlsplit(url).hostname or ""
    addresses = [host] if _is_ip_literal(host) else resolver(host)
    for address in addresses:
        if not is_public_address(address):
            raise BlockedURLError(f"refusing non-public address {address} (pass --allow-private to fetch it)", url)


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
