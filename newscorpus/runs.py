"""The ``runs`` table: one row per command run that writes corpus.db, so `stats` can say what ran when.

A run's row is committed when it starts (a killed run keeps ``ended_at`` null, which is itself news) and
completed when it ends, with its exit status and counts.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field

from newscorpus.clock import now_iso
from newscorpus.errors import DatabaseError
from newscorpus.store import Store

# Exit status recorded for a run that did its job, and for one that did not or ended with an exception
# that carries none (the CLI's OK and SOME_FAILED; library code does not import the CLI) ...
SUCCEEDED = 0
FAILED = 1
# ... and when Ctrl-C (SIGINT) ends it: the status a shell reports for a process that SIGINT ended (128 + 2),
# as the command then ends; recorded as 1, `stats` listed an interrupted crawl as one whose inputs failed.
_INTERRUPTED = 130


def new_run_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass
class Run:
    id: str
    counts: dict[str, int] = field(default_factory=dict)
    exit_status: int = 0


@contextmanager
def recorded(store: Store, command: str, args: dict[str, object], run_id: str | None = None) -> Iterator[Run]:
    """Record the block as one run of ``command``; the block fills ``run.counts`` and ``run.exit_status``.

    An exception leaving the block is recorded with its ``exit_code`` (a CLI exit), 130 for Ctrl-C, or 1,
    then re-raised.
    """
    run = Run(run_id or new_run_id())
    with store.transaction() as db:
        db.conn.execute(
            "INSERT INTO runs (id, command, args, started_at) VALUES (?, ?, ?, ?)",
            [run.id, command, json.dumps(args, ensure_ascii=False, default=str, sort_keys=True), now_iso()],
        )
    try:
        yield run
    except BaseException as exc:
        # If the database is what failed, the error already leaving the block is the one to report.
        with suppress(DatabaseError):
            _end(store, run, _INTERRUPTED if isinstance(exc, KeyboardInterrupt) else getattr(exc, "exit_code", FAILED))
        raise
    _end(store, run, run.exit_status)


def _end(store: Store, run: Run, exit_status: int) -> None:
    with store.transaction() as db:
        db.conn.execute(
            "UPDATE runs SET ended_at = ?, exit_status = ?, counts = ? WHERE id = ?",
            [now_iso(), exit_status, json.dumps(run.counts, sort_keys=True), run.id],
        )
