"""Discovery: which links on a fetched page lead to articles, more list pages, sitemaps or feeds.

Sites with a rule use its ``list_links`` selectors first; every page also gets generic classification:
URLs the URL grammar (``urlshape``) calls articles, or links with headline-long anchor text, are articles,
下一页-style links are list pagination, login/search/comment links are dropped, and on an entry page of
a site without list rules the remaining short same-site links are channels. On every list page, links to
its sub-channels (short links below its own directory) are lists, and teasers the grammar cannot read
("详情", a photo without alt text) are AUTO: the fetched page's content decides what they are.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import zlib
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit
from xml.etree import ElementTree

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings, urlshape
from newscorpus.errors import FetchError, TooLargeError
from newscorpus.kinds import PageKind
from newscorpus.metarefresh import refresh_target, script_redirect_target
from newscorpus.scrapers.rule import SiteRule
from newscorpus.scrapers.text import absolute, node_text
from newscorpus.urlshape import Shape

# Page 2, 3, ... of a list (PAGE) keeps the depth of page 1: a long archive must not eat the depth budget.
ARTICLE, LIST, PAGE, SITEMAP, FEED = PageKind.ARTICLE, PageKind.LIST, PageKind.PAGE, PageKind.SITEMAP, PageKind.FEED
AUTO = PageKind.AUTO  # a link whose page may be a story or a list: its content decides

_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|webp|svg|css|js|pdf|zip|rar|exe|apk|mp[34]|avi|docx?|xlsx?)$", re.I)
# The root elements of sitemaps and feeds: only they are read as far as they parse.
_XML_ROOTS = frozenset({"urlset", "sitemapindex", "rss", "feed", "RDF"})
# A sitemap's or feed's entries: one cut in half by a broken file is dropped, the ones before it are read.
_ENTRY_TAGS = frozenset({"url", "sitemap", "item", "entry"})
_SM = ("loc", "lastmod")  # what a sitemap entry says: where, and when it last changed
_LINK_TAG = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_REL_CANONICAL = re.compile(r"""\brel\s*=\s*["']?canonical\b""", re.IGNORECASE)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_PAGINATION_URL = re.compile(r"(?:index|list)?_\d{1,3}\.s?html?$|[?&](?P<key>page|p|pn)=\d{1,3}$", re.IGNORECASE)


# A date beside a link in its list item: 2024-05-15, 2024年5月15日, 05-15, 05/15, 10:30.
_ITEM_DATE = re.compile(
    r"(?<!\d)(?:20\d\d\s*[-/.年]\s*)?[01]?\d\s*[-/.月]\s*[0-3]?\d(?!\d)|(?<!\d)[0-2]?\d:[0-5]\d(?!\d)"
)
_TEASER_TRIM = "[]【】()（）>»›<«‹…．. 　"


@dataclass(frozen=True)
class Link:
    url: str
    kind: PageKind
    # An article link in a list item that shows a date (a channel's listing, not a story's sidebar).
    dated: bool = False
    # A sitemap index's <lastmod> for the sitemap it names: unchanged since it was read, it is not read again.
    lastmod: str | None = None


def html_links(tree: LexborHTMLParser, base_url: str, rule: SiteRule | None, channels: bool) -> list[Link]:
    """Links worth queueing from a list page, in page order; ``channels`` also takes short nav links.

    A site rule's ``list_links`` come first, then every other link the URL grammar or a headline-long
    anchor calls an article: a portal's newer template (or a block the rule's selectors miss) must not
    hide its articles. Channel guessing stays off on rule sites: the rule names what to follow there.
    """
    found: dict[str, PageKind] = {}
    refresh = refresh_target(tree, base_url)
    if refresh is not None:  # where a browser goes: the content decides what it is
        found[refresh] = AUTO
    if rule is not None and rule.list_links:
        for url in rule.links(tree, base_url):
            found.setdefault(url, ARTICLE)
    guess_channels = channels and (rule is None or not rule.list_links)
    dated: set[str] = set()
    for node in tree.css("a[href]"):
        url = absolute(node.attributes.get("href"), base_url)
        if url is None or not url.startswith(("http://", "https://")) or _NOT_PAGES.search(urlsplit(url).path):
            continue
        text = _anchor_text(node)
        # Judged as fetched, fragment dropped: a hash route (#!article/123) names a story the fetch can't reach.
        kind = _classify(url.split("#")[0], text, node.attributes.get("rel") or "", guess_channels)
        if kind is None and _is_subchannel(url, base_url):
            kind = LIST
        if kind is not None:
            url = url.split("#")[0]
            found.setdefault(url, kind)
            if kind is ARTICLE and _beside_date(node, text):
                dated.add(url)
    if not found and (scripted := script_redirect_target(tree, base_url)):  # a page that only sends on
        found[scripted] = AUTO
    return [Link(url, kind, url in dated) for url, kind in found.items()]


def story_start(link: Link) -> Link:
    """A link to a split story's later page leads to its first page, as an article: the crawler stitches
    the parts onto page one, so page 2 reached from a sidebar, a related list or a sitemap is neither lost
    nor stored as a partial story of its own (a list's page 2 and a forum thread's keep their link)."""
    first = urlshape.story_first_page(link.url) or _first_page_by_query(link.url)
    return link if first is None else Link(first, ARTICLE, link.dated)


def _first_page_by_query(url: str) -> str | None:
    """show.php?id=123&page=2 -> show.php?id=123: a pager key's later page of a URL that names a story
    without it (a list's ?page=2 keeps its link: list.php?catid=12 is no story)."""
    parts = urlsplit(url)
    items = parts.query.split("&") if parts.query else []
    pager = [item for item in items if item.partition("=")[0].lower() in settings.URL_PAGER_KEYS]
    if not pager or not all(item.partition("=")[2].isdigit() and int(item.partition("=")[2]) >= 2 for item in pager):
        return None
    rest = "&".join(item for item in items if item not in pager)
    first = urlunsplit(parts._replace(query=rest, fragment=""))
    return first if urlshape.is_article_url(first) else None


def _anchor_text(node: LexborNode) -> str:
    """The link's text; for an image-only link (a photo teaser), its title or the image's alt text."""
    text = node_text(node)
    if text:
        return text
    image = node.css_first("img[alt]")
    return (node.attributes.get("title") or (image.attributes.get("alt") if image is not None else "") or "").strip()


def _classify(url: str, text: str, rel: str, channels: bool) -> PageKind | None:
    if "next" in rel.lower() or text.strip().lower() in settings.PAGINATION_TEXTS:
        return PAGE
    shape, headline = urlshape.shape(url), len(text) >= settings.ARTICLE_ANCHOR_MIN_CHARS
    # A pager-like ending (_1.shtml, ?p=12) on an article-shaped URL is a story's own URL, under a headline,
    # a photo or a 全文 teaser alike; only a page number's link there is a split story's later page.
    if _is_pager_url(url) and (shape is not Shape.ARTICLE or text.strip().isdigit()):
        return PAGE
    if shape is Shape.NEVER:
        return None
    if shape is Shape.ARTICLE or (shape is Shape.UNKNOWN and headline):
        return ARTICLE
    # A teaser ("详情", a bare photo) at a URL that names nothing: most likely a story, maybe a channel.
    # Queued as AUTO on every page, so the fetched page's content alone decides (a channel name's link
    # is a LIST: a short story there is a channel's intro).
    if shape is Shape.UNKNOWN and text.strip(_TEASER_TRIM).lower() in ("", *settings.TEASER_ANCHOR_TEXTS):
        return AUTO
    return LIST if channels and text else None


def _is_subchannel(url: str, base_url: str) -> bool:
    """A page below this page's own directory (/news/ -> /news/gn/), or, for a channel script at the root
    (/list.php?catid=12), the same script with other parameters. From the home page nothing is "below":
    its short links are channels only on an entry page (``channels``)."""
    link, base = urlsplit(url), urlsplit(base_url)
    if link.netloc != base.netloc or (link.path, link.query) == (base.path, base.query):
        return False
    directory = base.path[: base.path.rfind("/") + 1]
    if directory not in ("", "/"):
        return link.path.startswith(directory)
    return base.path not in ("", "/") and link.path == base.path


def _beside_date(node: LexborNode, text: str) -> bool:
    """Whether the link's list item (its parent, holding no other link) shows a date besides the anchor."""
    item = node.parent
    if item is None or len(item.css("a")) != 1:
        return False
    rest = node_text(item).replace(text, "", 1)
    return len(rest) <= settings.LIST_ITEM_EXTRA_MAX_CHARS and _ITEM_DATE.search(rest) is not None


def _is_pager_url(url: str) -> bool:
    """List pagination by its URL; ?p=1234 on a blog's root is a post (WordPress), not page 1234."""
    match = _PAGINATION_URL.search(url)
    return match is not None and not (match.group("key") == "p" and urlshape.is_article_url(url))


def trusted_canonical(fetched: str, declared: str) -> bool:
    """Whether a page's <link rel=canonical> may name it. A CMS template that declares the same URL on
    every article (the home page, the channel, the script without its ?id=) would fold them all into
    one; a declared URL less article-shaped than the fetched one is such a default, not the page's name."""
    declared_shape, fetched_shape = urlshape.shape(declared), urlshape.shape(fetched)
    if fetched_shape is Shape.ARTICLE and declared_shape is not Shape.ARTICLE:
        return False
    bare = urlsplit(declared).path.strip("/") == "" and not urlsplit(declared).query
    return not bare or urlsplit(fetched).path.strip("/") == ""


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
    return FEED if name in _XML_ROOTS else None


def sitemap_links(content: bytes, url: str) -> list[Link]:
    """A sitemap index gives more sitemaps; a urlset (plain or Google News) gives articles."""
    root = _parse_xml(content, url)
    child_kind = SITEMAP if _local(root.tag) == "sitemapindex" else ARTICLE
    links = []
    for entry in root:
        loc, lastmod = (next((el.text for el in entry if _local(el.tag) == tag and el.text), None) for tag in _SM)
        if loc and (absolute_loc := absolute(loc.strip(), url)):
            links.append(Link(absolute_loc, child_kind, lastmod=lastmod if child_kind is SITEMAP else None))
    return links


def feed_links(content: bytes, url: str) -> list[Link]:
    """Item links of RSS 2.0/1.0 and Atom feeds, relative ones read against the feed's own URL."""
    root = _parse_xml(content, url)
    found: list[str] = []
    for element in root.iter():
        name = _local(element.tag)
        if name == "item":
            link = next((el.text for el in element if _local(el.tag) == "link" and el.text), None)
            found.extend([link] if link else _permalink_guid(element))
        elif name == "entry":
            found.extend(
                el.get("href", "")
                for el in element
                if _local(el.tag) == "link" and el.get("rel", "alternate") == "alternate"
            )
    return [Link(link, ARTICLE) for href in found if href.strip() and (link := absolute(href.strip(), url))]


def _permalink_guid(item: ElementTree.Element) -> list[str]:
    """An RSS item without <link> is at its <guid> unless the feed says that is no URL (isPermaLink)."""
    for el in item:
        if _local(el.tag) == "guid" and el.text and el.get("isPermaLink", "true") != "false":
            return [el.text] if el.text.strip().startswith(("http://", "https://", "/")) else []
    return []


def _parse_xml(content: bytes, url: str) -> ElementTree.Element:
    data = _gunzip(content, url) if content[:2] == b"\x1f\x8b" else content
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        root = _complete_part(data)
        if root is None or _local(root.tag) not in _XML_ROOTS or not _has_entries(root):
            raise FetchError(f"malformed XML ({exc})", url) from exc
        return root


def _has_entries(root: ElementTree.Element) -> bool:
    return any(_local(element.tag) in _ENTRY_TAGS for element in root.iter())


def _complete_part(data: bytes) -> ElementTree.Element | None:
    """The document as far as it parsed, less the entry the break cut in half: a sitemap or feed cut off
    mid-download or by a stray byte still gives the <url>s and <item>s it completed (all were lost)."""
    parser = ElementTree.XMLPullParser(events=("start", "end"))
    open_path: list[ElementTree.Element] = []  # the elements begun and not ended: the break's path
    with contextlib.suppress(ElementTree.ParseError):  # raised by feed, or queued among the events
        parser.feed(data)
    with contextlib.suppress(ElementTree.ParseError):
        for event, element in parser.read_events():
            if event == "start":
                open_path.append(element)
            else:
                open_path.pop()
    if not open_path:
        return None
    for parent, child in itertools.pairwise(open_path):
        if _local(child.tag) in _ENTRY_TAGS:
            parent.remove(child)
            break
    return open_path[0]


def _gunzip(content: bytes, url: str) -> bytes:
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(content, settings.MAX_SITEMAP_BYTES)
    except zlib.error as exc:
        raise FetchError(f"corrupt gzip ({exc})", url) from exc
    if inflater.unconsumed_tail:  # a gzip bomb stops here, not in our memory
        raise TooLargeError(f"inflated sitemap exceeds {settings.MAX_SITEMAP_BYTES} bytes", url)
    return data


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
