"""`newscorpus reparse`: apply today's parsers to pages already stored, without fetching."""

from __future__ import annotations

from typing import Annotated

import typer

from newscorpus.cli.common import DEFAULT_DB, DbOption, fatal_errors
from newscorpus.reparse import reparse as reparse_pages
from newscorpus.runs import recorded
from newscorpus.scrapers.registry import Registry
from newscorpus.store import Store


def reparse(
    db: DbOption = DEFAULT_DB,
    site: Annotated[str | None, typer.Option("--site", help="Only pages of this site.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Re-parse even pages parsed by the current version.")] = False,
) -> None:
    """Re-run the parsers over stored raw pages whose parser version is older; report what changed."""
    with fatal_errors(), Store(db) as store, recorded(store, "reparse", {"site": site, "force": force}) as run:
        report = reparse_pages(store, Registry.load(), site, force)
        run.counts = {"examined": report.examined, "reparsed": report.reparsed, "changed": report.changed}
    typer.echo(f"examined {report.examined}, reparsed {report.reparsed}, changed {report.changed}")
