"""What happens to one frontier URL: fetch, then read it as a sitemap, feed, list page or article.

Articles are decoded, parsed (later pages of a multi-page article stitched on), stored under their
canonical URL, and their related-content links queued; list pages, sitemaps and feeds only yield links.
Whatever one URL writes (article, frontier states, queued links, log row) is one transaction, written
after the last await so no other task's writes interleave with it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from concurrent.futures import Executor
from dataclasses import replace

from newscorpus import discover, settings
from newscorpus.crawl.canonical import host_key, return_borrowed_url, taken_by_another_story
from newscorpus.crawl.frontier import Entry, Frontier
from newscorpus.crawl.http import AsyncFetcher, Follow
from newscorpus.crawl.options import CrawlOptions
from newscorpus.crawl.reach import index_lastmods, list_kind, robots_sitemaps
from newscorpus.crawl.report import CrawlReport, Failure
from newscorpus.crawl.scope import Scope
from newscorpus.errors import BlockedURLError, InputError, ParseBudgetError, ParseError
from newscorpus.fetch import is_xml
from newscorpus.kinds import XML_KINDS, PageKind
from newscorpus.models import Article, DecodedPage, FetchedPage
from newscorpus.pipeline import PageOptions, PageResult, process
from newscorpus.rawpages import PackedContent, pack
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.stitch import stitch
from newscorpus.store import Store
from newscorpus.urls import canonicalize

# Links that continue the list they are found on, at its depth: a list's later page, an index's sitemaps.
_SAME_LIST = (PageKind.PAGE, PageKind.SITEMAP)
# A later page of an article: the URL asked for, what came back, decoded.
_Part = tuple[str, FetchedPage, DecodedPage]


class Visitor:
    def __init__(
        self,
        store: Store,
        frontier: Frontier,
        fetcher: AsyncFetcher,
        registry: Registry,
        scope: Scope,
        options: CrawlOptions,
        report: CrawlReport,
        parser: Executor | None = None,
        articles_only: frozenset[str] = frozenset(),
        entries: Mapping[str, str] | None = None,
    ) -> None:
        self.store = store
        self._parser = parser
        self.frontier = frontier
        self.fetcher = fetcher
        self.registry = registry
        self.scope = scope
        self.max_depth = options.depth
        self.follow_entry_articles = options.follow_entry_articles
        self.site = options.site
        # Entry points the user said are articles: never read as list pages, a failure when no story.
        self.articles_only = articles_only
        # The URLs the user gave, with their kinds: their redirects may leave the scope, and widen it.
        self.entries = entries or {}
        self._sitemap_hosts = {host_key(url) for url, kind in self.entries.items() if kind == PageKind.SITEMAP}
        self.report = report
        self._hosts_with_new: set[str] = set()

    def drain_hosts(self) -> set[str]:
        """Hosts that got newly queued URLs since the last call."""
        hosts, self._hosts_with_new = self._hosts_with_new, set()
        return hosts

    async def visit(self, entry: Entry) -> str:
        """Handle one URL; returns the outcome for the log (new, updated, unchanged, not-modified, list)."""
        page = await self._fetch(
            entry.url, entry.kind in XML_KINDS, entry.etag, entry.last_modified, self._follow(entry)
        )
        if page.url not in self.scope:  # only an entry point gets here: where it landed is crawled too
            self.scope = self.scope.widened(page.url)
        if page.status == 304:
            with self.store.transaction():
                self.frontier.mark_fetched(entry.url, 304, page.etag, page.last_modified)
                outcome = self._log(entry.url, "not-modified", 304)
            self.report.not_modified += 1
            return outcome
        if entry.kind in XML_KINDS and is_xml(page.content_type, page.content):
            return await self._read_xml(entry, page)
        result, packed = await self._process(page, self._page_options(entry))
        if result.kind is PageKind.LIST:
            kind = list_kind(entry.kind, result.links)
            given = self.entries.get(entry.url) if self.max_depth > 0 else None  # depth 0: no sitemap's articles
            seeds = robots_sitemaps(self.fetcher.politeness, given, page.url, self._sitemap_hosts)
            return self._links_read(entry, page, result.links + seeds, kind)
        if result.article.is_empty:  # only a page the user called an article gets here without a story
            self.store.save_unparsed(page, "no story found on a page given as an article")
            raise ParseError("no story found on a page given as an article", entry.url)
        parts = await self._stitch(result.article, page)
        with self.store.transaction():  # the URL's claim and the article it stores commit together
            outcome = self._record_article(entry, self._claim_url(result, page.url), parts, packed)
        self.report.outcomes[outcome] += 1
        return outcome

    def _follow(self, entry: Entry) -> Follow:
        """Where the URL's redirects may lead: an entry point's anywhere (a portal that moved is crawled where
        it went), any other's inside the scope (a short link or an ad must not store another site's page)."""
        return None if entry.url in self.entries else self._in_scope

    def _in_scope(self, url: str) -> bool:
        return self.scope.holds(url)

    def _page_options(self, entry: Entry) -> PageOptions:
        if entry.url in self.articles_only:
            hint = PageKind.ARTICLE
        else:  # reached as a list: its links are read whatever else it holds
            hint = PageKind(entry.kind) if entry.kind in (PageKind.LIST, PageKind.PAGE) else PageKind.AUTO
        return PageOptions(hint, self.site, entry.depth == 0, linked_as_article=entry.kind == PageKind.ARTICLE)

    def _claim_url(self, result: PageResult, fetched_url: str) -> PageResult:
        """The URL to store the story under: its canonical one, unless another story is stored there
        already (then the URL it was fetched from); a story at its own URL takes it back from a borrower."""
        page = result.page
        if page.url == fetched_url:
            return_borrowed_url(self.store.db, page, result.article)
            return result
        if taken_by_another_story(self.store.db, page, result.article):
            return replace(result, page=replace(page, url=fetched_url))
        return result

    def _record_article(self, entry: Entry, result: PageResult, parts: list[_Part], packed: PackedContent) -> str:
        """Store the article under its canonical URL with everything that goes with it."""
        page, article, url = result.page, result.article, result.page.url
        with self.store.transaction():
            raw_parts = [(part, part_decoded) for _, part, part_decoded in parts]
            outcome = self.store.save(page, result.decoded, article, packed, raw_parts).value
            for part_url, part, _ in parts:
                self.frontier.mark_fetched(part_url, part.status, part.etag, part.last_modified, "part")
            # A list page that also holds a story stays a list in the frontier: it is re-read for new links.
            kind = PageKind(entry.kind) if result.links else PageKind.ARTICLE
            for fetched in {entry.url, page.requested_url, url}:
                self.frontier.mark_fetched(fetched, page.status, page.etag, page.last_modified, kind, entry.depth)
            if result.links:
                self._queue(result.links, entry.depth + 1)
            if entry.depth > 0 or self.follow_entry_articles:
                related = [discover.Link(item.url, discover.ARTICLE) for item in article.related if item.url]
                self._queue(related, entry.depth + 1)
            return self._log(entry.url, outcome, page.status)

    async def _fetch(
        self,
        url: str,
        accept_xml: bool = False,
        etag: str | None = None,
        last_modified: str | None = None,
        follow: Follow = None,
    ) -> FetchedPage:
        politeness = self.fetcher.politeness
        if politeness is not None and not await politeness.allowed(url):
            raise BlockedURLError("disallowed by robots.txt", url)
        return await self.fetcher.fetch(url, accept_xml, etag, last_modified, follow)

    async def _read_xml(self, entry: Entry, page: FetchedPage) -> str:
        # In a parser thread like every HTML page: a sitemap of 50,000 URLs takes a while to parse, and the
        # event loop must keep every other host's requests moving meanwhile.
        if self._parser is None:
            kind, links = _xml_links(PageKind(entry.kind), page)
        else:
            loop = asyncio.get_running_loop()
            kind, links = await loop.run_in_executor(self._parser, _xml_links, PageKind(entry.kind), page)
        return self._links_read(entry, page, links, kind)

    def _links_read(self, entry: Entry, page: FetchedPage, links: list[discover.Link], kind: PageKind) -> str:
        """Queue a list's links. A link redirected to the list is read once (PAGE), not as a hub on every run:
        the list is, under its own URL (each dead story sent to the home page cost a fetch per run)."""
        with self.store.transaction():
            self._queue(links, entry.depth + 1, continuation=entry.kind == PageKind.PAGE)
            self.frontier.settle_unchanged(pair for pair in index_lastmods(links) if pair[0] not in self.entries)
            for fetched in {entry.url, page.url}:
                fetched_kind = kind if fetched == page.url or entry.url in self.entries else PageKind.PAGE
                self.frontier.mark_fetched(
                    fetched, page.status, page.etag, page.last_modified, fetched_kind, entry.depth
                )
            outcome = self._log(entry.url, "list", page.status)
        self.report.lists += 1
        return outcome

    def _queue(self, links: list[discover.Link], depth: int, continuation: bool = False) -> None:
        """Queue a page's links one hop deeper; list pagination (PAGE) and a sitemap index's sitemaps keep
        this page's depth: they are pieces of one list (--depth 1 on a sitemap index stored nothing).

        On a list's later page (``continuation``) that brought no new link, its pager links take a hop
        like any link: a pager that loops back or runs on past the archive (?page=N forever, empty pages)
        ends within the depth budget instead of running the whole --max-pages away.
        """
        pages = [link for link in links if link.kind in _SAME_LIST]
        added = self._add([link for link in links if link.kind not in _SAME_LIST], depth, depth - 1)
        self._add(pages, depth, depth - 1 if added or not continuation else depth)

    def _add(self, links: list[discover.Link], depth: int, page_depth: int) -> list[str]:
        rows, later_pages = [], []
        for found in links:
            link = discover.story_start(found)  # page 2 of a story: its page one, stitched
            link_depth = page_depth if link.kind in _SAME_LIST else depth
            if link_depth > self.max_depth:
                continue
            try:
                url = canonicalize(link.url)
                if link.url != found.url:  # kept in case the guessed page one is not there
                    later_pages.append((url, canonicalize(found.url)))
            except InputError:
                continue  # a javascript: or malformed href on someone else's page is not our failure
            if url in self.scope:
                rows.append((url, link.kind, link_depth))
        added = self.frontier.add(rows)
        self.frontier.note_later_pages(later_pages)
        self.report.discovered += len(added)
        self._hosts_with_new.update(host_key(url) for url in added)
        return added

    async def _stitch(self, article: Article, first: FetchedPage) -> list[_Part]:
        """Stitch the article's later pages (the 下一页 chain) onto the first page's; returns the pages
        fetched, stored raw and marked fetched in the article's own transaction.

        A chain that loops back ends the story; one longer than MAX_ARTICLE_PAGES, or a part that still
        fails after the fetcher's retries (or has no story), leaves the article flagged incomplete, with
        ``next_page_url`` naming the page it stopped at, rather than silently short.
        """
        parts: list[_Part] = []
        texts: list[Article] = []
        seen, next_url = {first.url}, article.next_page_url
        while next_url:
            try:
                next_url = canonicalize(next_url)
            except InputError:
                break
            if next_url in seen or host_key(next_url) != host_key(first.url):
                break
            if len(seen) >= settings.MAX_ARTICLE_PAGES:
                article.incomplete = True
                break
            seen.add(next_url)
            try:
                page = await self._fetch(next_url, follow=self._in_scope)
                result, _ = await self._process(page, PageOptions(hint=PageKind.ARTICLE, site=self.site))
            except InputError as exc:
                # A lost part must not lose the pages already read: the article is stored with them,
                # flagged incomplete, and the failure reported (a dead link: the exit code stays as it was).
                self.report.failures.append(Failure(next_url, str(exc), entry=False))
                article.incomplete = True
                break
            if result.article.is_empty:
                article.incomplete = True
                break
            texts.append(result.article)
            parts.append((next_url, page, result.decoded))
            next_url = result.article.next_page_url
        stitch(article, texts)
        if article.incomplete:
            article.next_page_url = next_url
        return parts

    async def _process(self, page: FetchedPage, options: PageOptions) -> tuple[PageResult, PackedContent]:
        """The page pipeline and the raw bytes packed for storage, in a parser thread when there are some:
        lexbor releases the GIL while it builds the DOM, and zlib and sha1 release it too, so that work runs
        on another core while the event loop keeps fetching (measured in bench/README.md, "Crawler").
        A page that breaks a parser is kept raw (``reparse`` retries it after a fix) and fails alone."""
        try:
            if self._parser is None:
                return _process_and_pack(page, self.registry, options)
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._parser, _process_and_pack, page, self.registry, options)
        except ParseBudgetError:
            raise  # refused before parsing (too big or too deep): a failed URL, no parser to fix and retry
        except ParseError as exc:
            self.store.save_unparsed(page, str(exc))
            self.report.parse_errors += 1
            raise

    def _log(self, url: str, outcome: str, status: int) -> str:
        self.store.log(self.report.run_id, url, outcome, status)
        return outcome


def _process_and_pack(page: FetchedPage, registry: Registry, options: PageOptions) -> tuple[PageResult, PackedContent]:
    return process(page, registry, options), pack(page.content)


def _xml_links(kind: PageKind, page: FetchedPage) -> tuple[PageKind, list[discover.Link]]:
    """The links of a sitemap or feed; ``kind`` AUTO is told from the document itself."""
    found = kind if kind != PageKind.AUTO else discover.xml_kind(page.content, page.url)
    if found == discover.SITEMAP:
        return found, discover.sitemap_links(page.content, page.url)
    if found == discover.FEED:
        return found, discover.feed_links(page.content, page.url)
    raise InputError("XML that is neither a sitemap nor an RSS/Atom feed", page.url)
