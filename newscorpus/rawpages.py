"""Raw pages as corpus.db keeps them: compressed bytes with their digest, one row per URL, and read back
for `reparse` (first pages, and the later parts of multi-page articles in page order)."""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

import sqlite_utils

from newscorpus.clock import now_iso as now
from newscorpus.models import DecodedPage, FetchedPage


@dataclass(frozen=True)
class StoredPage:
    """A raw page as kept in the database, for re-parsing without fetching."""

    page_id: int
    url: str
    html: bytes
    encoding: str
    parser: str | None
    parser_version: int | None
    parse_error: str | None = None
    fetched_at: str | None = None  # relative publish times (6小时前) are resolved against it


def sha1(data: bytes | str) -> str:
    return hashlib.sha1(data.encode() if isinstance(data, str) else data).hexdigest()


@dataclass(frozen=True)
class PackedContent:
    """A fetched page's raw bytes as stored: compressed, and their digest."""

    html_zlib: bytes
    content_sha1: str


def pack(content: bytes) -> PackedContent:
    """Callable from any thread: zlib and sha1 release the GIL, so the crawler packs a page in a parser
    thread (deflating a real ~180 KB portal page takes ~3 ms, which the event loop would otherwise wait)."""
    return PackedContent(zlib.compress(content), sha1(content))


def page_row(page: FetchedPage, packed: PackedContent, decoded: DecodedPage | None) -> dict:
    return {
        "url": page.url,
        "requested_url": page.requested_url,
        "status": page.status,
        "content_type": page.content_type,
        "encoding": decoded.encoding if decoded else None,
        "declared_charset": decoded.declared if decoded else None,
        "etag": page.etag,
        "last_modified": page.last_modified,
        "html_zlib": packed.html_zlib,
        "content_sha1": packed.content_sha1,
        "fetched_at": page.fetched_at or now(),
        "warc_file": page.warc_file,
        "warc_offset": page.warc_offset,
    }


def upsert_page(db: sqlite_utils.Database, row: dict) -> int:
    """Insert or overwrite the page row by URL in one statement (no SELECT first); returns its id."""
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    assignments = ", ".join(f"{column} = excluded.{column}" for column in row if column != "url")
    sql = f"INSERT INTO pages ({columns}) VALUES ({marks}) ON CONFLICT(url) DO UPDATE SET {assignments}"
    # fetchall, not fetchone: a RETURNING statement left unfinished would block the commit.
    return int(db.conn.execute(sql + " RETURNING id", list(row.values())).fetchall()[0][0])


def iter_pages(db: sqlite_utils.Database, site: str | None = None) -> Iterator[StoredPage]:
    sql = (
        "SELECT p.id, p.url, p.html_zlib, p.encoding, a.parser, a.parser_version, p.parse_error, p.fetched_at,"
        " a.site"
        " FROM pages p LEFT JOIN articles a ON a.page_id = p.id WHERE p.part_of IS NULL ORDER BY p.id"
    )
    for row in db.execute(sql):
        # A page that never parsed has no site yet: a reparse without --site retries it.
        if site is None or row[8] == site:
            yield StoredPage(row[0], row[1], zlib.decompress(row[2]), row[3], row[4], row[5], row[6], row[7])


def parts_of(db: sqlite_utils.Database, page_id: int) -> list[StoredPage]:
    """The raw later pages of a multi-page article, in page order (what reparse stitches again)."""
    rows = db.execute(
        "SELECT id, url, html_zlib, encoding FROM pages WHERE part_of = ? ORDER BY part_index", [page_id]
    ).fetchall()
    return [StoredPage(r[0], r[1], zlib.decompress(r[2]), r[3], None, None) for r in rows]
