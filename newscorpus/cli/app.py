"""The one Typer app; each command lives in its own module and only parses arguments."""

from __future__ import annotations

import typer

from newscorpus import __version__
from newscorpus.cli.common import safe_streams

app = typer.Typer(
    name="newscorpus",
    help="Scrape Chinese news portals into a clean, deduplicated SQLite corpus.",
    no_args_is_help=True,
    add_completion=False,
    # Cron mails stay plain: one-line errors from our handlers, never a rich traceback.
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newscorpus {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """Global options."""
    safe_streams()
