"""Stream records out of WARC/ARC files, gzipped per record or not, with their byte offsets.

warcio is the reader: it reads WARC and ARC (converted to WARC-like records), plain and per-record
gzip, exposes each record's offset (the key that makes shards and origins deterministic), and its
writer builds the benchmark's archives. It never reports a cut-off gzip member by itself, so the
checks for truncation live here.
"""

from __future__ import annotations

import zlib
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import ChunkedDataReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord, ArcWarcRecordLoader
from warcio.statusandheaders import StatusAndHeadersParserException

from newscorpus import settings
from newscorpus.errors import ArchiveError, FetchError, TooLargeError
from newscorpus.inflate import ENCODINGS, encodings, inflate
from newscorpus.warc.outcome import Rejected, RejectReason
from newscorpus.warc.resync import next_record_start

# What warcio raises on damaged input. AttributeError is among them: warcio trips over a gzip member
# cut inside its header with "'NoneType' object has no attribute 'startswith'".
_BROKEN = (ArchiveLoadFailed, StatusAndHeadersParserException, zlib.error, EOFError, ValueError, AttributeError)


# warcio counts a record not followed by the blank line its Content-Length promises (err_count) and
# carries on. In a per-record gzip file that is a cut member whose inflater ran on into the next
# member's bytes: the "record" ends in garbage, and how far the garbage reaches depends on where the
# reader began and its block boundaries, so a shard begun mid-file would see other records than a
# whole-file read. Rejecting it at its own offset and resyncing keeps every engine's rows identical.
_OVERRUN = "record runs past its Content-Length into bytes that are not a record"
# After these the inflater's state is garbage (a cut member runs on into its neighbours and can
# swallow the rest of the file), so reading resumes at the next member found by resync.
_MEMBER_LOST = (RejectReason.CORRUPT, RejectReason.TRUNCATED)


@dataclass(frozen=True)
class WarcRecord:
    offset: int
    rec_type: str
    target_uri: str | None
    date: str | None
    http_status: int | None  # None: the record has no HTTP headers
    http_headers: tuple[tuple[str, str], ...]
    payload: bytes

    def header(self, name: str) -> str | None:
        lowered = name.lower()
        return next((value for key, value in self.http_headers if key.lower() == lowered), None)


def iter_records(path: Path, start: int = 0, end: int | None = None) -> Iterator[WarcRecord | Rejected]:
    """Records whose offset lies in [start, end). Damage is one Rejected, then reading resumes at the
    next record found after it (see resync.py)."""
    position: int | None = start
    while position is not None and (end is None or position < end):
        position = yield from _records_from(path, position, end)


def _records_from(path: Path, start: int, end: int | None) -> Generator[WarcRecord | Rejected, None, int | None]:
    """Read from ``start`` until ``end`` or EOF; on damage, return where the next record starts."""
    with open_archive(path) as fh:
        fh.seek(start)
        iterator = ArchiveIterator(fh, arc2warc=True)
        iterator.loader = _TolerantLoader(verify_http=False, arc2warc=True)
        resume_at = start
        try:
            for record in iterator:
                warnings = iterator.err_count
                item = _read(record, iterator)
                if end is not None and item.offset >= end:
                    return None
                if iterator.err_count > warnings:
                    item = Rejected(item.offset, RejectReason.CORRUPT, _OVERRUN)
                if isinstance(item, Rejected) and item.reason in _MEMBER_LOST:
                    yield item
                    return next_record_start(fh, item.offset + 1)
                yield item
                resume_at = item.offset + iterator.get_record_length()
        except _BROKEN as exc:
            yield Rejected(resume_at, RejectReason.CORRUPT, _first_line(exc))
            return next_record_start(fh, resume_at + 1)
        # warcio ends quietly at a member cut inside its header: bytes left over are a lost record.
        fh.seek(resume_at)
        rest = fh.read(settings.RESYNC_PROBE_BYTES)
        if not rest.strip(b"\r\n\t "):
            return None
        yield Rejected(resume_at, RejectReason.TRUNCATED, "bytes after the last whole record are not a record")
        return next_record_start(fh, resume_at + 1)


def record_offsets(path: Path) -> list[int]:
    """Offsets of every readable record, skipping payloads: the index the Ray engine cuts shards from."""
    offsets: list[int] = []
    with open_archive(path) as fh:
        iterator = ArchiveIterator(fh, arc2warc=True, no_record_parse=True)
        iterator.loader = _TolerantLoader(verify_http=False, arc2warc=True)
        try:
            for _ in iterator:
                warnings = iterator.err_count
                offsets.append(iterator.get_record_offset())
                if iterator.err_count > warnings:
                    break  # the record overran its member: what follows is read by resync, not cut here
        except _BROKEN:
            pass  # the worker reading that shard reports the damage, once
    return offsets


def open_archive(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as exc:
        raise ArchiveError(exc.strerror or "cannot open archive", str(path)) from exc


class _TolerantLoader(ArcWarcRecordLoader):
    """warcio's loader, minus its crash on a record without WARC-Target-URI (the record is then
    rejected on its own, and the records after it are still read)."""

    def load_http_headers(self, rec_type: str, uri: str | None, stream: BinaryIO, length: int) -> object:
        return super().load_http_headers(rec_type, uri, stream, length) if uri else None


def _read(record: ArcWarcRecord, iterator: ArchiveIterator) -> WarcRecord | Rejected:
    uri = record.rec_headers.get_header("WARC-Target-URI")
    http = record.http_headers if _has_http(record) else None
    payload = _read_capped(_body(record, http is not None), settings.WARC_MAX_RECORD_BYTES)
    _drain(record.raw_stream)  # what the body reader left, in blocks, so the length check below is exact
    offset = iterator.get_record_offset()  # only once the record is read: warcio reads it to the end first
    if record.raw_stream.limit > 0:
        return Rejected(offset, RejectReason.TRUNCATED, f"{record.raw_stream.limit} bytes missing")
    if payload is None:
        return Rejected(offset, RejectReason.TOO_LARGE, f"payload over {settings.WARC_MAX_RECORD_BYTES} bytes {uri}")
    encoding = http.get_header("Content-Encoding") if http is not None else None
    if encoding and all(name in ENCODINGS for name in encodings(encoding)):
        try:
            payload = inflate(payload, encoding, settings.WARC_MAX_RECORD_BYTES, uri or "")
        except TooLargeError as exc:
            return Rejected(offset, RejectReason.TOO_LARGE, str(exc))
        except FetchError as exc:
            return Rejected(offset, RejectReason.BAD_ENCODING, str(exc))
    return WarcRecord(
        offset=offset,
        rec_type=record.rec_type or "",
        target_uri=uri,
        date=record.rec_headers.get_header("WARC-Date"),
        http_status=_status(record) if http is not None else None,
        http_headers=tuple(record.http_headers.headers) if record.http_headers is not None else (),
        payload=payload,
    )


def _body(record: ArcWarcRecord, has_http: bool) -> BinaryIO:
    """The payload as sent, de-chunked but still content-encoded: warcio's own content_stream() would
    inflate it with no cap (a gzip record reached 8.9 GB), so inflating is ours (newscorpus.inflate)."""
    http = record.http_headers
    if has_http and http is not None and (http.get_header("Transfer-Encoding") or "").lower() == "chunked":
        return ChunkedDataReader(record.raw_stream, decomp_type=None)
    return record.raw_stream


def _read_capped(stream: BinaryIO, cap: int) -> bytes | None:
    """Up to ``cap`` bytes in blocks; None (and nothing kept) when there are more."""
    blocks, size = [], 0
    while block := stream.read(settings.HASH_BLOCK_BYTES):
        size += len(block)
        if size > cap:
            _drain(stream)
            return None
        blocks.append(block)
    return b"".join(blocks)


def _drain(stream: BinaryIO) -> None:
    while stream.read(settings.HASH_BLOCK_BYTES):
        pass


def _has_http(record: ArcWarcRecord) -> bool:
    # warcio takes any first line as a status line; a payload without HTTP headers has no "HTTP/" in it.
    http = record.http_headers
    return http is not None and (record.rec_type != "response" or http.protocol.upper().startswith("HTTP/"))


def _status(record: ArcWarcRecord) -> int:
    # A request's "status line" is "GET /path HTTP/1.1": only responses carry a status code.
    code = record.http_headers.get_statuscode() if record.rec_type == "response" else ""
    return int(code) if code and code.isdigit() else 0


def _first_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0][:200] if text else ''}"
