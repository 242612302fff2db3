"""The parse stage: decoded HTML -> Article, through the site registry with the generic fallback."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newscorpus.models import Article
from newscorpus.scrapers import generic
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.rule import SiteRule


def parse_html(html: str, url: str | None, registry: Registry, site: str | None = None) -> Article:
    """Parse one article page. ``site`` forces a rule by name (unknown: UnknownSiteError); otherwise the
    URL's host decides, then the page itself (canonical link, og:url, saved-from comment, fingerprints), so
    a mirror, a proxy or an archive copy gets the same rule as the portal."""
    tree = LexborHTMLParser(html)
    rule, url = choose_rule(tree, html, url, registry, site)
    return parse_tree(tree, html, url, rule)


def parse_tree(tree: LexborHTMLParser, html: str, url: str | None, rule: SiteRule | None) -> Article:
    """The rule's parse with the generic fallback, or the generic extractor; ``tree`` is ``html`` parsed."""
    if rule is None:
        return generic.extract(tree, url)
    article = rule.parse(tree, url)
    if article.is_empty:
        # The rule's parse has changed the tree; the generic extractor needs the page as it came.
        article = generic.extract(LexborHTMLParser(html), url)
        article.site, article.fell_back = rule.name, True
    return article


def choose_rule(
    tree: LexborHTMLParser, html: str, url: str | None, registry: Registry, site: str | None = None
) -> tuple[SiteRule | None, str | None]:
    """The rule for a page and the URL to parse it under (the page's own when none was given).

    Reads the tree without changing it, so the caller parses the same tree afterwards."""
    if site is not None:
        return registry.require(site), url
    rule = registry.for_url(url)
    if rule is not None:
        return rule, url
    rule, named = registry.detect(tree, html)
    return rule, url if url is not None else named
