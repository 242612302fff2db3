"""`newscorpus fetch`: fetch article URLs, parse them and store them in corpus.db."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newscorpus import settings
from newscorpus.cli import exit_codes
from newscorpus.cli.common import DEFAULT_DB, DbOption, error, fatal_errors
from newscorpus.errors import ReadError
from newscorpus.fetch import Fetcher, FetchOptions
from newscorpus.pipeline import fetch_and_store
from newscorpus.scrapers.registry import Registry
from newscorpus.store import Store


def fetch(
    urls: Annotated[list[str] | None, typer.Argument(help="Article URLs to fetch.", show_default=False)] = None,
    db: DbOption = DEFAULT_DB,
    urls_file: Annotated[
        Path | None, typer.Option("--urls-file", help="File with one URL per line ('#' starts a comment).")
    ] = None,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private",
            envvar="NEWSCORPUS_ALLOW_PRIVATE",
            help="Allow loopback and private addresses (tests, intranet portals).",
        ),
    ] = False,
    user_agent: Annotated[
        str, typer.Option("--user-agent", envvar="NEWSCORPUS_USER_AGENT", help="User-Agent header to send.")
    ] = settings.USER_AGENT,
    attempts: Annotated[
        int, typer.Option("--attempts", min=1, max=10, help="Tries per URL for transient failures.")
    ] = settings.FETCH_ATTEMPTS,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the summary line and errors.")] = False,
) -> None:
    """Fetch article pages, parse them, and store them (re-running never duplicates rows)."""
    with fatal_errors():
        targets = [*(urls or []), *(_read_urls(urls_file) if urls_file else [])]
        if not targets:
            error("no URLs given (pass URLs or --urls-file)")
            raise typer.Exit(exit_codes.USAGE)
        options = FetchOptions(allow_private=allow_private, user_agent=user_agent, attempts=attempts)
        with Store(db) as store, Fetcher(options) as fetcher:
            report = fetch_and_store(
                targets,
                store,
                fetcher,
                Registry.load(),
                on_result=None if quiet else lambda url, outcome: typer.echo(f"{outcome:9} {url}", err=True),
            )
        for failure in report.failures:
            error(f"{failure.error}")
        typer.echo(report.summary())
        if report.failures:
            raise typer.Exit(exit_codes.SOME_FAILED)


def _read_urls(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ReadError(f"cannot read URL list ({exc})", str(path)) from exc
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
