"""What every command shares: option types, and turning library errors into one line + exit code."""

from __future__ import annotations

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


def require_db(db: Path) -> None:
    """Read-only commands never create an empty corpus where the user mistyped a path (exit 3)."""
    if not db.exists():
        error(f"{db}: no such database (run `newscorpus fetch` first)")
        raise typer.Exit(exit_codes.DATABASE)
