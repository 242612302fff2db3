"""The one Typer app; each command lives in its own module and only parses arguments.

Commands are loaded lazily: `newscorpus --help` (and shell completion of command names) reads the
one-line summaries below and imports no command module, and `newscorpus sites` imports only
``cli/sites.py`` and what it uses, never the crawler, SQLite layer or Ray. A test keeps each summary
equal to its command's docstring.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup
from typer.main import get_command_from_info
from typer.models import CommandInfo

from newscorpus import __version__
from newscorpus.streams import safe_streams

# name -> (module, function, first paragraph of its docstring), in the order `--help` lists them.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "fetch": (
        "newscorpus.cli.fetch",
        "fetch",
        "Crawl and store articles; a rerun fetches only what is new (safe to run from cron, one run per DB).",
    ),
    "ingest-warc": (
        "newscorpus.cli.ingest_warc",
        "ingest_warc",
        "Decode, parse and store every HTML response of the archives, as `fetch` stores pages.",
    ),
    "parse": (
        "newscorpus.cli.parse",
        "parse",
        "Parse saved pages and print one JSON object per file (path, url, site, parser, fields, related).",
    ),
    "export": (
        "newscorpus.cli.export",
        "export",
        "Write the corpus, or a selection of it, as JSON Lines, CSV or Parquet (one article per dedup cluster).",
    ),
    "sites": (
        "newscorpus.cli.sites",
        "sites",
        "List site rules with their version and hosts (pages from other hosts use the generic extractor).",
    ),
    "reparse": (
        "newscorpus.cli.reparse",
        "reparse",
        "Re-run the parsers over stored pages whose parser is older or that broke one; report what changed.",
    ),
    "dedup": (
        "newscorpus.cli.dedup",
        "dedup",
        "Recompute signatures, LSH bands and clusters with today's parameters (after changing them).",
    ),
    "search": (
        "newscorpus.cli.search",
        "search",
        "Find articles by title and body, best match first, with the match marked in a snippet.",
    ),
    "stats": (
        "newscorpus.cli.stats",
        "stats",
        "Articles per site and day, failures by reason, duplicates dropped, recent runs, and per site rule the"
        " fill rate of each field on its recent pages against its history.",
    ),
    "doctor": (
        "newscorpus.cli.doctor",
        "doctor",
        "Check every site rule for template drift: a field filled on far fewer recent pages than before.",
    ),
    "demo": (
        "newscorpus.cli.demo",
        "demo",
        "Serve the demo portal on 127.0.0.1, crawl it from its home page into a fresh database, export JSONL.",
    ),
}


def load_command(name: str, group: TyperGroup) -> Any:
    """The real click command for ``name``: its module imported now, as Typer would have built it."""
    module, function, _ = COMMANDS[name]
    callback = getattr(importlib.import_module(module), function)
    return get_command_from_info(
        CommandInfo(name=name, callback=callback),
        pretty_exceptions_short=True,
        rich_markup_mode=group.rich_markup_mode,
    )


class LazyGroup(TyperGroup):
    """Listing uses the summaries in COMMANDS; resolving a command to run it imports its module."""

    _listing = False

    def list_commands(self, ctx: Any) -> list[str]:
        eager = [name for name in super().list_commands(ctx) if name not in COMMANDS]
        return [*COMMANDS, *eager]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name in self.commands or cmd_name not in COMMANDS:
            return super().get_command(ctx, cmd_name)
        if self._listing:
            summary = COMMANDS[cmd_name][2]
            return TyperCommand(name=cmd_name, help=summary, rich_markup_mode=self.rich_markup_mode)
        self.commands[cmd_name] = load_command(cmd_name, self)
        return self.commands[cmd_name]

    @contextmanager
    def _summaries(self) -> Iterator[None]:
        self._listing = True
        try:
            yield
        finally:
            self._listing = False

    def format_help(self, ctx: Any, formatter: Any) -> None:
        with self._summaries():
            super().format_help(ctx, formatter)

    def shell_complete(self, ctx: Any, incomplete: str) -> Any:
        with self._summaries():
            return super().shell_complete(ctx, incomplete)

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        """A bad option value or unknown command is one line and exit 2, like our own usage errors: click's
        usage box (three lines, the error last) reads badly in cron mail and log greps."""
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        click_errors = _click_exceptions()
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except click_errors.ClickException as exc:
            if type(exc).__name__ == "NoArgsIsHelpError":
                exc.show()  # bare `newscorpus` (or a command without its arguments) prints its help
            else:
                typer.echo(f"newscorpus: error: {_one_line(exc)}", err=True)
            sys.exit(exc.exit_code)
        except typer.Abort:
            typer.echo("newscorpus: error: aborted", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


def _click_exceptions() -> Any:
    """The click that raises: typer >= 0.28 ships its own copy as ``typer._click``; older ones use click."""
    try:
        return importlib.import_module("typer._click.exceptions")
    except ImportError:
        return importlib.import_module("click.exceptions")


def _one_line(exc: Any) -> str:
    message = " ".join(exc.format_message().split())
    ctx = getattr(exc, "ctx", None)
    message = _without_unused_envvar(message, ctx, getattr(exc, "param", None))
    return f"{message} (see '{ctx.command_path} --help')" if ctx is not None else message


def _without_unused_envvar(message: str, ctx: Any, param: Any) -> str:
    """Typer names an option's env var in every error about it (`--depth -1` said "(env var:
    'NEWSCORPUS_DEPTH')"), which sends a user looking for a variable they never set: keep it only when
    the bad value came from the environment."""
    envvar = getattr(param, "envvar", None)
    if ctx is None or not isinstance(envvar, str):
        return message
    source = ctx.get_parameter_source(param.name)
    if source is not None and source.name == "ENVIRONMENT":
        return message
    return message.replace(f" (env var: '{envvar}')", "")


app = typer.Typer(
    name="newscorpus",
    cls=LazyGroup,
    help="Scrape Chinese news portals into a clean, deduplicated SQLite corpus.",
    no_args_is_help=True,
    # Plain click help and usage errors: rendering them with rich imports rich, markdown-it and pygments
    # (~250 ms, more than the whole start-up budget) for boxes around text. Cron mail stays plain too.
    rich_markup_mode=None,
    # `newscorpus --install-completion` (bash, zsh, fish, PowerShell); completion lists commands lazily.
    add_completion=True,
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
