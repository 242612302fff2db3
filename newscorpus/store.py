"""The store stage: pages, articles and related items into corpus.db, one transaction per page.

``Store.transaction()`` lets a caller widen that transaction: the crawler commits a page's article, its
frontier state and its fetch_log row together, so a run killed at any point leaves all or none of them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from newscorpus import rawpages, search, settings
from newscorpus.clock import now_iso as now
from newscorpus.dbopen import connect
from newscorpus.errors import DatabaseError
from newscorpus.models import Article, DecodedPage, FetchedPage, RelatedItem
from newscorpus.rawpages import PackedContent, StoredPage, pack, sha1
from newscorpus.schema import migrate

if TYPE_CHECKING:
    from newscorpus.dedup import Deduper, DedupReport, Sketch


class SaveOutcome(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@contextmanager
def joined_transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """A transaction of its own, or a part of the one already open on ``db``.

    Not a savepoint when nested: nothing here catches an error inside a transaction and carries on, so
    the outer block rolls back whatever the inner one wrote anyway. A savepoint would make SQLite keep a
    sub-journal (a copy of every page the block touches, spilled to a temporary file), which cost the
    crawler more than all its other statements but the commit together (bench/README.md, "Crawler").
    """
    if db.conn.in_transaction:
        yield
    else:
        with db.atomic():
            yield


class Store:
    def __init__(self, path: str | Path, read_only: bool | None = None) -> None:
        """``read_only`` None: read-only exactly when the file is not writable (see dbopen.connect)."""
        self.path = str(path)
        try:
            conn, self.read_only = connect(self.path, settings.SQLITE_BUSY_TIMEOUT_MS / 1000, read_only)
            self.db = sqlite_utils.Database(conn)
            if not self.read_only:
                self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute(f"PRAGMA cache_size = -{settings.SQLITE_CACHE_MB * 1024}")
            if not self.read_only:
                migrate(self.db)
        except sqlite3.Error as exc:
            raise DatabaseError(_describe(exc), self.path) from exc

    def close(self) -> None:
        self.db.close()

    @cached_property
    def dedup(self) -> Deduper:
        # Imported here: numpy and OpenCC cost start-up time that read-only commands should not pay for.
        from newscorpus.dedup import Deduper

        return Deduper(self.db)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """Everything written in the block commits together or not at all; the block must not await.

        A block inside another joins it (see ``joined_transaction``): an exception raised in it must reach
        the outermost block, which rolls everything back.
        """
        try:
            with joined_transaction(self.db):
                yield self.db
        except sqlite3.Error as exc:
            raise DatabaseError(_describe(exc), self.path) from exc

    def save(
        self,
        page: FetchedPage,
        decoded: DecodedPage,
        article: Article,
        packed: PackedContent | None = None,
        parts: Sequence[tuple[FetchedPage, DecodedPage]] = (),
        sketch: Sketch | None = None,
    ) -> SaveOutcome:
        """``packed`` is ``pack(page.content)`` when the caller already made it; ``parts`` are the later
        pages of a multi-page article, in order, kept raw next to the first page (never parsed alone);
        ``sketch`` is the body's dedup sketch when it was made where the page was parsed."""
        with self.transaction():
            outcome = self._save(page, decoded, article, sketch, packed)
            if parts:
                self._save_parts(page.url, parts)
            return outcome

    def _save_parts(self, first_url: str, parts: Sequence[tuple[FetchedPage, DecodedPage]]) -> None:
        first_id = self.db.execute("SELECT id FROM pages WHERE url = ?", [first_url]).fetchone()[0]
        for index, (part, decoded) in enumerate(parts, 1):
            row = rawpages.page_row(part, pack(part.content), decoded)
            rawpages.upsert_page(self.db, {**row, "part_of": first_id, "part_index": index})

    def save_many(self, items: Iterable[tuple[FetchedPage, DecodedPage, Article, Sketch | None]]) -> list[SaveOutcome]:
        """Save several pages in one transaction: bulk ingest pays one commit per batch, not per page.

        Each item may carry its body's dedup sketch, computed where the page was parsed (a Ray worker).
        """
        with self.transaction():
            return [self._save(page, decoded, article, sketch) for page, decoded, article, sketch in items]

    def rebuild_dedup(self, on_progress: Callable[[int], None] | None = None) -> DedupReport:
        """Re-cluster the whole corpus in one transaction: a failure leaves the previous clusters in place."""
        with self.transaction():
            return self.dedup.rebuild(on_progress)

    def log(self, run_id: str, url: str, outcome: str, status: int | None = None, error: str = "") -> None:
        with self.transaction():
            self._insert(
                "fetch_log",
                {
                    "run_id": run_id,
                    "url": url,
                    "status": status,
                    "outcome": outcome,
                    "error": error,
                    "at": now(),
                },
            )

    def save_unparsed(self, page: FetchedPage, error: str) -> None:
        """Keep the raw page of a parse failure, with the error and without an article: `reparse` retries
        it. An article already stored for the URL stays (a later fetch that breaks a parser loses nothing)."""
        with self.transaction():
            rawpages.upsert_page(self.db, {**rawpages.page_row(page, pack(page.content), None), "parse_error": error})

    def _save(
        self,
        page: FetchedPage,
        decoded: DecodedPage,
        article: Article,
        sketch: Sketch | None = None,
        packed: PackedContent | None = None,
    ) -> SaveOutcome:
        row = {**rawpages.page_row(page, packed or pack(page.content), decoded), "parse_error": None}
        return self.save_article(rawpages.upsert_page(self.db, row), page.url, article, sketch)

    def update_article(self, page_id: int, url: str, article: Article) -> SaveOutcome:
        """Store a re-parsed article of a page already in the database (clearing a past parse error)."""
        with self.transaction():
            self.db.conn.execute("UPDATE pages SET parse_error = NULL WHERE id = ?", [page_id])
            return self.save_article(page_id, url, article)

    def mark_parse_error(self, page_id: int, error: str) -> None:
        with self.transaction():
            self.db.conn.execute("UPDATE pages SET parse_error = ? WHERE id = ?", [error, page_id])

    def save_article(self, page_id: int, url: str, article: Article, sketch: Sketch | None = None) -> SaveOutcome:
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
            "template": article.template,
            "title": article.title,
            "author": article.author,
            "source": article.source,
            "editor": article.editor,
            "published_at": article.published_at,
            "body": body,
            "body_sha1": sha1(body),
            "confidence": article.confidence,
            "next_page_url": article.next_page_url,
            "incomplete": int(article.incomplete),
            "updated_at": now(),
        }
        if current is None:
            article_id = self._insert("articles", {**fields, "created_at": now()})
            self._insert_related(article_id, article.related)  # a new id has no related rows to delete
            search.index_article(self.db, article_id, article.title, body, old=None)
            self.dedup.place(article_id, url, article.url, self._sketch(article.title, body, sketch))
            return SaveOutcome.NEW
        if _same(current, fields) and self._related_of(current["id"]) == article.related:
            return SaveOutcome.UNCHANGED
        self._update("articles", current["id"], fields)
        self._replace_related(current["id"], article.related)
        search.index_article(self.db, current["id"], article.title, body, old=current)
        self.dedup.place(current["id"], url, article.url, self._sketch(article.title, body, sketch))
        return SaveOutcome.UPDATED

    def _sketch(self, title: str | None, body: str, sketch: Sketch | None) -> Sketch:
        """The body's dedup sketch, from the body in hand: placing the article need not read it back."""
        return sketch if sketch is not None else self.dedup.sketcher.sketch_article(title, body)

    def _replace_related(self, article_id: int, items: list[RelatedItem]) -> None:
        self.db.conn.execute("DELETE FROM related WHERE article_id = ?", [article_id])
        self._insert_related(article_id, items)

    def _insert_related(self, article_id: int, items: list[RelatedItem]) -> None:
        self.db.conn.executemany(
            "INSERT INTO related (article_id, position, title, url, snippet) VALUES (?, ?, ?, ?, ?)",
            [(article_id, position, item.title, item.url, item.snippet) for position, item in enumerate(items)],
        )

    def _related_of(self, article_id: int) -> list[RelatedItem]:
        rows = self.db.execute(
            "SELECT title, url, snippet FROM related WHERE article_id = ? ORDER BY position", [article_id]
        ).fetchall()
        return [RelatedItem(*row) for row in rows]

    # Plain SQL: one statement each, no per-call table introspection, and no transaction handling of
    # their own inside the caller's transaction().
    def _insert(self, table: str, row: dict) -> int:
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cursor = self.db.conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
        return int(cursor.lastrowid or 0)

    def _update(self, table: str, row_id: int, row: dict) -> None:
        assignments = ", ".join(f"{column} = ?" for column in row)
        self.db.conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*row.values(), row_id])

    def _one(self, sql: str, *params: object) -> dict | None:
        cursor = self.db.execute(sql, list(params))
        row = cursor.fetchone()
        return dict(zip([c[0] for c in cursor.description], row, strict=True)) if row else None

    def iter_articles(self, include_duplicates: bool = False) -> Iterator[dict]:
        """Every article's export record, streamed in id order (constant memory): one per dedup cluster,
        its representative, unless ``include_duplicates``; the query itself lives in corpus.py."""
        from newscorpus.corpus import Corpus, Selection

        return Corpus(self.path, self.db.conn).select(Selection(include_duplicates=include_duplicates))

    def iter_pages(self, site: str | None = None) -> Iterator[StoredPage]:
        """Stored first pages (not the later parts of multi-page articles) for `reparse`."""
        return rawpages.iter_pages(self.db, site)

    def parts_of(self, page_id: int) -> list[StoredPage]:
        return rawpages.parts_of(self.db, page_id)

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
