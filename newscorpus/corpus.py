"""Reading corpus.db: the records `export` writes and the ``Corpus`` API returns, selected by site, time,
confidence and a consumer's cursor, streamed in article id order (constant memory).

Reading never writes: ``open_readonly`` opens the file with SQLite's read-only URI, so exporting works on
a corpus.db the user may not write (mode 0444, a read-only directory or mount) and never migrates it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from urllib.parse import quote

from newscorpus import record
from newscorpus.errors import DatabaseError, InputError
from newscorpus.record import Record
from newscorpus.timespec import parse_instant

CURSOR_TABLE = "export_cursors"
# What `export` reads; a file without them is not a corpus (or predates dedup: any writing command upgrades it).
REQUIRED_TABLES = frozenset({"articles", "pages", "related", "article_dedup", "clusters"})
_ALIASES = {"a": "articles", "p": "pages", "d": "article_dedup"}


class TimeField(StrEnum):
    FETCHED = "fetched"
    PUBLISHED = "published"


@dataclass(frozen=True)
class Selection:
    """Which articles to read. Times are compared as instants (offsets honoured); ``since`` is inclusive,
    ``until`` exclusive; an article without the chosen time (no published_at) is left out by either."""

    sites: tuple[str, ...] = ()
    since: datetime | None = None
    until: datetime | None = None
    by: TimeField = TimeField.FETCHED
    min_confidence: float | None = None
    include_duplicates: bool = False
    after_id: int = 0  # a cursor: only articles added after this one
    up_to_id: int | None = None  # the snapshot a cursor moves to, so concurrent inserts wait for the next export


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """A read-only connection that creates, converts and migrates nothing.

    A WAL database needs its ``-shm`` file; in a directory we may not write it cannot be created, so
    there (and only there) the file is opened ``immutable``: nobody without write access to the folder
    can be writing a WAL beside it either.
    """
    path = Path(path)
    if not path.is_file():
        raise DatabaseError("no such database (run `newscorpus fetch` first)", str(path))
    uri = "file:" + quote(str(path.resolve()))
    try:
        conn = sqlite3.connect(uri + "?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        if not _cannot_open(exc, path):
            raise DatabaseError(f"cannot read database ({exc})", str(path)) from exc
        if _has_unmerged_wal(path):  # immutable would read the database without its latest commits
            raise DatabaseError(
                "its folder is read-only and its -wal file holds commits SQLite cannot read from here", str(path)
            ) from exc
        conn = sqlite3.connect(uri + "?immutable=1", uri=True)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError("not a newscorpus database", str(path)) from exc
    return conn


def _cannot_open(exc: sqlite3.OperationalError, path: Path) -> bool:
    """SQLite failed only because it may not create the WAL's -shm (or -wal) beside the database."""
    return not os.access(path.resolve().parent, os.W_OK)


def _has_unmerged_wal(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return wal.is_file() and wal.stat().st_size > 0


class Corpus:
    """A read-only view of corpus.db: ``select(...)`` iterates records, ``get(url)`` finds one."""

    def __init__(self, path: str | Path, connection: sqlite3.Connection | None = None) -> None:
        """Opens ``path`` read-only, or reads through ``connection`` when the caller has one open (a Store)."""
        self.path = str(path)
        self._owned = connection is None
        self._conn = open_readonly(path) if connection is None else connection
        try:
            self._columns = self._read_columns()
        except sqlite3.DatabaseError as exc:
            self.close()
            raise DatabaseError(f"not a newscorpus database ({exc})", self.path) from exc
        missing = REQUIRED_TABLES - set(self._columns)
        if missing:
            self.close()
            raise DatabaseError(f"not a newscorpus corpus (no {', '.join(sorted(missing))} table)", self.path)

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        if self._owned:
            self._conn.close()

    def has_column(self, qualified: str) -> bool:
        """``a.confidence`` -> whether articles has a confidence column in this corpus.db."""
        alias, _, column = qualified.partition(".")
        return column in self._columns.get(_ALIASES.get(alias, alias), set())

    def select(self, selection: Selection | None = None) -> Iterator[Record]:
        """The export records chosen by ``selection``, in article id order, with their related lists."""
        where, params = self._where(selection or Selection())
        return self._query(where, params)

    def articles(
        self,
        sites: Iterable[str] = (),
        since: datetime | str | None = None,
        until: datetime | str | None = None,
        by: TimeField | str = TimeField.FETCHED,
        min_confidence: float | None = None,
        include_duplicates: bool = False,
    ) -> Iterator[Record]:
        """The same selection as `newscorpus export`'s options; times as datetimes or as the CLI takes
        them ("2024-03-01", an ISO 8601 time, "36h", "7d")."""
        return self.select(
            Selection(tuple(sites), _instant(since), _instant(until), TimeField(by), min_confidence, include_duplicates)
        )

    def get(self, url: str) -> Record | None:
        """The article stored under ``url`` (duplicates included), or None when there is none."""
        for found in self._query("a.url = ?", [url]):
            return found
        return None

    def _query(self, where: str, params: list[object]) -> Iterator[Record]:
        """Articles and their related items as two id-ordered statements merged here: a join would
        repeat every article's columns (its body) once per related item, the main cost of an export.
        Both statements read one snapshot: the second starts while the first is still active, and
        SQLite keeps one read transaction open until every statement of the connection is done."""
        tables = (
            "FROM articles a JOIN pages p ON p.id = a.page_id"
            " LEFT JOIN article_dedup d ON d.article_id = a.id LEFT JOIN clusters c ON c.id = d.cluster_id"
        )
        heads = f"SELECT a.id, {record.select_columns(self.has_column)} {tables} WHERE {where} ORDER BY a.id"
        items = (
            f"SELECT r.article_id, r.title, r.url, r.snippet {tables} JOIN related r ON r.article_id = a.id"
            f" WHERE {where} ORDER BY a.id, r.position"
        )
        try:
            articles = self._conn.execute(heads, params)
            yield from _records(articles, self._conn.execute(items, params))
        except sqlite3.Error as exc:
            raise DatabaseError(f"cannot read database ({exc})", self.path) from exc

    def last_article_id(self) -> int:
        return int(self._conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0])

    def has_site(self, site: str) -> bool:
        """Whether any article is of ``site`` (no index on it: a scan, asked only about names no rule has)."""
        return self._conn.execute("SELECT 1 FROM articles WHERE site = ? LIMIT 1", [site]).fetchone() is not None

    def cursor(self, name: str) -> int:
        """The last article id the consumer ``name`` has received (0: it has received nothing yet)."""
        if CURSOR_TABLE not in self._columns:
            return 0
        row = self._conn.execute(f"SELECT article_id FROM {CURSOR_TABLE} WHERE name = ?", [name]).fetchone()
        return int(row[0]) if row else 0

    def _read_columns(self) -> dict[str, set[str]]:
        tables = [row[0] for row in self._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: {row[1] for row in self._conn.execute(f"PRAGMA table_info('{t}')")} for t in tables}

    def _where(self, s: Selection) -> tuple[str, list[object]]:
        clauses = ["(? OR c.representative_id IS NULL OR c.representative_id = a.id)", "a.id > ?"]
        params: list[object] = [int(s.include_duplicates), s.after_id]
        if s.up_to_id is not None:
            clauses.append("a.id <= ?")
            params.append(s.up_to_id)
        if s.sites:
            clauses.append(f"a.site IN ({', '.join('?' for _ in s.sites)})")
            params += list(s.sites)
        when = "p.fetched_at" if s.by is TimeField.FETCHED else "a.published_at"
        # julianday() reads the stored offsets, so +08:00 and UTC timestamps compare as instants.
        for bound, op in ((s.since, ">="), (s.until, "<")):
            if bound is not None:
                clauses.append(f"julianday({when}) {op} julianday(?)")
                params.append(bound.isoformat())
        if s.min_confidence is not None and self.has_column("a.confidence"):
            clauses.append("a.confidence >= ?")
            params.append(s.min_confidence)
        return " AND ".join(clauses), params


def _instant(value: datetime | str | None) -> datetime | None:
    if not isinstance(value, str):
        return value
    try:
        return parse_instant(value)
    except ValueError:
        raise InputError(f"not a time: {value!r} (expected 2024-03-01, an ISO 8601 time, 36h or 7d)") from None


def _records(articles: sqlite3.Cursor, related: sqlite3.Cursor) -> Iterator[Record]:
    """Merge the two id-ordered streams into one record per article."""
    pending = next(related, None)
    for row in articles:
        article_id, items = row[0], []
        while pending is not None and pending[0] <= article_id:
            if pending[0] == article_id:
                items.append(dict(zip(record.RELATED_KEYS, pending[1:], strict=True)))
            pending = next(related, None)
        yield record.from_row(row[1:], items)
