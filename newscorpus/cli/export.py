"""`newscorpus export`: the corpus, or a selection of it, as JSON Lines, CSV or sharded Parquet."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from newscorpus import settings
from newscorpus.cli import exit_codes
from newscorpus.cli.common import DEFAULT_DB, DbOption, error, fatal_errors, finite, warn_unknown_sites
from newscorpus.timespec import parse_instant

if TYPE_CHECKING:
    from newscorpus.export import ExportRequest

STDOUT = "-"
FORMATS = ("jsonl", "csv", "parquet")
BY = ("fetched", "published")
# Suffixes of compressed files, which export does not write.
COMPRESSED = (".gz", ".bz2", ".xz", ".zst", ".zip")


def export(
    output: Annotated[
        str | None,
        typer.Argument(help="Output file (- for standard output); its extension picks the format (.csv, .parquet)."),
    ] = None,
    db: DbOption = DEFAULT_DB,
    format: Annotated[
        str | None, typer.Option("--format", "-f", help="jsonl, csv or parquet [default: from OUTPUT, else jsonl].")
    ] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="Same as --format jsonl.")] = False,
    parquet: Annotated[
        Path | None, typer.Option("--parquet", help="Write Parquet shards (part-NNNNN.parquet) into this folder.")
    ] = None,
    shard_rows: Annotated[
        int, typer.Option("--shard-rows", min=1, help="Rows per Parquet file.")
    ] = settings.PARQUET_SHARD_ROWS,
    include_duplicates: Annotated[
        bool, typer.Option("--include-duplicates", help="Write every article, not one per dedup cluster.")
    ] = False,
    sites: Annotated[
        list[str] | None, typer.Option("--site", help="Only this site rule's articles; repeatable.")
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="From this time on: 2024-03-01, an ISO 8601 time, or 36h / 7d ago.")
    ] = None,
    until: Annotated[str | None, typer.Option("--until", help="Before this time (same forms as --since).")] = None,
    by: Annotated[
        str, typer.Option("--by", help="The time --since/--until compare: fetched or published.")
    ] = "fetched",
    min_confidence: Annotated[
        float | None,
        typer.Option(
            "--min-confidence",
            min=0.0,
            max=1.0,
            callback=finite,  # nan passes the range check and matched nothing
            help="Only articles whose extraction confidence is at least this; ignored (with a note) on a corpus"
            " that records no confidence yet.",
        ),
    ] = None,
    new_for: Annotated[
        str | None,
        typer.Option(
            "--new-for",
            metavar="NAME",
            help="Only articles added since consumer NAME's last complete export; moves NAME's cursor when"
            " the output is complete (the one write export makes to the database).",
        ),
    ] = None,
) -> None:
    """Write the corpus, or a selection of it, as JSON Lines, CSV or Parquet (one article per dedup cluster).

    Each record has its related list and cluster_id (every article with --include-duplicates). The
    database is opened read-only; a file is written atomically, a device or FIFO is streamed to, anything
    else is refused.
    """
    from newscorpus.corpus import Corpus, Selection, TimeField
    from newscorpus.export import ExportRequest, Format

    chosen, target = _format_and_target(output, format, jsonl, parquet)
    if by not in BY:
        _usage(f"--by must be one of {', '.join(BY)}")
    start, end = _time_range(since, until)
    with fatal_errors():
        selection = Selection(
            sites=tuple(sites or ()),
            since=start,
            until=end,
            by=TimeField(by),
            min_confidence=min_confidence,
            include_duplicates=include_duplicates,
        )
        request = ExportRequest(target, Format(chosen), selection, new_for, shard_rows)
        if selection.sites:
            with Corpus(db) as corpus:
                warn_unknown_sites(selection.sites, corpus)
        _run(db, request)


def _run(db: Path, request: ExportRequest) -> None:
    from newscorpus.export import export

    if request.target == STDOUT:
        with _stdout() as stream:
            result = export(db, request, stream)
    else:
        result = export(db, request)
    if not result.confidence_filtered:
        typer.echo("newscorpus: note: this corpus records no confidence yet; --min-confidence ignored", err=True)
    where = "stdout" if request.target == STDOUT else request.target
    files = f" ({len(result.files)} Parquet files)" if request.format == "parquet" else ""
    typer.echo(f"exported {result.rows} articles to {where}{files}", err=True)


def _format_and_target(output: str | None, fmt: str | None, jsonl: bool, parquet: Path | None) -> tuple[str, str]:
    """--parquet DIR and --jsonl keep working; otherwise --format, else OUTPUT's extension, else JSONL."""
    if parquet is not None and (jsonl or output is not None):
        _usage("choose one output format: --jsonl or --parquet DIR (a Parquet export takes no OUTPUT)")
    fmt = fmt.lower() if fmt is not None else None  # JSONL and CSV are how people write them
    if fmt is not None and fmt not in FORMATS:
        _usage(f"--format must be one of {', '.join(FORMATS)}")
    implied = "parquet" if parquet is not None else "jsonl" if jsonl else None
    if fmt is not None and implied is not None and fmt != implied:
        _usage(f"--format {fmt} contradicts --{implied}")
    target = str(parquet) if parquet is not None else output or STDOUT
    chosen = fmt or implied or ("jsonl" if target == STDOUT else _by_extension(target))
    if chosen == "parquet" and target == STDOUT:
        _usage("a Parquet export needs a folder: --parquet DIR")
    if chosen != "parquet" and Path(target).suffix.lower() in COMPRESSED:
        # The file would hold plain text under a name that says otherwise: zcat and loaders then fail on it.
        _usage(f"{target}: export writes uncompressed {chosen}; compress a stream instead: export - | gzip > {target}")
    return chosen, target


def _by_extension(target: str) -> str:
    from newscorpus.export import Format

    return Format.for_path(target).value


def _time_range(since: str | None, until: str | None) -> tuple[datetime | None, datetime | None]:
    """--since and --until as instants; a range that holds no instant (swapped, or equal ends) is a usage
    error rather than an export of nothing that looks like an empty corpus."""
    start, end = _instant("--since", since), _instant("--until", until)
    if start is not None and end is not None and start >= end:
        _usage(f"--since {since} is not before --until {until}: no time lies in that range")
    return start, end


def _instant(option: str, value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return parse_instant(value)
    except ValueError:
        _usage(f"{option} {value!r}: expected 2024-03-01, 2024-03-01T08:00+08:00, 36h or 7d")
    return None


def _usage(message: str) -> None:
    error(message)
    raise typer.Exit(exit_codes.USAGE)


@contextmanager
def _stdout() -> Iterator[TextIO]:
    """Standard output as UTF-8 whatever the locale says (JSONL is UTF-8 by contract). When writing fails
    (a full disk, /dev/full, a closed pipe), the descriptor is pointed at /dev/null: the interpreter's
    own flush at exit would otherwise print a second, traceback-like error after our one line."""
    stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="", write_through=False)
    try:
        yield stream
    except BaseException:
        _silence_stdout()
        raise
    finally:
        with suppress(OSError, ValueError):
            stream.detach()  # leave sys.stdout's buffer open for typer's own output


def _silence_stdout() -> None:
    try:
        fd = sys.stdout.fileno()
    except (OSError, ValueError, io.UnsupportedOperation):
        return  # not a real descriptor (a test runner's buffer): nothing will be flushed at exit
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)
