"""Re-parse stored raw pages with today's parsers: a fixed or new rule reaches the whole corpus without
fetching again. Pages that broke a parser before (kept raw, with no article) are retried too."""

from __future__ import annotations

from dataclasses import dataclass, field

from newscorpus.errors import ParseError
from newscorpus.kinds import PageKind
from newscorpus.models import FetchedPage
from newscorpus.pipeline import PageOptions, process
from newscorpus.scrapers import generic
from newscorpus.scrapers.registry import Registry
from newscorpus.store import SaveOutcome, Store, StoredPage


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
        fetched = FetchedPage(
            page.url, page.url, 200, page.html, charset=page.encoding, fetched_at=page.fetched_at or ""
        )
        try:
            result = process(fetched, registry, PageOptions(hint=PageKind.ARTICLE, site=forced))
        except ParseError as exc:
            store.mark_parse_error(page.page_id, str(exc))
            report.failures.append(exc)
            continue
        # Stored under the URL it was stored under: a canonical link read today must not fork the article.
        if store.update_article(page.page_id, page.url, result.article) is not SaveOutcome.UNCHANGED:
            report.changed += 1
    return report


def _outdated(page: StoredPage, registry: Registry) -> bool:
    if page.parse_error is not None:
        return True
    # The rule the page was parsed with may have been found by the page's content (a mirror): its version.
    rule = registry.for_url(page.url) or (registry.by_name(page.parser) if page.parser else None)
    parser, version = (rule.name, rule.version) if rule else (generic.NAME, generic.VERSION)
    return page.parser != parser or (page.parser_version or 0) < version
