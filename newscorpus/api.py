"""The library entry point for one page: ``parse_html`` (the corpus reader is ``corpus.Corpus``)."""

from __future__ import annotations

from newscorpus.decode import decode_html
from newscorpus.errors import InputError
from newscorpus.models import Article
from newscorpus.options import FULL, ExtractOptions
from newscorpus.parse import parse_html as parse_with
from newscorpus.scrapers.registry import Registry


def parse_html(
    html: str | bytes,
    url: str | None = None,
    site: str | None = None,
    registry: Registry | None = None,
    options: ExtractOptions = FULL,
) -> Article:
    """Parse one article page as `newscorpus parse` does. Bytes are decoded whatever charset they claim
    (GBK pages included); ``url`` picks the site rule (else the page's canonical link or template does);
    ``site`` forces a rule by name. Pass a ``registry`` to parse many pages without reloading the rules.
    ``options`` (``ExtractOptions(related=False, bylines=False)``) skips fields nobody asked for.
    Raises InputError for an unknown ``site``."""
    rules = registry or Registry.load()
    if site is not None and rules.by_name(site) is None:
        raise InputError(f"unknown site {site!r}; known: {', '.join(rules.names())}")
    text = decode_html(html).text if isinstance(html, bytes) else html
    return parse_with(text, url, rules, site, options=options)
