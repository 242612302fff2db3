"""What we are allowed to fetch: absolute http(s) URLs to public addresses (unless told otherwise).

An IPv6 address can carry an IPv4 one (IPv4-compatible ``::a.b.c.d``, mapped ``::ffff:a.b.c.d``, translated
``::ffff:0:a.b.c.d``, NAT64 ``64:ff9b::/96``, 6to4 ``2002::/16``, Teredo): Python's ``is_global`` judges the
IPv6 wrapper, not what it reaches, so every embedded IPv4 address is unwrapped and judged on its own.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Collection
from urllib.parse import urlsplit

from newscorpus import settings
from newscorpus.errors import BlockedURLError, InvalidURLError

Resolver = Callable[[str], list[str]]
_IP = ipaddress.IPv4Address | ipaddress.IPv6Address
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")  # RFC 8215: local-use translation, never global
_IPV4_TRANSLATED = ipaddress.ip_network("::ffff:0:0:0/96")  # RFC 2765 SIIT
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")  # deprecated, still routed to IPv4 by some stacks


def system_resolver(host: str) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError):
        return []  # unresolvable: the fetch itself reports it as unreachable
    return [str(info[4][0]) for info in infos]


def validate_url(url: str) -> str:
    """Return the URL stripped of surrounding space, or raise InvalidURLError.

    Also refuses what httpx would refuse later with an untyped ``InvalidURL`` (control characters, a URL
    longer than it accepts, an IPv4 host spelled in octal or hex), so such a link is never queued.
    """
    candidate = url.strip()
    if len(candidate) > settings.MAX_URL_CHARS:
        raise InvalidURLError(f"URL longer than {settings.MAX_URL_CHARS} characters", url[:200])
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in candidate):
        raise InvalidURLError("control character in URL", repr(candidate)[:200])
    try:
        parts = urlsplit(candidate)
        parts.port  # noqa: B018 - raises ValueError on a non-numeric port
    except ValueError as exc:
        raise InvalidURLError(f"malformed URL ({exc})", url) from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise InvalidURLError("only http and https URLs can be fetched", url)
    if not parts.hostname:
        raise InvalidURLError("URL has no host", url)
    if _ambiguous_ipv4(parts.hostname):
        raise InvalidURLError("IPv4 address in a non-decimal or shortened spelling", url)
    ascii_host(candidate)  # what httpx would refuse when connecting, refused now, typed
    return candidate


def ascii_host(url: str) -> str:
    """The URL's host as httpx connects to it: IDNA (punycode) for internationalised names."""
    # Imported on first use: the site rules reach this module through URL canonicalisation, and httpx
    # costs 65 ms of start-up that `newscorpus sites` and `--help` never need.
    import httpx

    try:
        return httpx.URL(url).raw_host.decode("ascii")
    except (httpx.InvalidURL, UnicodeError) as exc:
        raise InvalidURLError(f"malformed URL ({exc})", url[:200]) from exc


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    return all(_public(part) for part in _reached(ip))


def check_address(
    url: str, allow_private: bool, resolver: Resolver = system_resolver, allow_hosts: Collection[str] = ()
) -> None:
    """Refuse URLs whose host resolves to a loopback, private, link-local or reserved address.

    ``allow_hosts`` (``--allow-private-host``) lifts the guard for those hosts only: ``host`` for any port,
    ``host:port`` for one. Checked before connecting; a host that re-resolves to another address between
    this check and the connection (DNS rebinding) is caught by ``check_peer`` on the connected socket.
    """
    if allow_private:
        return
    parts = urlsplit(url)
    host = (parts.hostname or "").rstrip(".")
    if host_allowed(host, parts.port, parts.scheme, allow_hosts):
        return
    addresses = [host] if _is_ip_literal(host) else resolver(host)
    for address in addresses:
        if not is_public_address(address):
            raise BlockedURLError(
                f"refusing non-public address {address} (pass --allow-private-host HOST[:PORT] to fetch it)", url
            )


def check_peer(host: str, port: int, peer: str, allow_hosts: Collection[str] = ()) -> None:
    """Refuse a connection whose socket reached a non-public address, before any byte of the request is
    sent: the address the connection really got, not the one a first lookup promised (DNS rebinding)."""
    if host_allowed(host.rstrip("."), port, "http", allow_hosts) or is_public_address(peer):
        return
    raise BlockedURLError(
        f"refusing non-public address {peer} reached at connect time (pass --allow-private-host HOST[:PORT])",
        f"{host}:{port}",
    )


def host_allowed(host: str, port: int | None, scheme: str, allow_hosts: Collection[str]) -> bool:
    if not allow_hosts:
        return False
    port = port or (443 if scheme == "https" else 80)
    spelled = f"[{host}]" if ":" in host else host
    return bool({host, spelled, f"{spelled}:{port}"} & {h.lower().strip() for h in allow_hosts})


def _reached(ip: _IP) -> list[_IP]:
    """The address itself and every IPv4 address it embeds (which is where packets really go)."""
    if isinstance(ip, ipaddress.IPv4Address):
        return [ip]
    reached: list[_IP] = [ip]
    last32 = ipaddress.IPv4Address(ip.packed[-4:])
    if ip.ipv4_mapped is not None:
        reached.append(ip.ipv4_mapped)
    if ip.sixtofour is not None:
        reached.append(ip.sixtofour)
    if ip.teredo is not None:
        reached.extend(ip.teredo)
    if ip in _NAT64 or ip in _IPV4_TRANSLATED or ip in _IPV4_COMPATIBLE:
        reached.append(last32)
    return reached


def _public(ip: _IP) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and (ip.is_site_local or ip in _NAT64_LOCAL):
        return False
    return ip.is_global and not ip.is_multicast


def _ambiguous_ipv4(host: str) -> bool:
    """``0177.0.0.1``, ``0x7f.1``, ``2130706433``: numeric hosts that libc reads as loopback but httpx
    rejects. A dotted host whose labels are all numbers (any base) must be plain dotted decimal."""
    labels = host.rstrip(".").split(".")
    if not all(label and (label.isdigit() or label.lower().startswith("0x")) for label in labels):
        return False
    return not _is_ip_literal(host)


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
