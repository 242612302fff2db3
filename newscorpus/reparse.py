"""Re-parse stored raw pages with today's parsers: a fixed or new rule reaches the whole corpus without
fetching again. Pages that broke a parser before (kept raw, with no article) are retried too."""

from __future__ import annotations

from dataclasses import dataclass, field

from newscorpus.errors import ParseError
from newscorpus.kinds import PageKind
from newscorpus.models import Article, FetchedPage
from newscorpus.pipeline import PageOptions, process
from newscorpus.rawpages import StoredPage
from newscorpus.scrapers import generic
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.stitch import stitch_known
from newscorpus.store import SaveOutcome, Store


@dataclass
class ReparseReport:
    examined: int = 0
    reparsed: int = 0
    changed: int = 0
    failures: list[ParseError] = field(default_factory=list)


def reparse(store: Store, registry: Registry, site: str | None = None, force: bool = False) -> ReparseReport:
    """Re-run current parsers over stored pages parsed by an older version or another parser than today's.

    ``site`` selects the stored pages of that site and, when the name is a site rule, parses them with it
    (an unknown name is a UnknownSiteError before anything is read)."""
    forced = registry.require(site).name if site is not None and site != generic.NAME else None
    report = ReparseReport()
    for page in store.iter_pages(site):
        report.examined += 1
        if not force and not _outdated(page, registry):
            continue
        report.reparsed += 1
        try:
            article = _article(store, registry, page, forced)
        except ParseError as exc:
            store.mark_parse_error(page.page_id, str(exc))
            report.failures.append(exc)
            continue
        # Stored under the URL it was stored under: a canonical link read today must not fork the article.
        if store.update_article(page.page_id, page.url, article) is not SaveOutcome.UNCHANGED:
            report.changed += 1
    return report


def _article(store: Store, registry: Registry, page: StoredPage, site: str | None) -> Article:
    """The page through the same pipeline as `fetch`; a multi-page article's later pages, kept raw next to
    the first, are stitched again (a page never fetched leaves it flagged incomplete, as the crawl did)."""
    options = PageOptions(hint=PageKind.ARTICLE, site=site)
    article = process(_as_fetched(page), registry, options).article
    if article.next_page_url:
        parts = store.parts_of(page.page_id)
        known = {part.url: process(_as_fetched(part, page), registry, options).article for part in parts}
        stitch_known(page.url, article, known)
    return article


def _as_fetched(page: StoredPage, first: StoredPage | None = None) -> FetchedPage:
    # Parts keep no fetch time of their own here: relative times resolve against the first page's.
    fetched_at = (first or page).fetched_at or ""
    return FetchedPage(page.url, page.url, 200, page.html, charset=page.encoding, fetched_at=fetched_at)


def _outdated(page: StoredPage, registry: Registry) -> bool:
    if page.parse_error is not None:
        return True
    # The rule the page was parsed with may have been found by the page's content (a mirror): its version.
    rule = registry.for_url(page.url) or (registry.by_name(page.parser) if page.parser else None)
    parser, version = (rule.name, rule.version) if rule else (generic.NAME, generic.VERSION)
    return page.parser != parser or (page.parser_version or 0) < version
