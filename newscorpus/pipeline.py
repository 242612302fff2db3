"""One page, one path, for every command: fetched bytes -> decoded -> rule chosen -> parsed once -> kind
decided from the content -> canonical URL.

``fetch`` (crawl), ``ingest-warc``, ``reparse`` and ``parse`` all call :func:`process`, so the same bytes
give the same record whichever way they arrive. The kind of a page is decided from what it holds (a story
long enough to be one, many article links, or both); the URL's shape and how a link was found are hints,
never the verdict. Any exception a parser raises on one page becomes a :class:`ParseError` for that page,
so a run goes on and the caller can keep the raw page for ``reparse`` to retry after a fix.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from newscorpus import discover, settings
from newscorpus.decode import decode_html
from newscorpus.errors import InputError, NewscorpusError, ParseError
from newscorpus.kinds import PageKind
from newscorpus.models import Article, DecodedPage, FetchedPage
from newscorpus.parse import choose_rule, parse_tree
from newscorpus.scrapers import generic
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.rule import SiteRule
from newscorpus.urls import canonicalize


@dataclass(frozen=True)
class PageOptions:
    """How the caller wants a page read."""

    # The kind the caller believes the page is (how it was found, or what the user said). ARTICLE from
    # the user (--articles, `parse`, `reparse`) is a promise: such a page is never read as a list.
    hint: PageKind = PageKind.AUTO
    site: str | None = None  # force a site rule by name (a mirror or proxy of a portal)
    want_links: bool = False  # collect the page's links for the crawler
    channels: bool = False  # also take short navigation links (an entry page's channels)


@dataclass
class PageResult:
    """What one page turned out to be. ``page.url`` is the URL to store it under (canonical)."""

    page: FetchedPage
    decoded: DecodedPage
    kind: PageKind  # ARTICLE (a story; it may also be a list: see ``links``) or LIST
    article: Article
    links: list[discover.Link] = field(default_factory=list)

    @property
    def has_story(self) -> bool:
        return self.kind is PageKind.ARTICLE


def process(page: FetchedPage, registry: Registry, options: PageOptions | None = None) -> PageResult:
    """Read one fetched page (or file, or archive record). Raises ParseError when a parser fails on it and
    UnknownSiteError for a forced site that does not exist; never anything else for a page's content."""
    options = options or PageOptions()
    decoded = decode_html(page.content, page.charset)
    url = page.url or None
    try:
        tree = LexborHTMLParser(decoded.text)
        rule, url = choose_rule(tree, decoded.text, url, registry, options.site)
        # Links first: the rule's parse edits the tree (drops share bars, related lists, ...).
        links = _links(tree, url, rule, options) if url else []
        article = parse_tree(tree, decoded.text, url, rule)
    except NewscorpusError:
        raise
    except Exception as exc:  # a parser bug or a page no parser foresaw: this page fails, not the run
        raise ParseError(f"parser failed: {type(exc).__name__}: {exc}", page.url or page.requested_url) from exc
    kind = decide_kind(article, links, options.hint)
    stored = replace(page, url=canonical_url(decoded.text, page.url)) if page.url else page
    return PageResult(stored, decoded, kind, article, links if kind is PageKind.LIST or _is_list(links) else [])


def _links(tree: LexborHTMLParser, url: str, rule: SiteRule | None, options: PageOptions) -> list[discover.Link]:
    # A page the user called an article is not read for list links; its related items are followed.
    if not options.want_links or options.hint is PageKind.ARTICLE:
        return []
    return discover.html_links(tree, url, rule, channels=options.channels)


def decide_kind(article: Article, links: list[discover.Link], hint: PageKind) -> PageKind:
    """ARTICLE when the page holds a story, else LIST.

    A story is ARTICLE_MIN_BODY_CHARS of body. On a page that also links to many articles (portal
    articles do through their sidebars, home pages do everywhere) that text must be backed by more: a
    publish time, a site rule's own body selector, or a length no teaser reaches. A home page's longest
    text block (a teaser, an about-us line) is not a story, but a 114-character news brief is."""
    if hint is PageKind.ARTICLE:
        return PageKind.ARTICLE
    chars = len(article.body)
    if chars < settings.ARTICLE_MIN_BODY_CHARS:
        return PageKind.LIST
    if not _is_list(links) or chars >= settings.STORY_MIN_CHARS_ON_LIST_PAGE:
        return PageKind.ARTICLE
    backed = article.published_at is not None or (article.parser != generic.NAME and not article.fell_back)
    return PageKind.ARTICLE if backed else PageKind.LIST


def _is_list(links: list[discover.Link]) -> bool:
    return sum(1 for link in links if link.kind is PageKind.ARTICLE) >= settings.LIST_MIN_ARTICLE_LINKS


def canonical_url(html: str, url: str) -> str:
    """The page's <link rel=canonical> when it names a URL of the same host, else the URL fetched; both
    with tracking parameters and fragments removed."""
    try:
        fetched = canonicalize(url)
    except InputError:
        return url
    href = discover.canonical_link(html, url)
    try:
        canonical = canonicalize(href) if href else fetched
    except InputError:
        return fetched
    return canonical if urlsplit(canonical).netloc == urlsplit(fetched).netloc else fetched
