"""The export stage: the selected records of corpus.db as JSON Lines, CSV or Parquet, in constant memory.

Reading is read-only (``corpus.open_readonly``): export never migrates or converts a database. The one
write is a named consumer's cursor (``--new-for NAME``), moved only after its output is complete, so a
failed or interrupted export hands the same articles to the next run.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import TextIO

from newscorpus import record, settings
from newscorpus.clock import now_iso
from newscorpus.corpus import CURSOR_TABLE, Corpus, Selection
from newscorpus.errors import WriteError
from newscorpus.lock import consumer_lock
from newscorpus.output import open_output
from newscorpus.record import Record


class Format(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"
    PARQUET = "parquet"

    @classmethod
    def for_path(cls, path: str) -> Format:
        """By extension: .csv, .parquet (a folder of shards, as Spark names them), anything else JSONL."""
        suffix = Path(path).suffix.lower()
        return {".csv": cls.CSV, ".parquet": cls.PARQUET}.get(suffix, cls.JSONL)


@dataclass(frozen=True)
class ExportRequest:
    target: str  # a file, a folder for Parquet; "-" (standard output) is handled by the caller's stream
    format: Format = Format.JSONL
    selection: Selection = field(default_factory=Selection)
    consumer: str | None = None  # --new-for: only what this consumer has not received yet
    shard_rows: int = settings.PARQUET_SHARD_ROWS


@dataclass(frozen=True)
class ExportResult:
    rows: int
    files: list[Path]
    confidence_filtered: bool  # False when --min-confidence was asked on a corpus without confidence


def export(db_path: str | Path, request: ExportRequest, stream: TextIO | None = None) -> ExportResult:
    """Write the request's records to ``stream`` when given (standard output), else to its target.

    A consumer's export holds that consumer's lock from reading its cursor until the cursor has moved: a
    second export for it meanwhile (cron overlapping itself) raises LockedError instead of delivering the
    same articles again. The lock is taken once the file has proved to be a corpus, so nothing is created
    beside another application's file."""
    with ExitStack() as claim:
        with Corpus(db_path) as corpus:
            selection = request.selection
            if request.consumer is not None:
                claim.enter_context(consumer_lock(db_path, request.consumer))
                last = corpus.last_article_id()
                selection = replace(selection, after_id=corpus.cursor(request.consumer), up_to_id=last)
            filtered = selection.min_confidence is None or corpus.has_column("a.confidence")
            rows, files = _write(request, corpus.select(selection), stream)
        if request.consumer is not None and selection.up_to_id is not None:
            advance_cursor(db_path, request.consumer, selection.up_to_id, rows)
    return ExportResult(rows, files, filtered)


def _write(request: ExportRequest, records: Iterable[Record], stream: TextIO | None) -> tuple[int, list[Path]]:
    if request.format is Format.PARQUET:
        # Imported here: pyarrow is an optional extra, and this module is on every export's path.
        from newscorpus.export_parquet import write_parquet

        result = write_parquet(records, Path(request.target), request.shard_rows)
        return result.rows, result.files
    writer = write_csv if request.format is Format.CSV else write_jsonl
    if stream is not None:
        try:
            count = writer(records, stream)
            stream.flush()  # complete means flushed: only then may a cursor move
        except BrokenPipeError as exc:
            raise WriteError("standard output was closed before the export finished", "-") from exc
        except OSError as exc:
            raise WriteError(f"cannot write to standard output ({exc.strerror or exc})", "-") from exc
        return count, []
    with open_output(request.target) as out:
        return writer(records, out), [Path(request.target)]


def write_jsonl(records: Iterable[Record], out: TextIO) -> int:
    count = 0
    for item in records:
        out.write(json.dumps(item, ensure_ascii=False) + "\n")  # one write per line: half the calls
        count += 1
    return count


def write_csv(records: Iterable[Record], out: TextIO) -> int:
    """A header, then one line per record; the related list is one JSON string column."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(record.names())
    count = 0
    for item in records:
        writer.writerow(record.csv_row(item))
        count += 1
    return count


def advance_cursor(db_path: str | Path, consumer: str, article_id: int, exported: int) -> None:
    """Record that ``consumer`` has every article up to ``article_id``; through the normal writable open
    (a cursor is corpus state like any other, kept by its migration), and never moved backwards."""
    from newscorpus.store import Store  # the writing side: only an export with --new-for needs it

    with Store(db_path) as store, store.transaction() as db:
        db.conn.execute(
            f"INSERT INTO {CURSOR_TABLE} (name, article_id, exported, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(name) DO UPDATE SET article_id = max(article_id, excluded.article_id),"
            " exported = excluded.exported, updated_at = excluded.updated_at",
            [consumer, article_id, exported, now_iso()],
        )
