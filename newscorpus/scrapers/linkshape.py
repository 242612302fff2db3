"""What a related item's link looks like: the URL it resolves against, and whether it points at a story.

A related list is a list of other *stories*; navigation, channel menus and app promotions are lists of
links too. The difference is in the links themselves: a story link has a headline for its text and an
article-shaped URL (a date or id in the path, an .html page), a menu link has a short label and points at a
channel root, a promotion points at an app store or a download.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings, urlshape
from newscorpus.scrapers.sitenames import footer_text
from newscorpus.scrapers.text import absolute, node_text

_DIGITS = re.compile(r"\d{" + str(settings.RELATED_URL_MIN_DIGITS) + ",}")
_PAGE = re.compile(r"\.(s?html?|php|aspx?|jsp)$", re.IGNORECASE)
# An opaque id segment: letters and digits mixed, like toutiao's or readhub's topic ids.
_OPAQUE_ID = re.compile(
    r"(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{" + str(settings.RELATED_URL_MIN_ID_CHARS) + ",}"
)
_SHAPE_BASE = "http://page.invalid/"
# Every element that may carry an item's URL: a plain link, a card naming its target in a data attribute,
# or one a click handler navigates (onclick="window.open('…')", onclick="location.href='…'").
_DATA_LINK_QUERY = ", ".join(
    [f"[{attribute}]" for attribute in settings.RELATED_URL_ATTRS]
    + [f'[onclick*="{word}"]' for word in (*settings.RELATED_CLICK_WORDS, *settings.RELATED_CLICK_PATH_STARTS)]
)
# The URL a click handler opens: the first quoted string after the call (quotes as the attribute reads).
_CLICK_URL = re.compile(
    r"(?:" + "|".join(re.escape(call) for call in settings.RELATED_CLICK_CALLS) + r")[\s(=]*['\"]([^'\"\s]+)['\"]",
)
# Any other call's first argument when it is a quoted path or absolute URL (a site's own jump function).
_CALLED_PATH = re.compile(r"\(\s*'((?:https?://|/)[^'\s]+)'")
LINK_QUERY = f"a[href], {_DATA_LINK_QUERY}"
_NO_TARGET = ("javascript:", "#")
_PROMO_URL = re.compile(settings.RELATED_PROMO_URL, re.IGNORECASE)
_PROMO_CALL = re.compile(settings.RELATED_PROMO_CALL)
_NOT_STORY = re.compile(settings.RELATED_NOT_STORY_URL, re.IGNORECASE)
_INDEX_PAGE = re.compile(settings.RELATED_INDEX_PAGE_PATH, re.IGNORECASE)
_ITEM_QUERY = re.compile(settings.RELATED_ITEM_QUERY, re.IGNORECASE)
_ROOT_POST = re.compile(r"(?:^|&)(?:p|post|page_id)=\d+(?:&|$)")
# The same two patterns for a lower-cased ASCII URL (they are written in lower case: a test holds them to
# it). Case-blind matching tries every alternative at every character; a plain search of the lower-cased
# URL finds the same matches 2-3x faster, and a story page tests every headline link on it.
_PROMO_URL_LOWER = re.compile(settings.RELATED_PROMO_URL)
_APP_DIR = "/app/"
_NOT_STORY_LOWER = re.compile(settings.RELATED_NOT_STORY_URL)


def page_base(tree: LexborHTMLParser, url: str | None) -> str | None:
    """The URL relative links resolve against: ``<base href>`` (itself relative to the page), the page
    URL, else the page's canonical or ``og:url`` (a saved page parsed without its URL), else the front page of
    the site its links say it belongs to (``_site_root``)."""
    page = url if is_absolute(url) else None
    page = (
        page or _head_url(tree, "link[rel=canonical]", "href") or _head_url(tree, "meta[property='og:url']", "content")
    )
    base = tree.css_first("base[href]")
    href = (base.attributes.get("href") or "").strip() if base is not None else ""
    if href:
        try:
            joined = urljoin(page or "", href)
        except ValueError:
            return page
        if is_absolute(joined):
            return joined
    return page or _site_root(tree)


# A site's front page as its logo or 首页 link names it: the host alone, or its index file.
_ROOT_PATH = re.compile(r"/?(?:index|default)?(?:\.s?html?|\.php|\.aspx?|\.jsp)?", re.IGNORECASE)


def _site_root(tree: LexborHTMLParser) -> str | None:
    """The front page of the site a page without any address of its own belongs to (a browser's DOM dump, an
    archived fragment): of the hosts whose front page the page links (its logo, 首页), the one most of its
    absolute links go to, at least ``RELATED_SITE_ROOT_MIN_LINKS`` of them. A footer's row of other sites'
    front pages links each once. Relative hrefs resolve against it, as a reader resolves them. Failing that, the
    one host whose front page a link calls home (a breadcrumb's ``<a href=http://host/>主页</a>``), else the one
    host the copyright footer prints (``Copyright © 2013 健康养生365 www.jkys365.com``)."""
    roots: dict[str, str] = {}
    counts: dict[str, int] = {}
    homes: set[str] = set()
    for link in tree.css("a[href]"):
        href = (link.attributes.get("href") or "").strip()
        if not href.startswith(("http://", "https://")):
            continue
        try:
            parts = urlsplit(href)
        except ValueError:
            continue
        host = parts.netloc.lower()
        counts[host] = counts.get(host, 0) + 1
        if not parts.query and _ROOT_PATH.fullmatch(parts.path):
            roots.setdefault(host, f"{parts.scheme}://{parts.netloc}/")
            if node_text(link) in settings.RELATED_HOME_WORDS:
                homes.add(host)
    busiest = max(roots, key=lambda name: counts[name]) if roots else None
    if busiest is not None and counts[busiest] >= settings.RELATED_SITE_ROOT_MIN_LINKS:
        return roots[busiest]
    if len(homes) == 1:
        return roots[homes.pop()]
    return _printed_root(tree)


# A host printed in a copyright line: "www.jkys365.com" (a site's own address, its front page).
_PRINTED_HOST = re.compile(r"(?<![\w./@-])(www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+)(?![\w/@-])", re.IGNORECASE)


def _printed_root(tree: LexborHTMLParser) -> str | None:
    footer = footer_text(tree)
    hosts = {match.lower().rstrip(".") for match in _PRINTED_HOST.findall(footer)} if "www." in footer else set()
    return f"http://{hosts.pop()}/" if len(hosts) == 1 else None


def _head_url(tree: LexborHTMLParser, query: str, attribute: str) -> str | None:
    node = tree.css_first(query)
    value = (node.attributes.get(attribute) or "").strip() if node is not None else ""
    return value if is_absolute(value) else None


def is_absolute(url: str | None) -> bool:
    """An http(s) URL with a host: the only kind a related item may carry."""
    if not url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def is_article_url(url: str) -> bool:
    """A URL shaped like one story: a long digit run (date or id), an .html-like page, or an opaque id."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    path = parts.path.rstrip("/")
    if _search_any_case(_NOT_STORY_LOWER, _NOT_STORY, parts.netloc + parts.path) or _index_page(
        parts.path, parts.query
    ):
        return False
    if not path:
        # ?id=12345 on the site root, or a blog engine's permalink by a short post number there (WordPress's
        # ?p=87, emlog's ?post=87)
        return bool(_DIGITS.search(parts.query) or _ROOT_POST.search(parts.query))
    last = path.rsplit("/", 1)[-1]
    return bool(_DIGITS.search(path) or _DIGITS.search(parts.query) or _PAGE.search(last) or _OPAQUE_ID.fullmatch(last))


def never_story(url: str) -> bool:
    """A comment thread, tag or search page, user profile or login, or a site's front page (a host alone,
    liuyan.people.com.cn/ linked as 我要留言): never a story, whatever its text."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.path in ("", "/") and not parts.query:
        return True
    return _search_any_case(_NOT_STORY_LOWER, _NOT_STORY, parts.netloc + parts.path) or _index_page(
        parts.path, parts.query
    )


def section_index(url: str) -> bool:
    """A section's index page below the site's root (/bosai/hazardmap/index.html) and no tag, search, profile
    or comment page: ``never_story`` for a list found by its shape, a page's section where a box is named."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.path.count("/") < 2 or _search_any_case(_NOT_STORY_LOWER, _NOT_STORY, parts.netloc + parts.path):
        return False
    return _index_page(parts.path, parts.query)


def _index_page(path: str, query: str) -> bool:
    """A channel's index page by its path (``RELATED_INDEX_PAGE_PATH``), unless its query names one item by
    id: then the index file is a front controller showing that item (``RELATED_ITEM_QUERY``)."""
    return _INDEX_PAGE.match(path) is not None and not (query and _ITEM_QUERY.search(query))


def is_promo(title: str, url: str) -> bool:
    """An app-store, download or 'more' link rather than a story."""
    if _promo_url(url) or _PROMO_CALL.search(title):
        return True
    return len(title) < settings.RELATED_MIN_ANCHOR_CHARS and any(w in title for w in settings.RELATED_PROMO_WORDS)


def _promo_url(url: str) -> bool:
    """``_PROMO_URL`` found in ``url``. A lower-cased ASCII URL holding none of the pieces every alternative
    holds is no match, at the cost of a substring test: most links on a page are stories. A site filing its
    stories under an app channel (扬子晚报's ``/app/nanjing/2016-10-09/1101245.html``) promotes nothing there:
    ``/app/`` alone in a story's dated or numbered path is no promotion."""
    if url.isascii():
        lower = url.lower()
        if not any(map(lower.__contains__, settings.RELATED_PROMO_URL_PIECES)):
            return False
        found = {match.group() for match in _PROMO_URL_LOWER.finditer(lower)}
    else:
        found = {match.group().lower() for match in _PROMO_URL.finditer(url)}
    return bool(found) and not (found == {_APP_DIR} and urlshape.is_article_url(url))


def _search_any_case(lower: re.Pattern[str], any_case: re.Pattern[str], text: str) -> bool:
    """``any_case`` (re.IGNORECASE) found in ``text``. For ASCII text, whose only case pairs are A-Z/a-z,
    that is the lower-case pattern found in the lower-cased text."""
    if text.isascii():
        return lower.search(text.lower()) is not None
    return any_case.search(text) is not None


def is_article_link(title: str, url: str) -> bool:
    """A headline-long anchor pointing at an article-shaped URL, not a promotion."""
    return len(title) >= settings.RELATED_MIN_ANCHOR_CHARS and is_article_url(url) and not is_promo(title, url)


class ShapeMemo:
    """``is_article_url``, ``never_story`` and ``is_promo`` answers for one list of links: each item is asked
    again by the list's later filters (the usable test, the odd-link share and its filter). Made per
    call and dropped with it, never kept between pages."""

    def __init__(self) -> None:
        self._article: dict[str, bool] = {}
        self._never: dict[str, bool] = {}
        self._promo: dict[tuple[str, str], bool] = {}

    def article_url(self, url: str) -> bool:
        if (known := self._article.get(url)) is None:
            known = self._article[url] = is_article_url(url)
        return known

    def never_story(self, url: str) -> bool:
        if (known := self._never.get(url)) is None:
            known = self._never[url] = never_story(url)
        return known

    def promo(self, title: str, url: str) -> bool:
        if (known := self._promo.get((title, url))) is None:
            known = self._promo[(title, url)] = is_promo(title, url)
        return known

    def article_link(self, title: str, url: str) -> bool:
        """``is_article_link``, from the remembered answers."""
        return len(title) >= settings.RELATED_MIN_ANCHOR_CHARS and self.article_url(url) and not self.promo(title, url)


def shaped_href(link: LexborNode) -> str | None:
    """The link's URL joined to a placeholder base: enough to read its shape (path and query), never fetched."""
    return absolute(link_href(link), _SHAPE_BASE)


def story_href(link: LexborNode) -> str | None:
    """The link's URL when the link is a story link, judged by shape alone: a relative href is joined to
    a placeholder base, since only its path and query matter here."""
    return titled_story_href(link, node_text(link))


def titled_story_href(
    link: LexborNode, title: str, href_of: Callable[[LexborNode], str | None] | None = None
) -> str | None:
    """``story_href`` for a caller that already holds the link's text (``node_text``), and maybe a memo of
    ``link_href`` (``href_of``) for a page whose links it asks about again and again.

    The text's length is tested before the URL is read: most links on a page (menus, tags, "more") are
    too short to be a headline, and that test is the cheapest of ``is_article_link``'s."""
    if len(title) < settings.RELATED_MIN_ANCHOR_CHARS:
        return None
    href = absolute((href_of or link_href)(link), _SHAPE_BASE)
    return href if href and is_article_link(title, href) else None


def link_href(node: LexborNode) -> str | None:
    """The URL a link (an element ``LINK_QUERY`` found) leads to, as written: its href when that goes
    somewhere, else the first of ``RELATED_URL_ATTRS`` (``<a href="javascript:;" data-url=…>``, a
    ``<div data-href>`` card), else the URL its ``onclick`` opens (``window.open('…')``). A card wrapping
    real links is no link itself: its links are (its data attribute is for tracking or a click area)."""
    attributes = node.attributes
    href = attributes.get("href")
    if href and not href.lstrip().lower().startswith(_NO_TARGET):
        return href
    for name in settings.RELATED_URL_ATTRS:
        value = (attributes.get(name) or "").strip()
        if value and not value.lower().startswith(_NO_TARGET) and " " not in value:
            return None if node.tag != "a" and _wraps_real_link(node) else value
    clicked = _click_url(attributes.get("onclick")) if "onclick" in attributes else None
    if clicked:
        return None if node.tag != "a" and _wraps_real_link(node) else clicked
    return href


def _click_url(handler: str | None) -> str | None:
    """The URL an onclick handler navigates to, when it names one as a string literal."""
    if not handler:
        return None
    match = _CLICK_URL.search(handler)
    if match is None:
        # A site's own function: trusted only with a story-shaped URL (a tracking call passes paths too).
        called = _CALLED_PATH.search(handler)
        path = called.group(1) if called else None
        return path if path and is_article_url(absolute(path, _SHAPE_BASE) or "") else None
    url = match.group(1)
    return url if url and not url.lower().startswith(_NO_TARGET) else None


def holds_link(node: LexborNode) -> bool:
    """The node holds a link: an ``<a href>``, or an element with a data-attribute URL and text (an empty
    one is a click area or an app-open button, as a list of them is a list still to be filled by JS)."""
    if node.css_first("a[href]") is not None:
        return True
    return any(node_text(card) and link_href(card) for card in node.css(_DATA_LINK_QUERY))


def _wraps_real_link(node: LexborNode) -> bool:
    return any(
        not (link.attributes.get("href") or "").lstrip().lower().startswith(_NO_TARGET) for link in node.css("a[href]")
    )


def same_page(url: str, page_url: str | None) -> bool:
    """The link points back at the page itself (fragment and trailing slash aside)."""
    if not page_url:
        return False
    return url.split("#", 1)[0].rstrip("/") == page_url.split("#", 1)[0].rstrip("/")
