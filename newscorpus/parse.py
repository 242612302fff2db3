"""The parse stage: decoded HTML -> Article, through the site registry with the generic fallback."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newscorpus.budget import check_parse_budget
from newscorpus.models import Article
from newscorpus.scrapers import generic
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.rule import SiteRule


def parse_html(html: str, url: str | None, registry: Registry, site: str | None = None) -> Article:
    """Parse one article page. ``site`` forces a rule by name; otherwise the URL (or the page) decides.

    Raises ParseError, before any DOM is built, for a page over the parse budget (newscorpus.budget)."""
    check_parse_budget(html, url)
    rule: SiteRule | None
    if site is not None:
        rule = registry.by_name(site)
    else:
        rule = registry.for_url(url)
        if rule is None and url is None:
            rule, url = registry.detect(LexborHTMLParser(html), html)
    if rule is None:
        return generic.extract(LexborHTMLParser(html), url)
    article = rule.parse(LexborHTMLParser(html), url)
    if article.is_empty:
        article = generic.extract(LexborHTMLParser(html), url)
        article.site, article.fell_back = rule.name, True
    return article
