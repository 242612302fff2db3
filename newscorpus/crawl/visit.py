"""What happens to one frontier URL: fetch, then read it as a sitemap, feed, list page or article.

Articles are decoded, parsed (later pages of a multi-page article stitched on), stored under their
canonical URL, and their related-content links queued; list pages, sitemaps and feeds only yield links.
Whatever one URL writes (article, frontier states, queued links, log row) is one transaction, written
after the last await so no other task's writes interleave with it.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import Executor
from dataclasses import replace

from selectolax.lexbor import LexborHTMLParser

from newscorpus import settings
from newscorpus.crawl import discover
from newscorpus.crawl.canonical import host_key
from newscorpus.crawl.frontier import Entry, Frontier
from newscorpus.crawl.http import AsyncFetcher, is_xml
from newscorpus.crawl.options import CrawlOptions
from newscorpus.crawl.report import CrawlReport
from newscorpus.crawl.scope import Scope
from newscorpus.decode import decode_html
from newscorpus.errors import BlockedURLError, InputError
from newscorpus.models import Article, DecodedPage, FetchedPage
from newscorpus.parse import parse_html
from newscorpus.scrapers.pager import stitch
from newscorpus.scrapers.registry import Registry
from newscorpus.store import PackedContent, Store, pack
from newscorpus.urls import canonicalize

_XML_KINDS = ("auto", discover.SITEMAP, discover.FEED)
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
    ) -> None:
        self.store = store
        self._parser = parser
        self.frontier = frontier
        self.fetcher = fetcher
        self.registry = registry
        self.scope = scope
        self.max_depth = options.depth
        self.follow_entry_articles = options.follow_entry_articles
        self.report = report
        self._hosts_with_new: set[str] = set()

    def drain_hosts(self) -> set[str]:
        """Hosts that got newly queued URLs since the last call."""
        hosts, self._hosts_with_new = self._hosts_with_new, set()
        return hosts

    async def visit(self, entry: Entry) -> str:
        """Handle one URL; returns the outcome for the log (new, updated, unchanged, not-modified, list)."""
        page = await self._fetch(entry.url, entry.kind in _XML_KINDS, entry.etag, entry.last_modified)
        if page.status == 304:
            with self.store.transaction():
                self.frontier.mark_fetched(entry.url, 304, page.etag, page.last_modified)
                outcome = self._log(entry.url, "not-modified", 304)
            self.report.not_modified += 1
            return outcome
        if entry.kind in _XML_KINDS and is_xml(page.content_type, page.content):
            return self._read_xml(entry, page)
        decoded = decode_html(page.content, page.charset)
        if entry.kind in (discover.LIST, discover.PAGE):
            return self._read_list(entry, page, LexborHTMLParser(decoded.text))
        if entry.kind == "auto":
            tree = LexborHTMLParser(decoded.text)
            if discover.is_list_page(tree, page.url, self.registry.for_url(page.url)):
                return self._read_list(entry, page, tree)
        article, packed = await self._parse_article(decoded.text, page)
        if len(article.body) < settings.ARTICLE_MIN_BODY_CHARS:
            # No story here: a list page the links did not betray.
            return self._read_list(entry, page, LexborHTMLParser(decoded.text))
        parts = await self._stitch(article, page)
        outcome = self._record_article(entry, page, decoded, article, parts, packed)
        self.report.outcomes[outcome] += 1
        return outcome

    def _record_article(
        self,
        entry: Entry,
        page: FetchedPage,
        decoded: DecodedPage,
        article: Article,
        parts: list[_Part],
        packed: PackedContent,
    ) -> str:
        """Store the article under its canonical URL with everything that goes with it."""
        url = self._canonical(decoded.text, page.url)
        with self.store.transaction():
            raw_parts = [(part, part_decoded) for _, part, part_decoded in parts]
            outcome = self.store.save(replace(page, url=url), decoded, article, packed, raw_parts).value
            for part_url, part, _ in parts:
                self.frontier.mark_fetched(part_url, part.status, part.etag, part.last_modified, "part")
            for fetched in {entry.url, page.url, url}:
                self.frontier.mark_fetched(fetched, page.status, page.etag, page.last_modified, "article")
            if entry.depth > 0 or self.follow_entry_articles:
                related = [discover.Link(item.url, discover.ARTICLE) for item in article.related if item.url]
                self._queue(related, entry.depth + 1)
            return self._log(entry.url, outcome, page.status)

    async def _fetch(
        self, url: str, accept_xml: bool = False, etag: str | None = None, last_modified: str | None = None
    ) -> FetchedPage:
        politeness = self.fetcher.politeness
        if politeness is not None and not await politeness.allowed(url):
            raise BlockedURLError("disallowed by robots.txt", url)
        return await self.fetcher.fetch(url, accept_xml, etag, last_modified)

    def _read_xml(self, entry: Entry, page: FetchedPage) -> str:
        kind = entry.kind if entry.kind != "auto" else discover.xml_kind(page.content, page.url)
        if kind == discover.SITEMAP:
            links = discover.sitemap_links(page.content, page.url)
        elif kind == discover.FEED:
            links = discover.feed_links(page.content, page.url)
        else:
            raise InputError("XML that is neither a sitemap nor an RSS/Atom feed", page.url)
        return self._links_read(entry, page, links, kind)

    def _read_list(self, entry: Entry, page: FetchedPage, tree: LexborHTMLParser) -> str:
        rule = self.registry.for_url(page.url)
        links = discover.html_links(tree, page.url, rule, channels=entry.depth == 0)
        return self._links_read(entry, page, links, entry.kind if entry.kind == discover.PAGE else discover.LIST)

    def _links_read(self, entry: Entry, page: FetchedPage, links: list[discover.Link], kind: str) -> str:
        with self.store.transaction():
            self._queue(links, entry.depth + 1)
            for fetched in {entry.url, page.url}:
                self.frontier.mark_fetched(fetched, page.status, page.etag, page.last_modified, kind)
            outcome = self._log(entry.url, "list", page.status)
        self.report.lists += 1
        return outcome

    def _queue(self, links: list[discover.Link], depth: int) -> None:
        rows = []
        for link in links:
            link_depth = depth - 1 if link.kind == discover.PAGE else depth
            if link_depth > self.max_depth:
                continue
            try:
                url = canonicalize(link.url)
            except InputError:
                continue  # a javascript: or malformed href on someone else's page is not our failure
            if url in self.scope:
                rows.append((url, link.kind, link_depth))
        added = self.frontier.add(rows)
        self.report.discovered += len(added)
        self._hosts_with_new.update(host_key(url) for url in added)

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
                page = await self._fetch(next_url)
            except InputError:
                article.incomplete = True
                break
            decoded = decode_html(page.content, page.charset)
            part = await self._parse(decoded.text, page.url)
            if part.is_empty:
                article.incomplete = True
                break
            texts.append(part)
            parts.append((next_url, page, decoded))
            next_url = part.next_page_url
        stitch(article, texts)
        if article.incomplete:
            article.next_page_url = next_url
        return parts

    async def _parse_article(self, html: str, page: FetchedPage) -> tuple[Article, PackedContent]:
        """The first page's parse, and its raw bytes packed for storage in the same thread hop (zlib and
        sha1 release the GIL, so on a real page that work leaves the event loop too)."""
        if self._parser is None:
            return _parse_and_pack(html, page.url, page.content, self.registry)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._parser, _parse_and_pack, html, page.url, page.content, self.registry)

    async def _parse(self, html: str, url: str) -> Article:
        """Article extraction, in a parser thread when there are some: lexbor releases the GIL while it
        builds the DOM, so that part runs on another core while the event loop keeps fetching, and the
        loop is not stalled for a whole parse (measured in bench/README.md, "Crawler")."""
        if self._parser is None:
            return parse_html(html, url, self.registry)
        return await asyncio.get_running_loop().run_in_executor(self._parser, parse_html, html, url, self.registry)

    def _canonical(self, html: str, url: str) -> str:
        """The page's <link rel=canonical> when it names a URL of the same host, else the URL fetched."""
        href = discover.canonical_link(html, url)
        try:
            canonical = canonicalize(href) if href else url
        except InputError:
            return url
        return canonical if host_key(canonical) == host_key(url) else url

    def _log(self, url: str, outcome: str, status: int) -> str:
        self.store.log(self.report.run_id, url, outcome, status)
        return outcome


def _parse_and_pack(html: str, url: str, content: bytes, registry: Registry) -> tuple[Article, PackedContent]:
    return parse_html(html, url, registry), pack(content)
