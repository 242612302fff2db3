"""The store stage: pages, articles and related items into corpus.db, one transaction per page."""

from __future__ import annotations

import hashlib
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from itertools import groupby
from pathlib import Path

import sqlite_utils

from newscorpus import settings
from newscorpus.clock import now_iso as now
from newscorpus.errors import DatabaseError
from newscorpus.models import Article, DecodedPage, FetchedPage, RelatedItem
from newscorpus.schema import migrate


class SaveOutcome(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class StoredPage:
    """A raw page as kept in the database, for re-parsing without fetching."""

    page_id: int
    url: str
    html: bytes
    encoding: str
    parser: str | None
    parser_version: int | None


def sha1(data: bytes | str) -> str:
    return hashlib.sha1(data.encode() if isinstance(data, str) else data).hexdigest()


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            conn = sqlite3.connect(self.path, timeout=settings.SQLITE_BUSY_TIMEOUT_MS / 1000)
            self.db = sqlite_utils.Database(conn)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            migrate(self.db)
        except sqlite3.Error as exc:
            raise DatabaseError(_describe(exc), self.path) from exc

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def save(self, page: FetchedPage, decoded: DecodedPage, article: Article) -> SaveOutcome:
        try:
            with self.db.conn:
                return self._save(page, decoded, article)
        except sqlite3.Error as exc:
            raise DatabaseError(_describe(exc), self.path) from exc

    def save_many(self, items: Iterable[tuple[FetchedPage, DecodedPage, Article]]) -> list[SaveOutcome]:
        """Save several pages in one transaction: bulk ingest pays one commit per batch, not per page."""
        with self.transaction():
            return [self._save(page, decoded, article) for page, decoded, article in items]

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One transaction around the block; any SQLite failure becomes a DatabaseError."""
        try:
            with self.db.conn:
                yield self.db
        except sqlite3.Error as exc:
            raise DatabaseError(_describe(exc), self.path) from exc

    def log(self, run_id: str, url: str, outcome: str, status: int | None = None, error: str = "") -> None:
        try:
            with self.db.conn:
                self.db["fetch_log"].insert(
                    {
                        "run_id": run_id,
                        "url": url,
                        "status": status,
                        "outcome": outcome,
                        "error": error,
                        "at": now(),
                    }
                )
        except sqlite3.Error as exc:
            raise DatabaseError(_describe(exc), self.path) from exc

    def _save(self, page: FetchedPage, decoded: DecodedPage, article: Article) -> SaveOutcome:
        content_sha1 = sha1(page.content)
        existing = self._one("SELECT id, content_sha1 FROM pages WHERE url = ?", page.url)
        row = {
            "url": page.url,
            "requested_url": page.requested_url,
            "status": page.status,
            "content_type": page.content_type,
            "encoding": decoded.encoding,
            "declared_charset": decoded.declared,
            "etag": page.etag,
            "last_modified": page.last_modified,
            "html_zlib": zlib.compress(page.content),
            "content_sha1": content_sha1,
            "fetched_at": page.fetched_at or now(),
            "warc_file": page.warc_file,
            "warc_offset": page.warc_offset,
        }
        if existing is None:
            page_id = self.db["pages"].insert(row).last_pk
        else:
            page_id = existing["id"]
            self.db["pages"].update(page_id, row)
        return self.save_article(page_id, page.url, article)

    def update_article(self, page_id: int, url: str, article: Article) -> SaveOutcome:
        """Store a re-parsed article of a page already in the database."""
        try:
            with self.db.conn:
                return self.save_article(page_id, url, article)
        except sqlite3.Error as exc:
            raise DatabaseError(_describe(exc), self.path) from exc

    def save_article(self, page_id: int, url: str, article: Article) -> SaveOutcome:
        """Insert or update the article of a page; call inside a transaction."""
        body = article.body
        current = self._one("SELECT * FROM articles WHERE url = ?", url)
        fields = {
            "page_id": page_id,
            "url": url,
            "site": article.site,
            "parser": article.parser,
            "parser_version": article.parser_version,
            "fell_back": int(article.fell_back),
            "title": article.title,
            "author": article.author,
            "source": article.source,
            "editor": article.editor,
            "published_at": article.published_at,
            "body": body,
            "body_sha1": sha1(body),
            "next_page_url": article.next_page_url,
            "updated_at": now(),
        }
        if current is None:
            article_id = self.db["articles"].insert({**fields, "created_at": now()}).last_pk
            self._replace_related(article_id, article.related)
            return SaveOutcome.NEW
        if _same(current, fields) and self._related_of(current["id"]) == article.related:
            return SaveOutcome.UNCHANGED
        self.db["articles"].update(current["id"], fields)
        self._replace_related(current["id"], article.related)
        return SaveOutcome.UPDATED

    def _replace_related(self, article_id: int, items: list[RelatedItem]) -> None:
        self.db.execute("DELETE FROM related WHERE article_id = ?", [article_id])
        self.db["related"].insert_all(
            {"article_id": article_id, "position": i, "title": it.title, "url": it.url, "snippet": it.snippet}
            for i, it in enumerate(items)
        )

    def _related_of(self, article_id: int) -> list[RelatedItem]:
        rows = self.db.execute(
            "SELECT title, url, snippet FROM related WHERE article_id = ? ORDER BY position", [article_id]
        ).fetchall()
        return [RelatedItem(*row) for row in rows]

    def _one(self, sql: str, *params: object) -> dict | None:
        cursor = self.db.execute(sql, list(params))
        row = cursor.fetchone()
        return dict(zip([c[0] for c in cursor.description], row, strict=True)) if row else None

    def iter_articles(self) -> Iterator[dict]:
        """Every article with its related list, streamed in id order (constant memory)."""
        cursor = self.db.execute(
            "SELECT a.id, a.url, a.site, a.parser, a.parser_version, a.title, a.author, a.source, a.editor,"
            " a.published_at, a.body, p.encoding, p.fetched_at,"
            " r.title, r.url, r.snippet"
            " FROM articles a JOIN pages p ON p.id = a.page_id"
            " LEFT JOIN related r ON r.article_id = a.id ORDER BY a.id, r.position"
        )
        head = (
            "id",
            "url",
            "site",
            "parser",
            "parser_version",
            "title",
            "author",
            "source",
            "editor",
            "published_at",
            "body",
            "encoding",
            "fetched_at",
        )
        for _, rows in groupby(cursor, key=lambda row: row[0]):
            rows_list = list(rows)
            record = dict(zip(head, rows_list[0][: len(head)], strict=True))
            record["related"] = [
                {"title": r[13], "url": r[14], "snippet": r[15]} for r in rows_list if r[13] is not None
            ]
            yield record

    def iter_pages(self, site: str | None = None) -> Iterator[StoredPage]:
        sql = (
            "SELECT p.id, p.url, p.html_zlib, p.encoding, a.parser, a.parser_version, a.site"
            " FROM pages p LEFT JOIN articles a ON a.page_id = p.id ORDER BY p.id"
        )
        for row in self.db.execute(sql):
            if site is None or row[6] == site:
                yield StoredPage(row[0], row[1], zlib.decompress(row[2]), row[3], row[4], row[5])

    def count(self, table: str) -> int:
        return self.db[table].count


def _same(current: dict, fields: dict) -> bool:
    return all(current[key] == value for key, value in fields.items() if key != "updated_at")


def _describe(exc: sqlite3.Error) -> str:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return "database is locked by another process"
    if "not a database" in text or "malformed" in text:
        return "database file is corrupt or not a newscorpus database"
    return f"database error: {text}"
