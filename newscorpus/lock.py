"""Exclusive flocks next to the database, released by the kernel even on kill -9.

One writing run per database (fetch, ingest-warc, reparse, dedup): ``<db>.lock``. One export per
``--new-for`` consumer: ``<db>.new-for-<NAME>.lock``, held from reading the consumer's cursor until it has
moved, so a second export for the same consumer (cron overlapping itself) cannot hand the same articles out.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newscorpus import settings
from newscorpus.dbopen import refuse_foreign
from newscorpus.errors import DatabaseError, LockedError

# A consumer name used as it is in its lock file's name; any other name is known by its digest there.
_PLAIN_NAME = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9_.-]{0,63}")


@contextmanager
def run_lock(db_path: Path) -> Iterator[Path]:
    """Hold the lock for the ``with`` block; raise LockedError at once if another run holds it. A path that
    is not a corpus (another application's file, a folder) is refused first: no lock is left beside it."""
    refuse_foreign(db_path, settings.SQLITE_BUSY_TIMEOUT_MS / 1000)
    with _exclusive(Path(f"{db_path}.lock"), db_path, "another newscorpus run (pid {pid}) is using this database"):
        yield Path(f"{db_path}.lock")


@contextmanager
def consumer_lock(db_path: str | Path, consumer: str) -> Iterator[Path]:
    """Hold ``consumer``'s export lock; raise LockedError at once if another export for it holds it."""
    lock_path = Path(f"{db_path}.new-for-{_file_name(consumer)}.lock")
    busy = f"another export for consumer {consumer!r} (pid {{pid}}) is running; it delivers these articles"
    with _exclusive(lock_path, db_path, busy):
        yield lock_path


def _file_name(consumer: str) -> str:
    if _PLAIN_NAME.fullmatch(consumer):
        return consumer
    return "sha1-" + hashlib.sha1(consumer.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@contextmanager
def _exclusive(lock_path: Path, db_path: str | Path, busy: str) -> Iterator[None]:
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:  # a missing folder, no write permission: the database cannot be used either
        raise DatabaseError(f"cannot create the lock {lock_path} ({exc.strerror})", str(db_path)) from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
            raise LockedError(busy.format(pid=holder), str(db_path)) from None
        # The pid is only for the message above; the lock itself is the flock, not the file's content.
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)  # closing drops the flock
