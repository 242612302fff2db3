"""`newscorpus dedup`: rebuild every dedup cluster from scratch and report the counts."""

from __future__ import annotations

import typer

from newscorpus.cli.common import DEFAULT_DB, DbOption, fatal_errors, require_database
from newscorpus.lock import run_lock
from newscorpus.runs import recorded
from newscorpus.store import Store


def dedup(db: DbOption = DEFAULT_DB) -> None:
    """Recompute signatures, LSH bands and clusters with today's parameters (after changing them)."""
    with fatal_errors():
        require_database(db)
        with run_lock(db), Store(db) as store, recorded(store, "dedup", {}) as run:
            report = store.rebuild_dedup()
            run.counts = {"articles": report.articles, "clusters": report.clusters, "duplicates": report.duplicates}
    typer.echo(f"{report.articles} articles, {report.clusters} clusters, {report.duplicates} duplicates")
