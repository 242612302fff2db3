"""What every command shares: option types, and turning library errors into one line + exit code."""

from __future__ import annotations

import difflib
import math
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newscorpus import settings
from newscorpus.cli import exit_codes
from newscorpus.errors import DatabaseError, MissingExtraError, NewscorpusError, UsageError

if TYPE_CHECKING:  # typing only: the commands that filter by site import it when they run
    from newscorpus.corpus import Corpus

DbOption = Annotated[Path, typer.Option("--db", envvar="NEWSCORPUS_DB", help="SQLite corpus file.", show_default=True)]
DEFAULT_DB = Path(settings.DEFAULT_DB)


def error(message: str) -> None:
    typer.echo(f"newscorpus: error: {message}", err=True)


def warn(message: str) -> None:
    typer.echo(f"newscorpus: warning: {message}", err=True)


def warn_unknown_sites(names: Iterable[str], corpus: Corpus) -> None:
    """A --site filter that names no site rule and no stored article is most likely a typo: it selected
    nothing, silently, as if the corpus were empty. Said on stderr; the command still succeeds as asked."""
    from newscorpus.scrapers.generic import NAME as GENERIC
    from newscorpus.scrapers.registry import Registry

    known = [*Registry.load().names(), GENERIC]
    for name in names:
        if name not in known and not corpus.has_site(name):
            near = difflib.get_close_matches(name, known, n=1)
            hint = f"; did you mean {near[0]!r}?" if near else f"; site rules: {', '.join(known)}"
            warn(f"--site {name!r}: no site rule and no article of that name in this corpus{hint}")


def require_database(db: Path) -> None:
    """Commands that work on an existing corpus must not create an empty one where a path was mistyped."""
    if not db.is_file():
        raise DatabaseError("no such database (run `newscorpus fetch` first)", str(db))


@contextmanager
def fatal_errors() -> Iterator[None]:
    """A DatabaseError ends the run with exit 3, a UsageError (unknown site, missing optional extra, bad
    config) with 2 (the command cannot run as asked), any other NewscorpusError with exit 1. One line each."""
    try:
        yield
    except UsageError as exc:
        # ``where`` of a missing extra names the package, already in its message.
        error(exc.message if isinstance(exc, MissingExtraError) else str(exc))
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


def display_path(path: Path | str) -> str:
    """A file name as text that any stream can write: undecodable bytes (surrogate escapes) become U+FFFD."""
    return os.fsencode(path).decode("utf-8", errors="replace")
