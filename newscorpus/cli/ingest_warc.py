"""`newscorpus ingest-warc`: store the HTML responses of WARC/ARC files, locally or on a Ray cluster."""

from __future__ import annotations

import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from newscorpus import settings
from newscorpus.cli import exit_codes
from newscorpus.cli.common import DEFAULT_DB, DbOption, error, fatal_errors, ray_address
from newscorpus.lock import run_lock
from newscorpus.runs import recorded
from newscorpus.scrapers.registry import Registry
from newscorpus.store import Store
from newscorpus.warc.engines import EngineOptions
from newscorpus.warc.ingest import Engine, ingest
from newscorpus.warc.writer import IngestReport, Progress


def ingest_warc(
    paths: Annotated[list[Path], typer.Argument(help="WARC/ARC files, gzipped or not.", show_default=False)],
    db: DbOption = DEFAULT_DB,
    host_suffix: Annotated[
        list[str] | None,
        typer.Option("--host-suffix", help="Keep only these hosts, e.g. .163.com,.sina.com.cn (repeatable)."),
    ] = None,
    engine: Annotated[Engine, typer.Option("--engine", envvar="NEWSCORPUS_ENGINE", help="Where parsing runs.")] = (
        Engine.LOCAL
    ),
    ray_address: Annotated[
        str | None,
        typer.Option(
            "--ray-address",
            envvar="NEWSCORPUS_RAY_ADDRESS",
            callback=ray_address,
            help="Ray cluster; default: start a local one.",
        ),
    ] = None,
    ray_workers: Annotated[
        int | None, typer.Option("--ray-workers", min=1, help="CPUs of the local Ray cluster (default: all).")
    ] = None,
    shard_records: Annotated[
        int, typer.Option("--shard-records", min=1, help="Records per Ray task.")
    ] = settings.WARC_SHARD_RECORDS,
    site: Annotated[
        str | None,
        typer.Option("--site", envvar="NEWSCORPUS_SITE", help="Parse every record with this site rule (a mirror)."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the summary line and errors.")] = False,
) -> None:
    """Decode, parse and store every HTML response of the archives, as `fetch` stores pages.

    Bad records are skipped and counted by reason; files already ingested into this database are skipped.
    """
    suffixes = tuple(s.strip() for item in host_suffix or [] for s in item.split(",") if s.strip())
    options = EngineOptions(suffixes, shard_records, ray_address, ray_workers, site)
    with fatal_errors():
        if site is not None:
            Registry.load().require(site)
        with (
            run_lock(db),
            Store(db) as store,
            recorded(store, "ingest-warc", {"paths": paths, "engine": engine, **asdict(options)}) as run,
        ):
            result = ingest(paths, store, engine, options, on_progress=None if quiet else _progress_line())
            run.counts = {**result.report.outcomes, **result.report.rejected, "records": result.report.records}
            failed = result.failures or result.report.parse_errors
            run.exit_status = exit_codes.SOME_FAILED if failed else exit_codes.OK
    if not quiet and sys.stderr.isatty():
        typer.echo("", err=True)  # end the progress line
    for failure in result.failures:
        error(failure.error)
    for parse_error in result.report.parse_errors:
        error(parse_error)
    if not quiet:
        for reason, example in sorted(result.report.examples.items()):
            typer.echo(f"skipped {reason}, e.g. {example}", err=True)
    typer.echo(result.report.summary())
    if result.failures or result.report.parse_errors:
        raise typer.Exit(exit_codes.SOME_FAILED)


def _progress_line() -> Progress | None:
    """A self-rewriting line on a terminal; nothing in cron mail or pipes."""
    if not sys.stderr.isatty():
        return None
    last = [0.0]

    def show(report: IngestReport) -> None:
        now = time.monotonic()
        if now - last[0] >= settings.PROGRESS_INTERVAL_S:
            last[0] = now
            sys.stderr.write(f"\r{report.progress()}")
            sys.stderr.flush()

    return show
