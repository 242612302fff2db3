"""`newscorpus export`: stream the corpus out as JSON Lines."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from newscorpus.cli import exit_codes
from newscorpus.cli.common import DEFAULT_DB, DbOption, error, fatal_errors
from newscorpus.export import write_jsonl
from newscorpus.store import Store


def export(
    output: Annotated[str, typer.Argument(help="Output file, or - for standard output.")] = "-",
    db: DbOption = DEFAULT_DB,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="Write JSON Lines (the only format so far).")] = False,
    include_duplicates: Annotated[
        bool, typer.Option("--include-duplicates", help="Write every article, not one per dedup cluster.")
    ] = False,
) -> None:
    """Write one article per dedup cluster (all with --include-duplicates), with related list and cluster_id."""
    if not jsonl:
        error("choose an output format: --jsonl")
        raise typer.Exit(exit_codes.USAGE)
    if not db.exists():
        error(f"{db}: no such database (run `newscorpus fetch` first)")
        raise typer.Exit(exit_codes.DATABASE)
    with fatal_errors(), Store(db) as store:
        if output == "-":
            count = write_jsonl(store, sys.stdout, include_duplicates)
        else:
            # Written beside the target and renamed, so a reader never sees half a file.
            partial = Path(output + ".partial")
            with partial.open("w", encoding="utf-8") as out:
                count = write_jsonl(store, out, include_duplicates)
            os.replace(partial, output)
        typer.echo(f"exported {count} articles to {output if output != '-' else 'stdout'}", err=True)
