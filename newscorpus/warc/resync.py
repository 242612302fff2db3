"""Finding the next readable record after damage, so one bad gzip member does not cost a whole file.

Crawl archives compress each record as its own gzip member, and damaged files are mostly a cut
download with more members appended after it. A candidate is a gzip member header whose first bytes
inflate to a record header; in an uncompressed archive, a line that starts a WARC record.
"""

from __future__ import annotations

import zlib
from typing import BinaryIO

from newscorpus import settings

GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_LINE = b"\nWARC/1."
# What a record starts with once inflated: WARC, or ARC (a URL line, or the filedesc header).
_RECORD_STARTS = (b"WARC/1.", b"http://", b"https://", b"filedesc://")
_GZIP_WINDOW = 16 + zlib.MAX_WBITS  # gzip header and trailer, not a raw zlib stream


def next_record_start(fh: BinaryIO, after: int) -> int | None:
    """Offset of the first record that starts after byte ``after``, or None if there is none."""
    fh.seek(0)
    gzipped = fh.read(2) == GZIP_MAGIC[:2]
    position = after
    while True:
        fh.seek(position)
        block = fh.read(settings.RESYNC_SCAN_BYTES)
        if not block:
            return None
        found = _gzip_member(fh, block, position) if gzipped else _warc_line(block, position)
        if found is not None:
            return found
        if len(block) < settings.RESYNC_SCAN_BYTES:
            return None
        # Step back a little so a marker straddling two blocks is still seen.
        position += len(block) - len(WARC_LINE)


def _gzip_member(fh: BinaryIO, block: bytes, base: int) -> int | None:
    index = block.find(GZIP_MAGIC)
    while index != -1:
        fh.seek(base + index)
        if _inflates_to_record(fh.read(settings.RESYNC_PROBE_BYTES)):
            return base + index
        index = block.find(GZIP_MAGIC, index + 1)
    return None


def _inflates_to_record(data: bytes) -> bool:
    try:
        head = zlib.decompressobj(_GZIP_WINDOW).decompress(data, len(WARC_LINE) + 8)
    except zlib.error:
        return False
    return head.startswith(_RECORD_STARTS)


def _warc_line(block: bytes, base: int) -> int | None:
    index = block.find(WARC_LINE)
    return base + index + 1 if index != -1 else None
