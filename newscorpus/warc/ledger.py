"""Which archive files a corpus has completely ingested, so a killed run skips them next time.

A file is known by the SHA-1 of its bytes (and its size), not its path: a moved or renamed copy of a
finished file is still skipped, and a file rewritten in place is read again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from newscorpus import settings
from newscorpus.clock import now_iso
from newscorpus.errors import ArchiveError
from newscorpus.store import Store


@dataclass(frozen=True)
class ArchiveFile:
    path: Path  # resolved: the origin stored with each page
    sha1: str
    size: int


@dataclass
class FileCounts:
    records: int = 0
    stored: int = 0
    rejected: int = 0


def identify(path: Path) -> ArchiveFile:
    try:
        resolved = path.resolve(strict=True)
        digest = hashlib.sha1()
        with resolved.open("rb") as fh:
            while block := fh.read(settings.HASH_BLOCK_BYTES):
                digest.update(block)
        return ArchiveFile(resolved, digest.hexdigest(), resolved.stat().st_size)
    except OSError as exc:
        raise ArchiveError(exc.strerror or "cannot read archive", str(path)) from exc


def is_done(store: Store, archive: ArchiveFile) -> bool:
    with store.transaction() as db:
        row = db.execute("SELECT size FROM warc_files WHERE sha1 = ?", [archive.sha1]).fetchone()
    return row is not None and row[0] == archive.size


def mark_done(store: Store, archive: ArchiveFile, counts: FileCounts) -> None:
    with store.transaction() as db:
        db["warc_files"].upsert(
            {
                "sha1": archive.sha1,
                "path": str(archive.path),
                "size": archive.size,
                "records": counts.records,
                "stored": counts.stored,
                "rejected": counts.rejected,
                "completed_at": now_iso(),
            },
            pk="sha1",
        )
