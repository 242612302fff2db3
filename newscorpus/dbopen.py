"""Opening corpus.db: what is not ours, or is damaged, is refused before anything writes.

Split from ``schema`` so that module stays the ordered list of migrations and nothing else.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from newscorpus.errors import DatabaseError
from newscorpus.schema import pending, tables


def connect(path: str, timeout: float, read_only: bool | None = None) -> tuple[sqlite3.Connection, bool]:
    """Open corpus.db; returns the connection and whether it is read-only.

    ``read_only`` None: read-only when the file exists and we may not write it (a corpus shared read-only),
    which needs it to be up to date, since migrating is writing. Another application's SQLite file (tables,
    but no ``_migrations``) is refused, and so is a file failing ``PRAGMA quick_check`` before a writer
    touches it: migrating or writing into either would damage what is not ours or is already damaged.
    """
    exists = Path(path).is_file() and Path(path).stat().st_size > 0
    if read_only is None:
        read_only = exists and not os.access(path, os.W_OK)
    if not read_only:
        if exists:
            # On a read-only connection: closing it never checkpoints a leftover WAL into a refused file.
            probe = sqlite3.connect(f"file:{quote(os.path.abspath(path))}?mode=ro", uri=True, timeout=timeout)
            try:
                _check_ours(probe, path)
                _check_intact(probe, path)
            finally:
                probe.close()
        return sqlite3.connect(path, timeout=timeout), False
    conn = _open_read_only(path, timeout)
    _check_ours(conn, path)
    if pending(conn):
        raise DatabaseError("read-only database needs a schema upgrade: open it writable once", path)
    return conn, True


def refuse_foreign(path: str | Path, timeout: float) -> None:
    """Refuse, before anything is created beside ``path`` (a run's lock), a folder, a device, a file that is
    not SQLite, or another application's SQLite file; a missing or empty file is a corpus yet to be made.
    Any other trouble (a lock, a damaged corpus) is left for the opening itself to report."""
    target = Path(path)
    if target.exists() and not target.is_file():
        raise DatabaseError("is a folder, not a corpus file" if target.is_dir() else "not a regular file", str(path))
    if not target.exists() or target.stat().st_size == 0:
        return
    probe = sqlite3.connect(f"file:{quote(os.path.abspath(path))}?mode=ro", uri=True, timeout=timeout)
    try:
        _check_ours(probe, str(path))
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise DatabaseError("database file is corrupt or not a newscorpus database", str(path)) from None
    finally:
        probe.close()


def _open_read_only(path: str, timeout: float) -> sqlite3.Connection:
    """mode=ro; in a folder we cannot write, SQLite cannot create the WAL index a WAL database needs, so
    a database with no WAL left beside it (closed cleanly) is opened as immutable instead."""
    uri = f"file:{quote(os.path.abspath(path))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=timeout)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        if Path(f"{path}-wal").exists():
            raise
        conn = sqlite3.connect(uri + "&immutable=1", uri=True, timeout=timeout)
    return conn


def _check_ours(conn: sqlite3.Connection, path: str) -> None:
    names = tables(conn)
    if names and "_migrations" not in names:
        shown = ", ".join(names[:5]) + (", ..." if len(names) > 5 else "")
        raise DatabaseError(f"not a newscorpus corpus (tables {shown}; no _migrations); refusing to touch it", path)


def _check_intact(conn: sqlite3.Connection, path: str) -> None:
    # quick_check(1): stop at the first problem; it reads every page but skips the index cross-checks.
    verdict = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    if verdict != "ok":
        raise DatabaseError(f"database fails PRAGMA quick_check ({verdict}); restore a backup", path)
