"""Hand-built WARC records for tests: exact control over bad records that warcio's writer won't make."""

from __future__ import annotations

import gzip
import sqlite3
from pathlib import Path

from .helpers import demo_page

# Timestamps that differ between two runs of the same input; everything else must be identical.
VOLATILE = {"created_at", "updated_at"}


def http_block(body: bytes, content_type: str = "text/html", status: str = "200 OK") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def record(uri: str | None, block: bytes, rec_type: str = "response", number: int = 0) -> bytes:
    lines = ["WARC/1.0", f"WARC-Type: {rec_type}", f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>"]
    lines += [f"WARC-Target-URI: {uri}"] if uri else []
    lines += ["WARC-Date: 2023-11-01T08:00:00Z", "Content-Type: application/http; msgtype=response"]
    lines += [f"Content-Length: {len(block)}", "", ""]
    return "\r\n".join(lines).encode() + block + b"\r\n\r\n"


def write_warc(path: Path, records: list[bytes], gzipped: bool = True) -> Path:
    """Each record its own gzip member, as crawl archives are written."""
    path.write_bytes(b"".join(gzip.compress(r) for r in records) if gzipped else b"".join(records))
    return path


def article(path: str, uri: str, number: int) -> bytes:
    return record(uri, http_block(demo_page(path)), number=number)


def rows(db: Path, sql: str) -> list[dict]:
    conn = sqlite3.connect(db)
    try:
        cursor = conn.execute(sql)
        names = [column[0] for column in cursor.description]
        return [{k: v for k, v in zip(names, row, strict=True) if k not in VOLATILE} for row in cursor]
    finally:
        conn.close()
