"""`newscorpus search`: full-text search over the stored articles' titles and bodies."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from newscorpus import settings
from newscorpus.cli import exit_codes
from newscorpus.cli.common import DEFAULT_DB, DbOption, fatal_errors, require_database, warn_unknown_sites


def search(
    query: Annotated[str, typer.Argument(help="Words of 2+ characters; every word must occur (e.g. 龙湖 上市).")],
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Hits to show at most.")] = settings.SEARCH_LIMIT,
    site: Annotated[str | None, typer.Option("--site", help="Only articles of this site rule.")] = None,
    include_duplicates: Annotated[
        bool, typer.Option("--include-duplicates", help="Every matching article, not one per duplicate cluster.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per hit (JSON Lines).")] = False,
) -> None:
    """Find articles by title and body, best match first, with the match marked in a snippet."""
    # Imported here: a command pays only for what it uses (start-up time of `newscorpus --help`).
    from newscorpus.corpus import Corpus
    from newscorpus.search import search as run_search
    from newscorpus.store import Store

    with fatal_errors():
        require_database(db)
        with Store(db) as store:
            if site is not None:
                warn_unknown_sites([site], Corpus(db, store.db.conn))
            # A query no index can answer (one character) is a QueryError: a usage error, exit 2.
            hits = run_search(store.db, query, limit=limit, site=site, include_duplicates=include_duplicates)
    for hit in hits:
        if as_json:
            typer.echo(json.dumps(hit.to_json(), ensure_ascii=False))
        else:
            typer.echo(
                f"{hit.site:10} {hit.published_at or '-':25} {hit.title or '(no title)'}\n  {hit.url}\n  {hit.snippet}"
            )
    if not hits:
        typer.echo(f"no article matches {query!r}", err=True)  # stdout stays empty, as grep's does
        raise typer.Exit(exit_codes.SOME_FAILED)
