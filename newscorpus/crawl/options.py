"""How a crawl behaves: scope, limits and what to recheck."""

from __future__ import annotations

from dataclasses import dataclass

from newscorpus import settings


@dataclass(frozen=True)
class CrawlOptions:
    depth: int = settings.CRAWL_DEPTH
    # An article URL given on its own is fetched on its own unless the depth was asked for explicitly.
    follow_entry_articles: bool = False
    max_pages: int = settings.CRAWL_MAX_PAGES
    concurrency: int = settings.CRAWL_CONCURRENCY
    per_host: int = settings.CRAWL_PER_HOST
    delay: float = settings.CRAWL_DELAY_S
    allow_domains: tuple[str, ...] = ()
    refresh: bool = False  # recheck every stored article
    recheck_after: float | None = None  # seconds: recheck articles fetched longer ago than this
    site: str | None = None  # parse every page with this site rule (a mirror or proxy of one portal)
