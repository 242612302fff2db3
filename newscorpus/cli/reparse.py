"""`newscorpus reparse`: apply today's parsers to pages already stored, without fetching."""

from __future__ import annotations

from typing import Annotated

import typer

from newscorpus.cli import exit_codes
from newscorpus.cli.common import DEFAULT_DB, DbOption, error, fatal_errors, require_database
from newscorpus.lock import run_lock
from newscorpus.reparse import reparse as reparse_pages
from newscorpus.runs import recorded
from newscorpus.scrapers import generic
from newscorpus.scrapers.registry import Registry
from newscorpus.store import Store


def reparse(
    db: DbOption = DEFAULT_DB,
    site: Annotated[
        str | None, typer.Option("--site", help="Only pages of this site (a rule name or 'generic').")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Re-parse even pages parsed by the current version.")] = False,
) -> None:
    """Re-run the parsers over stored pages whose parser is older or that broke one; report what changed.

    A page that fails again is reported and keeps its error (exit 1)."""
    with fatal_errors():
        require_database(db)
        registry = Registry.load()
        if site is not None and site != generic.NAME:
            registry.require(site)  # a usage error before the lock: the run never started, so no run row
        with run_lock(db), Store(db) as store, recorded(store, "reparse", {"site": site, "force": force}) as run:
            report = reparse_pages(store, registry, site, force)
            counts = {"examined": report.examined, "reparsed": report.reparsed, "changed": report.changed}
            run.counts = {**counts, "failed": len(report.failures)}
    for failure in report.failures:
        error(str(failure))
    typer.echo(
        f"examined {report.examined}, reparsed {report.reparsed}, changed {report.changed},"
        f" failed {len(report.failures)}"
    )
    if report.failures:
        raise typer.Exit(exit_codes.SOME_FAILED)
