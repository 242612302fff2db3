"""What every command shares: option types, and turning library errors into one line + exit code."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from newscorpus import settings
from newscorpus.cli import exit_codes
from newscorpus.errors import DatabaseError, MissingExtraError, NewscorpusError, UsageError

DbOption = Annotated[Path, typer.Option("--db", envvar="NEWSCORPUS_DB", help="SQLite corpus file.", show_default=True)]
DEFAULT_DB = Path(settings.DEFAULT_DB)


def error(message: str) -> None:
    typer.echo(f"newscorpus: error: {message}", err=True)


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
