"""One page, one path, for every command: fetched bytes -> decoded -> rule chosen -> parsed once -> kind
decided from the content -> canonical URL.

``fetch`` (crawl), ``ingest-warc``, ``reparse`` and ``parse`` all call :func:`process`, so the same bytes
give the same record whichever way they arrive. The kind of a page is decided from what it holds (a story
long enough to be one, many article links, or both); the URL's shape and how a link was found are hints,
never the verdict. Any exception a parser raises on one page becomes a :class:`ParseError` for that page,
so a run goes on and the caller can keep the raw page for ``reparse`` to retry after a fix.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from newscorpus import discover, settings, urlshape
from newscorpus.budget import check_parse_budget
from newscorpus.decode import decode_html
from newscorpus.errors import InputError, NewscorpusError, ParseError
from newscorpus.kinds import PageKind
from newscorpus.models import Article, DecodedPage, FetchedPage
from newscorpus.options import FULL, ExtractOptions
from newscorpus.parse import choose_rule, parse_tree
from newscorpus.scrapers import generic
from newscorpus.scrapers.registry import Registry
from newscorpus.urls import canonicalize


@dataclass(frozen=True)
class PageOptions:
    """How the caller wants a page read."""

    # The kind the caller believes the page is (how it was found, or what the user said). ARTICLE from
    # the user (--articles, `parse`, `reparse`) is a promise: such a page is never read as a list.
    hint: PageKind = PageKind.AUTO
    site: str | None = None  # force a site rule by name (a mirror or proxy of a portal)
    channels: bool = False  # a list page's links include short navigation links (an entry page's channels)
    # Discovery queued the URL as an article (a headline, a sitemap or feed item, a related link): a short
    # story there needs no check against a channel's intro (dated headlines, a list-shaped URL).
    linked_as_article: bool = False
    # Which optional fields to extract (`parse --no-related/--no-bylines`); the crawl always stores them all.
    extract: ExtractOptions = FULL


@dataclass
class PageResult:
    """What one page turned out to be. ``page.url`` is the URL to store it under (canonical)."""

    page: FetchedPage
    decoded: DecodedPage
    kind: PageKind  # ARTICLE (a story) or LIST
    article: Article
    # A list page's links in page order; also set on an article reached as a list (a channel page with a
    # story of its own), whose links are read as well.
    links: list[discover.Link] = field(default_factory=list)


def process(page: FetchedPage, registry: Registry, options: PageOptions | None = None) -> PageResult:
    """Read one fetched page (or file, or archive record). Raises ParseError when a parser fails on it and
    UnknownSiteError for a forced site that does not exist; never anything else for a page's content."""
    options = options or PageOptions()
    decoded = decode_html(page.content, page.charset)
    url = page.url or None
    # Before any DOM is built: lexbor's time grows with nesting depth squared (ParseBudgetError).
    check_parse_budget(decoded.text, page.url or page.requested_url)
    try:
        tree = LexborHTMLParser(decoded.text)
        rule, url = choose_rule(tree, decoded.text, url, registry, options.site)
        article = parse_tree(tree, decoded.text, url, rule, page.fetched_at or None, options.extract)

        def links() -> list[discover.Link]:
            # A fresh tree: the rule's parse edited the first one (share bars, related lists dropped). Only
            # list pages and short stories get here; reading a page's links costs as much as parsing it.
            if url is None:
                return []
            return discover.html_links(LexborHTMLParser(decoded.text), url, rule, channels=options.channels)

        shape = urlshape.shape(url) if url is not None else urlshape.Shape.UNKNOWN
        # A URL the grammar reads as an article's vouches for the page as a headline link would.
        as_article = options.linked_as_article or shape is urlshape.Shape.ARTICLE
        kind, found = decide_kind(
            article, options.hint, links, shape is urlshape.Shape.LIST, as_article, options.channels
        )
    except NewscorpusError:
        raise
    except Exception as exc:  # a parser bug or a page no parser foresaw: this page fails, not the run
        raise ParseError(f"parser failed: {type(exc).__name__}: {exc}", page.url or page.requested_url) from exc
    stored = replace(page, url=canonical_url(decoded.text, page.url)) if page.url else page
    return PageResult(stored, decoded, kind, article, found)


def decide_kind(
    article: Article,
    hint: PageKind,
    links: Callable[[], list[discover.Link]],
    list_url: bool = False,
    linked_as_article: bool = False,
    entry_page: bool = False,
) -> tuple[PageKind, list[discover.Link]]:
    """ARTICLE when the page holds a story, else LIST; with the page's links when it is a list.

    A story is ARTICLE_MIN_BODY_CHARS of body. On a page that also links to many articles (portal
    articles do through their sidebars, home pages do everywhere) that text must be backed by more: a
    publish time, a site rule's own body selector, or a length no teaser reaches. A home page's longest
    text block (a teaser, an about-us line) is not a story, but a 114-character news brief is. On an
    entry page (a URL the user gave), a short text above a few dated headlines is a channel's intro (its
    "publish time" is the first item's date); elsewhere (a WARC record, a teaser link) that test is not
    made, because short dated briefs with a dated sidebar would be lost to it. A short text at a URL the
    grammar calls a list (``list_url``) needs a publish time to be a story, unless discovery queued the
    page as an article (``linked_as_article``: a headline is rarely a channel's).

    The hint is how the page was reached. ARTICLE is the user's word: an article whatever it holds. A
    page reached as a list (a channel link, list pagination) has its links read in any case, and is also
    stored as an article only when its story is backed and either long or alone (the page lists nothing:
    no run of article links, no dated headlines): a channel page's intro is not one. There, long means
    long enough for page one of a story with its own pager (``/c_1/index.html`` looks like a list URL):
    the stitched story is judged by its first part, which holds a half or a third of it.
    AUTO (an entry point, a headline or a "详情" teaser at a URL the grammar cannot read) leaves it to the
    content: a short story on a page that is no list by its URL or links is an article.
    """
    if hint is PageKind.ARTICLE:
        return PageKind.ARTICLE, []
    chars = len(article.body)
    backed = article.published_at is not None or (article.parser != generic.NAME and not article.fell_back)
    long = chars >= settings.STORY_MIN_CHARS_ON_LIST_PAGE
    story = chars >= settings.ARTICLE_MIN_BODY_CHARS
    if hint in (PageKind.LIST, PageKind.PAGE):
        found = links()
        # `/zx/1024/index.htm` is a channel on one CMS and a story on another: the page decides.
        alone = story and not _is_list(found) and not _is_dated_list(found)
        strong = backed and (long or _first_part(article) or alone)
        return (PageKind.ARTICLE if strong else PageKind.LIST), found
    if long or (linked_as_article and story and backed):
        return PageKind.ARTICLE, []
    found = links()
    if not story or (entry_page and not linked_as_article and _is_dated_list(found)):
        return PageKind.LIST, found
    if backed or not ((list_url and not linked_as_article) or _is_list(found)):
        return PageKind.ARTICLE, []
    return PageKind.LIST, found


def _first_part(article: Article) -> bool:
    """Page one of a paginated story: its own pager, and a part's worth of story (the whole is longer)."""
    return article.next_page_url is not None and len(article.body) >= settings.STORY_MIN_CHARS_FIRST_PART


def _is_list(links: list[discover.Link]) -> bool:
    return sum(1 for link in links if link.kind is PageKind.ARTICLE) >= settings.LIST_MIN_ARTICLE_LINKS


def _is_dated_list(links: list[discover.Link]) -> bool:
    """A few headlines each beside its date: a channel's listing, however sparse (story sidebars rarely
    date their links)."""
    dated = sum(1 for link in links if link.kind is PageKind.ARTICLE and link.dated)
    return dated >= settings.SPARSE_LIST_MIN_DATED_ITEMS


def canonical_url(html: str, url: str) -> str:
    """The page's <link rel=canonical> when it names a URL of the same host and is not a template default
    (``discover.trusted_canonical``), else the URL fetched; both with tracking parameters and fragments
    removed."""
    try:
        fetched = canonicalize(url)
    except InputError:
        return url
    href = discover.canonical_link(html, url)
    try:
        canonical = canonicalize(href) if href else fetched
    except InputError:
        return fetched
    same_host = urlsplit(canonical).netloc == urlsplit(fetched).netloc
    return canonical if same_host and discover.trusted_canonical(fetched, canonical) else fetched
