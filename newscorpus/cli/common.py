"""What every command shares: option types, and turning library errors into one line + exit code."""

from __future__ import annotations

import codecs
import io
import math
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from newscorpus import settings
from newscorpus.cli import exit_codes
from newscorpus.errors import DatabaseError, MissingExtraError, NewscorpusError

DbOption = Annotated[Path, typer.Option("--db", envvar="NEWSCORPUS_DB", help="SQLite corpus file.", show_default=True)]
DEFAULT_DB = Path(settings.DEFAULT_DB)


def error(message: str) -> None:
    typer.echo(f"newscorpus: error: {message}", err=True)


@contextmanager
def fatal_errors() -> Iterator[None]:
    """A DatabaseError ends the run with exit 3, a missing optional extra with 2 (the command cannot run
    as asked), any other NewscorpusError with exit 1. One line each."""
    try:
        yield
    except MissingExtraError as exc:
        error(exc.message)
        raise typer.Exit(exit_codes.USAGE) from None
    except DatabaseError as exc:
        error(str(exc))
        raise typer.Exit(exit_codes.DATABASE) from None
    except NewscorpusError as exc:
        error(str(exc))
        raise typer.Exit(exit_codes.SOME_FAILED) from None


# --- option checks: what would otherwise fail deep inside with a traceback fails here with exit 2 ---------

_RAY_ADDRESS = re.compile(r"(?:auto|local|(?:ray://)?(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5})")


def finite(value: float | None) -> float | None:
    """nan and inf pass Click's range checks (every comparison with nan is false): refuse them here."""
    if value is not None and not math.isfinite(value):
        raise typer.BadParameter("must be a finite number")
    return value


def header_value(value: str) -> str:
    """HTTP header values are ASCII without control characters; httpx would raise on anything else."""
    if not all(" " <= ch <= "~" for ch in value):
        raise typer.BadParameter("must be printable ASCII (no control or non-ASCII characters)")
    return value


def ray_address(value: str | None) -> str | None:
    if value is not None and not _RAY_ADDRESS.fullmatch(value.strip()):
        raise typer.BadParameter("expected HOST:PORT, ray://HOST:PORT or auto")
    return value.strip() if value is not None else None


def host_ports(values: list[str] | None) -> list[str]:
    """--allow-private-host HOST[:PORT]: a host name or IP literal (IPv6 in brackets), an optional port."""
    for value in values or []:
        if not re.fullmatch(r"(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9._-]+)(?::\d{1,5})?", value.strip()):
            raise typer.BadParameter(f"{value!r} is not HOST or HOST:PORT")
    return [value.strip().lower() for value in values or []]


def ascii_domains(values: list[str] | None) -> list[str]:
    """--allow-domain in the form links are compared in: canonical URLs carry IDNA (punycode) hosts."""
    domains = []
    for value in values or []:
        if value.isascii():
            domains.append(value)
            continue
        host, colon, port = value.strip().partition(":")
        try:
            domains.append(host.encode("idna").decode("ascii") + colon + port)
        except UnicodeError as exc:
            raise typer.BadParameter(f"{value!r} is not a domain name ({exc})") from None
    return domains


# --- output that never fails on the stream's encoding ------------------------------------------------------


def safe_streams() -> None:
    """PYTHONIOENCODING=ascii (or a C locale) must not turn a Chinese title into a traceback: characters the
    stream cannot encode are written as JSON escapes (``\\uXXXX``, surrogate pairs above the BMP), so a JSON
    line stays valid JSON with the same content and plain text stays readable."""
    codecs.register_error(_JSON_ESCAPE, _json_escape)
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and not _unicode(stream):
            stream.reconfigure(errors=_JSON_ESCAPE)


_JSON_ESCAPE = "newscorpus-json-escape"


def _json_escape(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    escaped = []
    for char in exc.object[exc.start : exc.end]:
        code = ord(char)
        if code > 0xFFFF:  # JSON has no escape above the BMP: a UTF-16 surrogate pair
            code -= 0x10000
            escaped.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            escaped.append(f"\\u{code:04x}")
    return "".join(escaped), exc.end


def json_ascii() -> bool:
    """Whether JSON for stdout must be written with ensure_ascii (a stream that cannot encode Unicode)."""
    return not _unicode(sys.stdout)


def _unicode(stream: object) -> bool:
    encoding = getattr(stream, "encoding", None) or "utf-8"
    return encoding.lower().replace("_", "-").startswith(("utf-8", "utf8", "utf-16", "utf-32"))


def display_path(path: Path | str) -> str:
    """A file name as text that any stream can write: undecodable bytes (surrogate escapes) become U+FFFD."""
    return os.fsencode(path).decode("utf-8", errors="replace")
