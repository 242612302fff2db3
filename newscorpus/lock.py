"""One writing run per database (fetch, ingest-warc, reparse, dedup): an exclusive flock on ``<db>.lock``,
released by the kernel even on kill -9."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newscorpus.errors import DatabaseError, LockedError


@contextmanager
def run_lock(db_path: Path) -> Iterator[Path]:
    """Hold the lock for the ``with`` block; raise LockedError at once if another run holds it."""
    lock_path = Path(f"{db_path}.lock")
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:  # a missing folder, no write permission: the database cannot be used either
        raise DatabaseError(f"cannot create the run lock {lock_path} ({exc.strerror})", str(db_path)) from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
            raise LockedError(f"another newscorpus run (pid {holder}) is using this database", str(db_path)) from None
        # The pid is only for the message above; the lock itself is the flock, not the file's content.
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield lock_path
    finally:
        os.close(fd)  # closing drops the flock
