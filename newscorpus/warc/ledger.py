"""Which archive files a corpus has completely ingested, so a killed run skips them next time.

A file is known by the SHA-1 of its bytes (and its size), not its path: a moved or renamed copy of a
finished file is still skipped, and a file rewritten in place is read again.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass
from pathlib import Path

from newscorpus import settings
from newscorpus.clock import now_iso
from newscorpus.errors import ArchiveError
from newscorpus.store import Store

_GZIP_MAGIC = b"\x1f\x8b"
_GZIP_WBITS = 16 + zlib.MAX_WBITS  # zlib reads a gzip header and trailer


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
    """The file's identity; an ArchiveError when it cannot be read or is no WARC/ARC file at all (a text file,
    an empty file): read as records, such a file was one corrupt record, then marked done like an archive."""
    try:
        resolved = path.resolve(strict=True)
        digest = hashlib.sha1()
        with resolved.open("rb") as fh:
            head = fh.read(settings.HASH_BLOCK_BYTES)
            _require_archive(head, path)
            digest.update(head)
            while block := fh.read(settings.HASH_BLOCK_BYTES):
                digest.update(block)
        return ArchiveFile(resolved, digest.hexdigest(), resolved.stat().st_size)
    except OSError as exc:
        raise ArchiveError(exc.strerror or "cannot read archive", str(path)) from exc


def _require_archive(head: bytes, path: Path) -> None:
    if not head:
        raise ArchiveError("empty file, not a WARC or ARC archive", str(path))
    if not _starts_a_record(head):
        shown = head[:24].decode("ascii", errors="replace")
        raise ArchiveError(f"not a WARC or ARC file, gzipped or not (it starts {shown!r})", str(path))


def _starts_a_record(head: bytes) -> bool:
    """Whether ``head`` (gzipped or not) opens with a WARC version line or an ARC header line (its first
    field a URL: ``filedesc://name.arc`` heads every ARC file)."""
    if head.startswith(_GZIP_MAGIC):
        try:
            head = zlib.decompressobj(wbits=_GZIP_WBITS).decompress(head, settings.ARCHIVE_SNIFF_BYTES)
        except zlib.error:
            return False
    first_line = head[: settings.ARCHIVE_SNIFF_BYTES].lstrip(b"\r\n").split(b"\n", 1)[0]
    return first_line.startswith(b"WARC/") or b"://" in first_line.split(b" ", 1)[0]


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
