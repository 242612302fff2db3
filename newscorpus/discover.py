"""Discovery: which links on a fetched page lead to articles, more list pages, sitemaps or feeds.

Sites with a rule use its ``list_links`` selectors; others get generic classification: article-like URLs
(dates, long numeric IDs) or long anchor text are articles, 下一页-style links are list pagination, and on
an entry page the remaining short same-site links are channels.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from urllib.parse import urlsplit
from xml.etree import ElementTree

from selectolax.lexbor import LexborHTMLParser

from newscorpus import settings
from newscorpus.errors import FetchError, TooLargeError
from newscorpus.kinds import PageKind
from newscorpus.scrapers.rule import SiteRule
from newscorpus.scrapers.text import absolute, node_text

# Page 2, 3, ... of a list (PAGE) keeps the depth of page 1: a long archive must not eat the depth budget.
ARTICLE, LIST, PAGE, SITEMAP, FEED = PageKind.ARTICLE, PageKind.LIST, PageKind.PAGE, PageKind.SITEMAP, PageKind.FEED

_ARTICLE_PATH = re.compile(
    r"/20\d\d[-_/]?[01]\d[-_/]?[0-3]\d/"  # /2023/1101/, /2023-11-01/, /20231101/
    r"|/20\d\d[01]\d/"  # /202311/
    r"|[/_-][a-z]{0,3}\d{5,}(?:[_-]\d+)?\.s?html?$"  # /n1234567.shtml, /c_1234567.htm
    r"|/\d{5,}/?$"  # /a/1234567
    r"|/20\d\d/[01]\d[0-3]\d/[^/]+$",
    re.IGNORECASE,
)
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|webp|svg|css|js|pdf|zip|rar|exe|apk|mp[34]|avi|docx?|xlsx?)$", re.I)
_LINK_TAG = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_REL_CANONICAL = re.compile(r"""\brel\s*=\s*["']?canonical\b""", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_PAGINATION_URL = re.compile(r"(?:index|list)?_\d{1,3}\.s?html?$|[?&](?:page|p|pn)=\d{1,3}$", re.IGNORECASE)


@dataclass(frozen=True)
class Link:
    url: str
    kind: PageKind


def looks_like_article_url(url: str) -> bool:
    return bool(_ARTICLE_PATH.search(urlsplit(url).path))


def html_links(tree: LexborHTMLParser, base_url: str, rule: SiteRule | None, channels: bool) -> list[Link]:
    """Links worth queueing from a list page, in page order; ``channels`` also takes short nav links."""
    found: dict[str, PageKind] = {}
    if rule is not None and rule.list_links:
        for url in rule.links(tree, base_url):
            found.setdefault(url, ARTICLE)
    for node in tree.css("a[href]"):
        url = absolute(node.attributes.get("href"), base_url)
        if url is None or not url.startswith(("http://", "https://")) or _NOT_PAGES.search(urlsplit(url).path):
            continue
        kind = _classify(url, node_text(node), node.attributes.get("rel") or "", rule, channels)
        if kind is not None:
            found.setdefault(url.split("#")[0], kind)
    return [Link(url, kind) for url, kind in found.items()]


def _classify(url: str, text: str, rel: str, rule: SiteRule | None, channels: bool) -> PageKind | None:
    if "next" in rel.lower() or text.strip().lower() in settings.PAGINATION_TEXTS or _PAGINATION_URL.search(url):
        return PAGE
    if rule is not None and rule.list_links:
        return None  # the rule already named the articles; guessing more would only add noise
    if looks_like_article_url(url) or len(text) >= settings.ARTICLE_ANCHOR_MIN_CHARS:
        return ARTICLE
    return LIST if channels and text else None


def is_list_page(tree: LexborHTMLParser, url: str, rule: SiteRule | None) -> bool:
    """An entry page of unknown type is a list (home/channel) page when it points at many articles."""
    if looks_like_article_url(url):
        return False
    if rule is not None and rule.list_links and rule.links(tree, url):
        return True
    articles = sum(1 for link in html_links(tree, url, rule, channels=False) if link.kind == ARTICLE)
    return articles >= settings.LIST_MIN_ARTICLE_LINKS


def canonical_link(html: str, base_url: str) -> str | None:
    """The <link rel=canonical> href; a regex over the head, because a second DOM parse per article costs
    more than the rest of discovery."""
    for tag in _LINK_TAG.findall(html[: settings.META_CHARSET_SCAN_BYTES * 4]):
        if _REL_CANONICAL.search(tag) and (href := _HREF.search(tag)):
            return absolute(href.group(1) or href.group(2), base_url)
    return None


# --- sitemaps and feeds ----------------------------------------------------------------------------


def xml_kind(content: bytes, url: str) -> PageKind | None:
    """SITEMAP for urlset/sitemapindex, FEED for RSS/Atom, None for any other XML."""
    root = _parse_xml(content, url)
    name = _local(root.tag)
    if name in ("urlset", "sitemapindex"):
        return SITEMAP
    return FEED if name in ("rss", "feed", "RDF") else None


def sitemap_links(content: bytes, url: str) -> list[Link]:
    """A sitemap index gives more sitemaps; a urlset (plain or Google News) gives articles."""
    root = _parse_xml(content, url)
    child_kind = SITEMAP if _local(root.tag) == "sitemapindex" else ARTICLE
    links = []
    for entry in root:
        loc = next((el.text for el in entry if _local(el.tag) == "loc" and el.text), None)
        if loc:
            links.append(Link(loc.strip(), child_kind))
    return links


def feed_links(content: bytes, url: str) -> list[Link]:
    """Item links of RSS 2.0/1.0 and Atom feeds."""
    root = _parse_xml(content, url)
    links = []
    for element in root.iter():
        name = _local(element.tag)
        if name == "item":
            link = next((el.text for el in element if _local(el.tag) == "link" and el.text), None)
            if link:
                links.append(Link(link.strip(), ARTICLE))
        elif name == "entry":
            hrefs = [
                el.get("href")
                for el in element
                if _local(el.tag) == "link" and el.get("rel", "alternate") == "alternate"
            ]
            links.extend(Link(href.strip(), ARTICLE) for href in hrefs if href)
    return links


def _parse_xml(content: bytes, url: str) -> ElementTree.Element:
    data = _gunzip(content, url) if content[:2] == b"\x1f\x8b" else content
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise FetchError(f"malformed XML ({exc})", url) from exc


def _gunzip(content: bytes, url: str) -> bytes:
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(content, settings.MAX_BODY_BYTES)
    except zlib.error as exc:
        raise FetchError(f"corrupt gzip ({exc})", url) from exc
    if inflater.unconsumed_tail:  # a gzip bomb stops here, not in our memory
        raise TooLargeError(f"inflated sitemap exceeds {settings.MAX_BODY_BYTES} bytes", url)
    return data


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
