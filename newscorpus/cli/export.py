"""`newscorpus export`: stream the corpus out as JSON Lines, or as sharded Parquet."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from newscorpus import settings
from newscorpus.cli import exit_codes
from newscorpus.cli.common import DEFAULT_DB, DbOption, error, fatal_errors
from newscorpus.export import write_jsonl
from newscorpus.export_parquet import write_parquet
from newscorpus.store import Store


def export(
    output: Annotated[str, typer.Argument(help="JSONL output file, or - for standard output.")] = "-",
    db: DbOption = DEFAULT_DB,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="Write JSON Lines to OUTPUT.")] = False,
    parquet: Annotated[
        Path | None, typer.Option("--parquet", help="Write Parquet shards (part-NNNNN.parquet) into this folder.")
    ] = None,
    shard_rows: Annotated[
        int, typer.Option("--shard-rows", min=1, help="Rows per Parquet file.")
    ] = settings.PARQUET_SHARD_ROWS,
    include_duplicates: Annotated[
        bool, typer.Option("--include-duplicates", help="Write every article, not one per dedup cluster.")
    ] = False,
) -> None:
    """Write one article per dedup cluster (all with --include-duplicates) with its related list and cluster_id:
    JSON Lines (UTF-8), or Parquet for datasets/DuckDB/Spark."""
    if jsonl == (parquet is not None):
        error("choose one output format: --jsonl or --parquet DIR")
        raise typer.Exit(exit_codes.USAGE)
    if not db.exists():
        error(f"{db}: no such database (run `newscorpus fetch` first)")
        raise typer.Exit(exit_codes.DATABASE)
    with fatal_errors(), Store(db) as store:
        if parquet is not None:
            result = write_parquet(store, parquet, shard_rows, include_duplicates)
            typer.echo(f"exported {result.rows} articles to {len(result.files)} Parquet files in {parquet}", err=True)
        else:
            _export_jsonl(store, output, include_duplicates)


def _export_jsonl(store: Store, output: str, include_duplicates: bool) -> None:
    if output == "-":
        count = write_jsonl(store, sys.stdout, include_duplicates)
    else:
        # Written beside the target and renamed, so a reader never sees half a file.
        partial = Path(output + ".partial")
        with partial.open("w", encoding="utf-8") as out:
            count = write_jsonl(store, out, include_duplicates)
        os.replace(partial, output)
    typer.echo(f"exported {count} articles to {output if output != '-' else 'stdout'}", err=True)
