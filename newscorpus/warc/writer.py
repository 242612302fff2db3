"""The single writer: outcomes in, batches of pages into corpus.db, counts out.

Every engine feeds it shards in the same order (file order, then record offset), so the rows, their
ids and whatever the store path derives from earlier rows (duplicate clusters) are the same for all.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from newscorpus.store import SaveOutcome, Store
from newscorpus.warc import ledger
from newscorpus.warc.ledger import ArchiveFile, FileCounts
from newscorpus.warc.multipage import HeldPages
from newscorpus.warc.outcome import Failed, Outcome, Parsed, Rejected
from newscorpus.warc.shards import Shard


@dataclass
class IngestReport:
    records: int = 0
    outcomes: dict[str, int] = field(default_factory=lambda: {o.value: 0 for o in SaveOutcome})
    rejected: Counter[str] = field(default_factory=Counter)
    # First rejection of each reason, "path@offset: detail", so a summary can show an example.
    examples: dict[str, str] = field(default_factory=dict)
    # Pages that broke a parser ("path@offset: error"); stored raw for `reparse`, and the run exits 1.
    parse_errors: list[str] = field(default_factory=list)
    files_done: int = 0
    files_skipped: int = 0
    shards_done: int = 0
    shards_total: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def stored(self) -> int:
        return sum(self.outcomes.values())

    @property
    def elapsed_s(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        return self.records / self.elapsed_s if self.elapsed_s > 0 else 0.0

    def progress(self) -> str:
        return f"{self.records} records, {self.rate:.0f} records/s, shards {self.shards_done}/{self.shards_total}"

    def summary(self) -> str:
        stored = ", ".join(f"{n} {name}" for name, n in self.outcomes.items())
        reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(self.rejected.items()))
        return (
            f"{self.records} records in {self.files_done} files ({self.files_skipped} already done):"
            f" {stored}; {len(self.parse_errors)} failed to parse;"
            f" {sum(self.rejected.values())} skipped{f' ({reasons})' if reasons else ''};"
            f" {self.elapsed_s:.1f} s, {self.rate:.0f} records/s"
        )


Progress = Callable[[IngestReport], None]


class Writer:
    def __init__(self, store: Store, batch_size: int, on_progress: Progress | None = None) -> None:
        self.store = store
        self.batch_size = batch_size
        self.report = IngestReport()
        self.on_progress = on_progress
        self._batch: list[Parsed] = []
        self._files: dict[int, FileCounts] = {}
        self._held: dict[int, HeldPages] = {}  # per file: records that may be pages of one story

    def write(self, shard: Shard, outcomes: Iterable[Outcome], archive: ArchiveFile) -> None:
        """Store one shard's outcomes (in order); the file's last shard marks the file done."""
        counts = self._files.setdefault(shard.file_index, FileCounts())
        held = self._held.setdefault(shard.file_index, HeldPages())
        for outcome in outcomes:
            if isinstance(outcome, Parsed) and held.wants(outcome):
                self.report.records += 1
                counts.records += 1
                held.records.append(outcome)
                continue
            self._add(outcome, counts, shard.path)
            # Per record: the local engine's one shard is a whole file, minutes long; callers throttle.
            self._tell()
        self.report.shards_done += 1
        if shard.last:
            self.flush()
            self._store_held(self._held.pop(shard.file_index), counts)
            ledger.mark_done(self.store, archive, counts)
            self.report.files_done += 1
            del self._files[shard.file_index]
        self._tell()

    def _store_held(self, held: HeldPages, counts: FileCounts) -> None:
        """The held records once their file is read: stories stitched from their parts, the rest as is."""
        for record, parts in held.resolve():
            counts.stored += 1
            # A stitched body is not the one the worker sketched: the store sketches it again.
            sketch = None if parts else record.sketch
            raw_parts = [(part.page, part.decoded) for part in parts]
            outcome = self.store.save(record.page, record.decoded, record.article, parts=raw_parts, sketch=sketch)
            self.report.outcomes[outcome.value] += 1

    def flush(self) -> None:
        if not self._batch:
            return
        saved = self.store.save_many((p.page, p.decoded, p.article, p.sketch) for p in self._batch)
        for outcome in saved:
            self.report.outcomes[outcome.value] += 1
        self._batch.clear()

    def _add(self, outcome: Outcome, counts: FileCounts, path: str) -> None:
        self.report.records += 1
        counts.records += 1
        if isinstance(outcome, Rejected):
            counts.rejected += 1
            self.report.rejected[outcome.reason.value] += 1
            self.report.examples.setdefault(outcome.reason.value, f"{path}@{outcome.offset}: {outcome.detail}")
            return
        if isinstance(outcome, Failed):
            self.flush()  # keep page order: what came before is stored before the failed page
            self.store.save_unparsed(outcome.page, outcome.error)
            self.report.parse_errors.append(f"{path}@{outcome.offset}: {outcome.error}")
            return
        counts.stored += 1
        self._batch.append(outcome)
        if len(self._batch) >= self.batch_size:
            self.flush()

    def _tell(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.report)
