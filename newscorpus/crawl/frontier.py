"""The persistent crawl queue in corpus.db (table ``frontier``, migration m002).

Every state change commits, on its own or inside the caller's ``Store.transaction()`` (the crawler marks
a page fetched in the same transaction as its article and log row), so a run killed at any point leaves
each URL either queued (fetched again next time) or fetched with its results stored.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import islice

import sqlite_utils

from newscorpus import settings
from newscorpus.clock import now_iso
from newscorpus.crawl.canonical import host_key
from newscorpus.errors import DatabaseError
from newscorpus.kinds import HUB_KINDS, PageKind
from newscorpus.store import joined_transaction

ARTICLE_KINDS = (PageKind.ARTICLE, PageKind.PART)  # everything else (hubs, list pagination) leads to articles


@dataclass(frozen=True)
class Entry:
    rowid: int
    url: str
    kind: str
    depth: int
    etag: str | None
    last_modified: str | None


class Frontier:
    def __init__(self, db: sqlite_utils.Database, path: str) -> None:
        self.db = db
        self.path = path

    @contextmanager
    def _tx(self) -> Iterator[None]:
        try:
            with joined_transaction(self.db):  # part of the caller's page transaction when there is one
                yield
        except sqlite3.Error as exc:
            raise DatabaseError(f"database error: {exc}", self.path) from exc

    def add(self, urls: Iterable[tuple[str, str, int]]) -> list[str]:
        """Queue (url, kind, depth) triples not seen before; returns the URLs that were new. One call is one
        page's links: at most settings.MAX_LINKS_PER_PAGE of them are taken."""
        rows = list(islice(urls, settings.MAX_LINKS_PER_PAGE))
        added: list[str] = []
        if not rows:
            return added
        now = now_iso()
        with self._tx():
            for url, kind, depth in rows:
                cursor = self.db.conn.execute(
                    "INSERT OR IGNORE INTO frontier (url, host, kind, depth, state, attempts, next_try_at,"
                    " discovered_at) VALUES (?, ?, ?, ?, 'queued', 0, '', ?)",
                    [url, host_key(url), kind, depth, now],
                )
                if cursor.rowcount:
                    added.append(url)
        return added

    def enqueue_entry(self, url: str, kind: str) -> None:
        """An entry point is fetched on every run, whatever its state (conditional GET keeps it cheap)."""
        with self._tx():
            self.db.execute(
                "INSERT INTO frontier (url, host, kind, depth, state, attempts, next_try_at, discovered_at)"
                " VALUES (?, ?, ?, 0, 'queued', 0, '', ?)"
                " ON CONFLICT(url) DO UPDATE SET state = 'queued', next_try_at = '', depth = 0,"
                " kind = CASE WHEN frontier.kind = 'auto' THEN excluded.kind ELSE frontier.kind END",
                [url, host_key(url), kind, now_iso()],
            )

    def requeue_hubs(self, hosts: Iterable[str]) -> int:
        """List pages, sitemaps and feeds fetched before are fetched again: that is where new links appear."""
        return self._requeue(f"kind IN ({_marks(HUB_KINDS)})", HUB_KINDS, hosts)

    def requeue_articles(self, fetched_before: str | None, hosts: Iterable[str]) -> int:
        """``--refresh`` (None: every article) and ``--recheck-after`` (articles fetched before a time)."""
        if fetched_before is None:
            return self._requeue("kind = 'article'", (), hosts)
        return self._requeue("kind = 'article' AND fetched_at < ?", (fetched_before,), hosts)

    def _requeue(self, where: str, params: tuple[str, ...], hosts: Iterable[str]) -> int:
        host_list = list(hosts)
        with self._tx():
            cursor = self.db.execute(
                f"UPDATE frontier SET state = 'queued', next_try_at = '' WHERE state = 'fetched' AND {where}"
                f" AND host IN ({_marks(host_list)})",
                [*params, *host_list],
            )
        return cursor.rowcount

    def due_count(self, hosts: Iterable[str]) -> int:
        host_list = list(hosts)
        row = self.db.execute(
            "SELECT count(*) FROM frontier WHERE state = 'queued' AND next_try_at <= ?"
            f" AND host IN ({_marks(host_list)})",
            [now_iso(), *host_list],
        ).fetchone()
        return row[0]

    def articles_due(self, hosts: Iterable[str], at_most: int = -1) -> int:
        """Queued articles of these hosts that are due now (counting stops at ``at_most`` when given: the
        hub budget only asks whether there is one, and must not scan a long queue for every hub)."""
        host_list = list(hosts)
        row = self.db.execute(
            "SELECT count(*) FROM (SELECT 1 FROM frontier WHERE state = 'queued' AND next_try_at <= ?"
            f" AND kind IN ({_marks(ARTICLE_KINDS)}) AND host IN ({_marks(host_list)}) LIMIT ?)",
            [now_iso(), *ARTICLE_KINDS, *host_list, at_most],
        ).fetchone()
        return row[0]

    def load(self, host: str, after_rowid: int, limit: int) -> list[Entry]:
        """The next queued URLs of one host, in discovery order."""
        rows = self.db.execute(
            "SELECT rowid, url, kind, depth, etag, last_modified FROM frontier"
            " WHERE host = ? AND state = 'queued' AND next_try_at <= ? AND rowid > ? ORDER BY rowid LIMIT ?",
            [host, now_iso(), after_rowid, limit],
        )
        return [Entry(*row) for row in rows]

    def mark_fetched(
        self,
        url: str,
        status: int,
        etag: str | None,
        last_modified: str | None,
        kind: str | None = None,
        depth: int = 0,
    ) -> None:
        """Record a success; inserts the row when the URL was reached another way (redirect, canonical), at
        ``depth``, the depth of the URL that led there (a redirect is no hop back to the entry points)."""
        now = now_iso()
        with self._tx():
            self.db.conn.execute(
                "INSERT INTO frontier (url, host, kind, depth, state, attempts, next_try_at, discovered_at,"
                " last_status, etag, last_modified, fetched_at, last_error)"
                " VALUES (?, ?, ?, ?, 'fetched', 0, '', ?, ?, ?, ?, ?, NULL)"
                " ON CONFLICT(url) DO UPDATE SET state = 'fetched', attempts = 0, last_status = excluded.last_status,"
                " etag = COALESCE(excluded.etag, frontier.etag),"
                " last_modified = COALESCE(excluded.last_modified, frontier.last_modified),"
                " fetched_at = excluded.fetched_at, last_error = NULL,"
                " kind = CASE WHEN ? IS NULL THEN frontier.kind ELSE excluded.kind END",
                [url, host_key(url), kind or "article", depth, now, status, etag, last_modified, now, kind],
            )

    def note_later_pages(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Remember, for each queued guess of a split story's page one, the later page that led to it."""
        with self._tx():
            self.db.conn.executemany(
                "UPDATE frontier SET later_page = ? WHERE url = ? AND state = 'queued' AND later_page IS NULL",
                [(later, first) for first, later in pairs],
            )

    def settle_unchanged(self, lastmods: Iterable[tuple[str, str]]) -> None:
        """Sitemaps an index says are unchanged (its <lastmod>, UTC ISO, not after our last fetch) are not
        read again this run: requeued as hubs at the start, they are put back as fetched."""
        with self._tx():
            self.db.conn.executemany(
                "UPDATE frontier SET state = 'fetched' WHERE url = ? AND state = 'queued' AND kind = 'sitemap'"
                " AND fetched_at IS NOT NULL AND last_error IS NULL AND fetched_at >= ?",
                list(lastmods),
            )

    def is_queued(self, url: str) -> bool:
        row = self.db.execute("SELECT state FROM frontier WHERE url = ?", [url]).fetchone()
        return row is not None and row[0] == "queued"

    def mark_failed(
        self, url: str, error: str, status: int | None, transient: bool, not_before: float | None = None
    ) -> str:
        """Record a failure; transient ones are retried on later runs with growing delays. Returns the state:
        queued, failed, or ``replaced`` when a guessed page one is gone and the later page that led to the
        guess is queued in its place (the story is then read from there, not lost)."""
        with self._tx():
            row = self.db.execute("SELECT attempts, later_page, depth FROM frontier WHERE url = ?", [url]).fetchone()
            if row and row[1] and status in settings.FRONTIER_GONE_STATUSES:
                self.db.execute(
                    "UPDATE frontier SET state = 'failed', last_error = ?, last_status = ? WHERE url = ?",
                    [error, status, url],
                )
                self.add([(row[1], PageKind.ARTICLE, row[2])])
                return "replaced"
            attempts = (row[0] if row else 0) + 1
            state = "queued" if transient and attempts < settings.FRONTIER_MAX_ATTEMPTS else "failed"
            delay = settings.FRONTIER_RETRY_DELAY_S * 2 ** (attempts - 1)
            if not_before is not None:  # the server's Retry-After, when it asked for longer
                delay = max(delay, min(not_before, settings.FRONTIER_MAX_RETRY_AFTER_S))
            next_try = (datetime.now(UTC) + timedelta(seconds=delay)).isoformat(timespec="seconds")
            self.db.execute(
                "UPDATE frontier SET state = ?, attempts = ?, next_try_at = ?, last_error = ?, last_status = ?"
                " WHERE url = ?",
                [state, attempts, next_try, error, status, url],
            )
        return state

    def counts(self) -> dict[str, int]:
        rows = self.db.execute("SELECT state, count(*) FROM frontier GROUP BY state")
        return {state: n for state, n in rows}


class HubBudget:
    """Hubs (entry points, list pages, sitemaps, feeds, list pagination) take at most a share of a run's
    --max-pages while articles are waiting, or a portal whose hubs alone fill the budget would refetch its
    hubs on every run and never reach an article. With no article waiting, hubs may use the rest."""

    def __init__(self, frontier: Frontier, max_pages: int, hosts: Iterable[str]) -> None:
        self._frontier = frontier
        self._hosts = hosts  # the crawl's live host table: hosts found during the run count too
        self.limit = max(1, int(max_pages * settings.HUB_SHARE_OF_MAX_PAGES))
        self.used = 0
        self.deferred = 0  # hubs left queued for the next run

    def admit(self, entry: Entry) -> bool:
        if entry.kind in ARTICLE_KINDS:
            return True
        if self.used >= self.limit and self._frontier.articles_due(self._hosts, at_most=1):
            self.deferred += 1
            return False
        self.used += 1
        return True


def _marks(values: Iterable[object]) -> str:
    return ", ".join("?" for _ in values)
