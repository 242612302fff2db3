"""`ingest-warc` as a library call: skip completed files, run an engine, return the report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from newscorpus import settings
from newscorpus.errors import InputError
from newscorpus.store import Store
from newscorpus.warc import ledger
from newscorpus.warc.engines import EngineOptions, run_local, run_ray
from newscorpus.warc.writer import IngestReport, Progress, Writer


class Engine(StrEnum):
    LOCAL = "local"
    RAY = "ray"


@dataclass(frozen=True)
class FileFailure:
    path: str
    error: str


@dataclass
class IngestResult:
    report: IngestReport
    failures: list[FileFailure] = field(default_factory=list)


def ingest(
    paths: Sequence[Path],
    store: Store,
    engine: Engine = Engine.LOCAL,
    options: EngineOptions | None = None,
    batch_size: int = settings.WARC_WRITE_BATCH,
    on_progress: Progress | None = None,
) -> IngestResult:
    """Store every HTML response of the archives; files already completed in this corpus are skipped."""
    writer = Writer(store, batch_size, on_progress)
    failures: list[FileFailure] = []
    todo: list[tuple[int, ledger.ArchiveFile]] = []
    for index, path in enumerate(paths):
        try:
            archive = ledger.identify(path)
        except InputError as exc:
            failures.append(FileFailure(str(path), str(exc)))
            continue
        # The same bytes given twice (or under two names) are ingested once.
        if ledger.is_done(store, archive) or any(archive.sha1 == seen.sha1 for _, seen in todo):
            writer.report.files_skipped += 1
        else:
            todo.append((index, archive))
    run = run_ray if engine is Engine.RAY else run_local
    if todo:  # nothing left to do must not cost a Ray cluster start
        run(todo, options or EngineOptions(), writer)
    writer.flush()
    return IngestResult(writer.report, failures)
