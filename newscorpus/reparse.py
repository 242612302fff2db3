"""Re-parse stored raw pages with today's parsers: a fixed or new rule reaches the whole corpus without
fetching again."""

from __future__ import annotations

from dataclasses import dataclass

from newscorpus.decode import decode_html
from newscorpus.parse import parse_html
from newscorpus.scrapers import generic
from newscorpus.scrapers.pager import stitch_known
from newscorpus.scrapers.registry import Registry
from newscorpus.store import SaveOutcome, Store, StoredPage


@dataclass
class ReparseReport:
    examined: int = 0
    reparsed: int = 0
    changed: int = 0


def reparse(store: Store, registry: Registry, site: str | None = None, force: bool = False) -> ReparseReport:
    """Re-run current parsers over stored pages parsed by an older version or another parser than today's."""
    report = ReparseReport()
    for page in store.iter_pages(site):
        report.examined += 1
        if not force and not _outdated(page, registry):
            continue
        decoded = decode_html(page.html, page.encoding)
        article = parse_html(decoded.text, page.url, registry)
        if article.next_page_url:
            # Later pages of a multi-page article are stored raw next to the first: stitch them again (a
            # page never fetched leaves the article flagged incomplete, as the crawl did).
            parts = store.parts_of(page.page_id)
            known = {p.url: parse_html(decode_html(p.html, p.encoding).text, p.url, registry) for p in parts}
            stitch_known(page.url, article, known)
        report.reparsed += 1
        if store.update_article(page.page_id, page.url, article) is not SaveOutcome.UNCHANGED:
            report.changed += 1
    return report


def _outdated(page: StoredPage, registry: Registry) -> bool:
    rule = registry.for_url(page.url)
    parser, version = (rule.name, rule.version) if rule else (generic.NAME, generic.VERSION)
    return page.parser != parser or (page.parser_version or 0) < version
