"""The crawl loop: asyncio workers fed from the frontier, per host, within global and per-host limits.

The dispatcher keeps a small in-memory window of each host's queued URLs (refilled from the frontier in
discovery order), so a slow or rate-limited host never occupies the slots other hosts could use.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import httpx

from newscorpus import settings
from newscorpus.crawl.frontier import ARTICLE_KINDS, Entry, Frontier, HubBudget
from newscorpus.crawl.http import AsyncFetcher
from newscorpus.crawl.options import CrawlOptions
from newscorpus.crawl.politeness import Politeness
from newscorpus.crawl.report import CrawlReport, Failure
from newscorpus.crawl.scope import Scope
from newscorpus.crawl.visit import Visitor
from newscorpus.errors import DatabaseError, HeldBackError, HTTPStatusError, InputError, ParseError
from newscorpus.fetch import FetchOptions, is_transient
from newscorpus.kinds import PageKind
from newscorpus.scrapers.registry import Registry
from newscorpus.store import Store
from newscorpus.urls import canonicalize

OnResult = Callable[[str, str], None]
_WINDOW = 64  # URLs of one host held in memory at a time


@dataclass
class _HostQueue:
    window: deque[Entry] = field(default_factory=deque)
    cursor: int = 0  # rowid of the last URL taken into the window
    more: bool = True  # the frontier may hold more due URLs for this host
    inflight: int = 0  # URLs of this host being fetched, parsed or stored


class Crawler:
    def __init__(
        self,
        store: Store,
        registry: Registry,
        fetch_options: FetchOptions,
        options: CrawlOptions,
        transport: httpx.AsyncBaseTransport | None = None,
        on_result: OnResult | None = None,
    ) -> None:
        self.store = store
        self.options = options
        self.frontier = Frontier(store.db, store.path)
        self.report = CrawlReport()
        self._fetch_options = fetch_options
        self._registry = registry
        self._transport = transport
        self._on_result = on_result
        self._hosts: dict[str, _HostQueue] = {}
        self._entries: dict[str, str] = {}  # entry point -> its kind
        self._articles: set[str] = set()  # entry points the user said are articles
        self._tasks: set[asyncio.Task[None]] = set()
        self._started = 0
        self._politeness: Politeness | None = None
        self._hubs = HubBudget(self.frontier, options.max_pages, self._hosts)

    def run(self, entries: list[tuple[str, str]]) -> CrawlReport:
        """Crawl from (url, kind) entry points; kind is auto, sitemap or feed."""
        return asyncio.run(self._run(entries))

    async def _run(self, entries: list[tuple[str, str]]) -> CrawlReport:
        # WAL with synchronous=NORMAL stays consistent on a crash; only the last commits can be lost on
        # power failure, and the frontier refetches those.
        self.store.db.execute("PRAGMA synchronous=NORMAL")
        self.store.db.execute(f"PRAGMA wal_autocheckpoint = {settings.CRAWL_WAL_CHECKPOINT_PAGES}")
        scope = self._prepare(entries)
        fetcher = AsyncFetcher(self._fetch_options, self.options.concurrency, self._transport)
        fetcher.politeness = self._politeness = Politeness(
            self.options.per_host, self.options.delay, self._fetch_options.user_agent, fetcher.fetch_robots
        )
        # Article parsing off the event loop (see Visitor._parse); threads, not processes, to keep memory flat.
        parser = ThreadPoolExecutor(max_workers=settings.CRAWL_PARSE_THREADS, thread_name_prefix="newscorpus-parse")
        visitor = Visitor(
            self.store,
            self.frontier,
            fetcher,
            self._registry,
            scope,
            self.options,
            self.report,
            parser,
            frozenset(self._articles),
            dict(self._entries),
        )
        try:
            await self._dispatch(visitor)
        finally:
            for task in self._tasks:
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            await fetcher.aclose()
            parser.shutdown(wait=True)
        self.report.left = self.frontier.due_count(self._hosts)
        self.report.articles_left = self.frontier.articles_due(self._hosts)
        return self.report

    def _prepare(self, entries: list[tuple[str, str]]) -> Scope:
        valid = []
        for raw, kind in entries:
            try:
                url = canonicalize(raw)
            except InputError as exc:
                self._fail(raw, str(exc), entry=True)
                continue
            self.frontier.enqueue_entry(url, kind)
            self._entries[url] = kind
            if kind == PageKind.ARTICLE:
                self._articles.add(url)
            valid.append(url)
        scope = Scope.of(valid, self.options.allow_domains)
        known = [row[0] for row in self.store.db.execute("SELECT DISTINCT host FROM frontier")]
        in_scope = [host for host in known if f"http://{host}/" in scope]
        self.frontier.requeue_hubs(in_scope)
        if self.options.refresh or self.options.recheck_after is not None:
            self.frontier.requeue_articles(self._recheck_before(), in_scope)
        self._hosts.update((host, _HostQueue()) for host in in_scope)  # the same dict HubBudget reads
        return scope

    def _recheck_before(self) -> str | None:
        if self.options.refresh or self.options.recheck_after is None:
            return None
        return (datetime.now(UTC) - timedelta(seconds=self.options.recheck_after)).isoformat(timespec="seconds")

    async def _dispatch(self, visitor: Visitor) -> None:
        while True:
            self._start_tasks(visitor)
            if not self._tasks:
                return
            done, self._tasks = await asyncio.wait(self._tasks, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                task.result()  # a DatabaseError ends the run here
            for host in visitor.drain_hosts():
                self._hosts.setdefault(host, _HostQueue()).more = True

    def _start_tasks(self, visitor: Visitor) -> None:
        for host, queue in self._hosts.items():
            while (
                queue.inflight < self.options.per_host * settings.CRAWL_URLS_PER_REQUEST_SLOT
                and len(self._tasks) < self.options.concurrency * settings.CRAWL_URLS_PER_REQUEST_SLOT
                and self._started < self.options.max_pages
            ):
                entry = self._next(host, queue)
                if entry is None:
                    break
                queue.inflight += 1
                self._started += 1
                self._tasks.add(asyncio.create_task(self._process(visitor, host, entry)))

    def _next(self, host: str, queue: _HostQueue) -> Entry | None:
        if self._politeness is not None and self._politeness.gate(host).held_back:
            return None  # the host asked for a longer pause than the run waits: its URLs stay queued
        while True:
            if not queue.window and queue.more:
                loaded = self.frontier.load(host, queue.cursor, _WINDOW)
                queue.window.extend(loaded)
                queue.more = len(loaded) == _WINDOW
                if loaded:
                    queue.cursor = loaded[-1].rowid
            if not queue.window:
                return None
            entry = queue.window.popleft()
            if entry.kind == PageKind.SITEMAP and not self.frontier.is_queued(entry.url):
                continue  # its index said it is unchanged since we read it
            if self._hubs.admit(entry):  # a hub over its share stays queued for the next run
                return entry

    async def _process(self, visitor: Visitor, host: str, entry: Entry) -> None:
        if entry.kind in ARTICLE_KINDS:
            self.report.articles_tried += 1
        try:
            outcome = await visitor.visit(entry)
        except HeldBackError:
            outcome = "held back"  # waited for its host when the host asked for a long pause: still queued
        except InputError as exc:
            outcome = self._record_failure(host, entry, exc)
        except (DatabaseError, asyncio.CancelledError):
            raise  # fatal for the run (exit 3), or the run is being stopped
        except Exception as exc:  # a bug on one URL's path must not end the crawl: it fails alone, typed
            error = InputError(f"internal error: {type(exc).__name__}: {exc}", entry.url)
            self.report.parse_errors += 1  # counted with parser failures: a bug, and the run exits 1
            outcome = self._record_failure(host, entry, error, bug=True)
        finally:
            self._hosts[host].inflight -= 1
        if self._on_result is not None:
            self._on_result(entry.url, outcome)

    def _record_failure(self, host: str, entry: Entry, exc: InputError, bug: bool = False) -> str:
        status = exc.status if isinstance(exc, HTTPStatusError) else None
        with self.store.transaction():  # the failure and its log row together, like a success
            retry_after = getattr(exc, "retry_after", None)
            state = self.frontier.mark_failed(entry.url, str(exc), status, is_transient(exc), retry_after)
            outcome = "replaced" if state == "replaced" else "failed"
            self.store.log(self.report.run_id, entry.url, outcome, status, str(exc))
        if outcome == "replaced":  # a guessed page one that is not there: no input of the run failed
            self._hosts.setdefault(host, _HostQueue()).more = True  # its later page is queued there
            return outcome
        parse = bug or isinstance(exc, ParseError)
        self.report.failures.append(Failure(entry.url, str(exc), entry.url in self._entries, parse))
        return "failed"

    def _fail(self, url: str, error: str, entry: bool) -> None:
        self.report.failures.append(Failure(url, error, entry))
