"""newscorpus.toml: the portals a cron job crawls, each with its own depth and politeness, and the
fetch defaults (proxy, headers, User-Agent) shared by every run.

    [fetch]                          # defaults for every portal; command-line options win
    delay = 1.0
    per_host = 2
    proxy = "http://127.0.0.1:3128"  # or "env": use HTTP(S)_PROXY / NO_PROXY from the environment
    headers = { "Accept-Language" = "zh-CN" }

    [[portal]]
    urls = ["https://news.example.cn/"]   # or url = "..."
    depth = 2
    delay = 2.0
    per_host = 1
    allow_domains = ["example.cn"]

The file is ``--config FILE``, else ``$NEWSCORPUS_CONFIG``, else ``./newscorpus.toml`` when it exists.
Unknown keys and wrong types are a ConfigError naming the key: a typo must not silently crawl harder.
"""

from __future__ import annotations

import math
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newscorpus.errors import ConfigError

# Header names are RFC 9110 tokens; values printable ASCII (httpx sends ASCII, and CR/LF would split them).
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_VALUE = re.compile(r"[\x20-\x7e\t]*")

DEFAULT_FILE = "newscorpus.toml"
ENV_VAR = "NEWSCORPUS_CONFIG"
# Which Python type each key takes; ints are accepted where a float is expected.
_SITE_KEYS: dict[str, type] = {"depth": int, "delay": float, "per_host": int, "max_pages": int}
_FETCH_KEYS: dict[str, type] = {**_SITE_KEYS, "concurrency": int, "user_agent": str, "proxy": str, "attempts": int}


@dataclass(frozen=True)
class SiteSettings:
    """What may differ from portal to portal; None = the command line's value or the built-in default."""

    depth: int | None = None
    delay: float | None = None
    per_host: int | None = None
    max_pages: int | None = None
    allow_domains: tuple[str, ...] = ()


@dataclass(frozen=True)
class Portal:
    urls: tuple[str, ...]
    settings: SiteSettings = field(default_factory=SiteSettings)


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    fetch: dict[str, Any] = field(default_factory=dict)  # validated [fetch] keys, see _FETCH_KEYS
    headers: tuple[tuple[str, str], ...] = ()
    portals: tuple[Portal, ...] = ()


def locate(explicit: Path | None) -> Path | None:
    """The config file to read: explicit, else $NEWSCORPUS_CONFIG, else ./newscorpus.toml if present."""
    if explicit is not None:
        return explicit
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env)
    default = Path(DEFAULT_FILE)
    return default if default.is_file() else None


def load(path: Path | None) -> Config:
    """The parsed, validated config; an empty one when there is no file."""
    if path is None:
        return Config()
    try:
        # utf-8-sig: a byte-order mark (Windows editors) made tomllib fail at line 1, column 1.
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise ConfigError(f"cannot read config ({exc.strerror or exc})", str(path)) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"not valid TOML ({exc})", str(path)) from exc
    return _parse(data, path)


def _parse(data: dict[str, Any], path: Path) -> Config:
    _only(data, {"fetch", "portal"}, "", path)
    fetch = data.get("fetch", {})
    _table(fetch, "[fetch]", path)
    _only(fetch, {*_FETCH_KEYS, "headers"}, "[fetch]", path)
    defaults = {
        key: _typed(fetch[key], kind, f"fetch.{key}", path) for key, kind in _FETCH_KEYS.items() if key in fetch
    }
    portals = data.get("portal", [])
    if not isinstance(portals, list):
        raise ConfigError("[[portal]] must be an array of tables", str(path))
    return Config(path, defaults, _headers(fetch.get("headers", {}), path), tuple(_portal(p, path) for p in portals))


def _portal(item: Any, path: Path) -> Portal:
    _table(item, "[[portal]]", path)
    _only(item, {"url", "urls", "allow_domains", *_SITE_KEYS}, "[[portal]]", path)
    urls = [item["url"]] if "url" in item else item.get("urls", [])
    if not urls or not all(isinstance(u, str) and u.strip() for u in urls):
        raise ConfigError('a [[portal]] needs url = "..." or urls = ["..."]', str(path))
    domains = item.get("allow_domains", [])
    if not isinstance(domains, list) or not all(isinstance(d, str) for d in domains):
        raise ConfigError("portal.allow_domains must be a list of strings", str(path))
    values = {key: _typed(item[key], kind, f"portal.{key}", path) for key, kind in _SITE_KEYS.items() if key in item}
    return Portal(tuple(u.strip() for u in urls), SiteSettings(**values, allow_domains=tuple(domains)))


def _headers(value: Any, path: Path) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise ConfigError("fetch.headers must be a table of strings", str(path))
    return _check_headers(tuple((str(name), text) for name, text in value.items()), path)


def _typed(value: Any, kind: type, key: str, path: Path) -> Any:
    # bool is an int in Python: `depth = true` is a mistake, not a depth of 1.
    if isinstance(value, bool) or not isinstance(value, kind if kind is not float else (int, float)):
        raise ConfigError(f"{key} must be {'a number' if kind is float else kind.__name__}, not {value!r}", str(path))
    if kind in (int, float) and not (math.isfinite(value) and value >= 0):
        raise ConfigError(f"{key} must be a finite number, not negative: {value!r}", str(path))
    return float(value) if kind is float else value


def _table(value: Any, name: str, path: Path) -> None:
    if not isinstance(value, dict):
        raise ConfigError(f"{name} must be a table", str(path))


def _only(table: dict[str, Any], allowed: set[str], where: str, path: Path) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        place = f" in {where}" if where else ""
        raise ConfigError(f"unknown key {unknown[0]!r}{place} (allowed: {', '.join(sorted(allowed))})", str(path))


def parse_header(text: str) -> tuple[str, str]:
    """``'Name: value'`` from the command line -> (name, value); a ConfigError when it is not a header."""
    name, sep, value = text.partition(":")
    name, value = name.strip(), value.strip()
    if not sep or not _TOKEN.fullmatch(name) or not _VALUE.fullmatch(value):
        raise ConfigError(f"--header {text!r}: expected 'Name: value' in printable ASCII")
    return name, value


def _check_headers(headers: tuple[tuple[str, str], ...], path: Path) -> tuple[tuple[str, str], ...]:
    for name, value in headers:
        try:
            parse_header(f"{name}: {value}")
        except ConfigError:
            raise ConfigError(
                f"fetch.headers: {name!r} is not a header name with a printable ASCII value", str(path)
            ) from None
    return headers
