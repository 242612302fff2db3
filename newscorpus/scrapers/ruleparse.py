"""A site rule: the declarative description of one portal's article (and list) template.

Every selector field is a tuple tried in order, so a rule can keep the old template's selectors as
fallbacks when a portal redesigns. Fields a rule leaves empty are filled by the generic extractor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings
from newscorpus.models import Article, RelatedItem
from newscorpus.scrapers import generic, pager
from newscorpus.scrapers.blocks import block_lines, lines_before
from newscorpus.scrapers.byline import clean_author, clean_editor, clean_source, normalise_byline, parse_byline
from newscorpus.scrapers.dates import parse_datetime, year_from_url
from newscorpus.scrapers.dom import remove_nodes
from newscorpus.scrapers.query import select
from newscorpus.scrapers.relatedlists import find_related
from newscorpus.scrapers.sitekit import story_lines
from newscorpus.scrapers.text import absolute, node_text

Selectors = tuple[str, ...]


@dataclass
class RulePage:
    """What a rule's ``postprocess`` hook gets besides the article: the tree and what the rule found in it.

    Hooks read the body through this instead of finding it again: every selector lookup scans the page.
    """

    tree: LexborHTMLParser
    url: str | None
    body: LexborNode | None  # the node the rule's body selectors picked (drop list already removed)
    body_lines: list[str]  # the body's lines before the story filter; empty when the body was not read
    author: str | None = None  # what the rule's author selectors found, before any generic guess


@dataclass(frozen=True)
class SiteRule:
    name: str
    hosts: tuple[str, ...]  # host suffixes: "163.com" matches "www.163.com" and "news.163.com"
    version: int
    title: Selectors = ()
    published: Selectors = ()  # element text, or the content/datetime attribute of meta/time
    author: Selectors = ()
    source: Selectors = ()
    editor: Selectors = ()
    byline: Selectors = ()  # info bars parsed for author/source/editor/time when the fields above miss
    body: Selectors = ()
    drop: Selectors = ()  # removed inside the body before paragraphs are read (captions, ads, share bars)
    related: Selectors = ()  # related-list containers; headings like 相关阅读 are found regardless
    # How far above the body a related heading is looked for when no container is found.
    related_levels: int = settings.RELATED_SEARCH_LEVELS
    next_page: Selectors = ()  # the 下一页 link of multi-page articles
    list_links: Selectors = ()  # article links on home/channel pages
    fingerprints: tuple[str, ...] = ()  # substrings that identify the site in a saved page
    # Runs first, on the untouched tree (meta and <script> still there, e.g. JSON page data); fields it
    # sets are kept unless a selector above finds the field.
    prepare: Callable[[Article, LexborHTMLParser], None] | None = field(default=None, compare=False)
    postprocess: Callable[[Article, RulePage], None] | None = field(default=None, compare=False)

    def parse(self, tree: LexborHTMLParser, url: str | None) -> Article:
        """Selectors only, no walk over the whole page unless the rule's own selectors miss (speed matters)."""
        article = Article(url=url, site=self.name, parser=self.name, parser_version=self.version)
        if self.prepare is not None:
            self.prepare(article, tree)
        headline = _first_with_text(tree, self.title)
        article.title = (headline[1] if headline else None) or article.title or generic.find_title(tree)
        # Meta/JSON-LD only when the rule's own time selectors miss: each meta lookup scans the page.
        article.published_at = (
            _first_time(tree, self.published, url) or article.published_at or generic.find_published(tree, url)
        )
        # The byline grammar cleans whatever the selectors found: labels, outlets, IDs, glued times.
        own_author = clean_author(_first_text(tree, self.author))
        article.author = own_author or article.author
        article.source = clean_source(_first_text(tree, self.source)) or article.source
        article.editor = clean_editor(_first_text(tree, self.editor)) or article.editor
        bars, lists = self._bars_and_lists(tree)
        header = self._apply_byline(bars, article, url)
        body, template = _first_tagged(tree, self.body)
        # No body selector matched: the rule's other fields stand, the body comes from the generic extractor.
        article.template = f"{self.name}:{template or 'no-body-selector'}"
        # The rule's own pager first; the generic one when the rule has none or it found nothing.
        article.next_page_url = _first_link(tree, self.next_page, url) or pager.next_page_url(tree, url, body)
        article.related = self._take_related(tree, url, body, lists)
        page = RulePage(tree, url, body, [], own_author)
        if body is not None and not article.paragraphs:
            # block_lines skips script/style itself, so only the drop list is removed, and only in the body.
            remove_nodes(body.css(", ".join(self.drop)) if self.drop else [])
            page.body_lines = block_lines(body)
            article.paragraphs = story_lines(page.body_lines, article.title)
        if article.paragraphs:
            # The byline sits between the headline and the body: read only that region, not the whole page.
            if not header and (region := _region_lines(headline, page)) is not None:
                header = generic.lines_around_title(region, article.title)
            generic.fill_from_body(article, tree, body, url, header=header or None)
        if self.postprocess is not None:
            self.postprocess(article, page)
        normalise_byline(article)  # hooks set fields from page data and credit lines: one form for all
        return article

    def links(self, tree: LexborHTMLParser, base_url: str | None) -> list[str]:
        """Article links on a list page, in page order, without repeats."""
        seen: dict[str, None] = {}
        for selector in self.list_links:
            for node in tree.css(selector):
                if (href := absolute(node.attributes.get("href"), base_url)) is not None:
                    seen.setdefault(href.split("#")[0], None)
        return list(seen)

    def _bars_and_lists(self, tree: LexborHTMLParser) -> tuple[list[LexborNode], list[LexborNode]]:
        """The byline bars and the related-list containers, each in page order, from one page pass.

        Both lookups scan the whole page, a few hundred microseconds each on a large portal page; one
        query over both selector lists is split by matching each found node (a small one) against the
        byline selectors alone.
        """
        query = ", ".join(self.byline + self.related)
        found = list({node.mem_id: node for node in tree.css(query)}.values()) if query else []
        if not self.related:
            return found, []
        if not self.byline:
            return [], found
        byline, related = ", ".join(self.byline), ", ".join(self.related)
        bars = [node for node in found if _matches(node, byline)]
        kept = {node.mem_id for node in bars}
        return bars, [node for node in found if node.mem_id not in kept or _matches(node, related)]

    def _apply_byline(self, bars: list[LexborNode], article: Article, url: str | None) -> list[str]:
        """Fill missing fields from the byline bars; return their lines (empty when no bar was found)."""
        if not bars:
            return []
        lines = [line for bar in bars for line in block_lines(bar)]
        found = parse_byline(lines)
        article.author = article.author or found.author
        article.source = article.source or found.source
        article.editor = article.editor or found.editor
        if article.published_at is None:
            year = year_from_url(url)
            article.published_at = next(
                (when for line in lines if (when := parse_datetime(line, default_year=year))), None
            )
        return lines

    def _take_related(
        self, tree: LexborHTMLParser, url: str | None, body: LexborNode | None, lists: list[LexborNode]
    ) -> list[RelatedItem]:
        # Per selector, in rule order: a rule may list a richer copy of the list first (163's <pre>).
        containers = lists if len(self.related) == 1 else [n for s in self.related for n in lists if _matches(n, s)]
        # Without a container (a redesign moved the list), the generic detector looks in the article column
        # first: searching it instead of the page keeps sidebars out and costs a fraction.
        column = _article_column(body, self.related_levels)
        return find_related(tree, url, story=body, column=column, containers=containers)


def _matches(node: LexborNode, query: str) -> bool:
    """Whether ``node`` itself matches: lexbor lists a node before its descendants, itself included."""
    first = node.css_first(query)
    return first is not None and first.mem_id == node.mem_id


def _article_column(body: LexborNode | None, levels: int) -> LexborNode | None:
    """The body's ancestor ``levels`` up: the column holding the story and what follows it."""
    node = body
    for _ in range(levels):
        if node is None or node.parent is None or node.parent.tag in ("body", "html"):
            break
        node = node.parent
    return node


def _region_lines(headline: tuple[LexborNode, str] | None, page: RulePage) -> list[str] | None:
    """Lines of the smallest element holding both the headline and the body; None when that is the page."""
    if headline is None or page.body is None:
        return None
    ancestors = set()
    node: LexborNode | None = headline[0]
    while node is not None:
        ancestors.add(node.mem_id)
        node = node.parent
    region: LexborNode | None = page.body
    while region is not None and region.mem_id not in ancestors:
        region = region.parent
    if region is None or region.tag in ("body", "html"):
        return None
    if not page.body_lines:
        return block_lines(region)
    # The body was read already: only what precedes it is new, and what follows it is no header.
    return lines_before(region, page.body) + page.body_lines


def _first_node(tree: LexborHTMLParser, selectors: Selectors) -> LexborNode | None:
    return next(iter(_by_priority(tree, selectors)), None)


def _first_tagged(tree: LexborHTMLParser, selectors: Selectors) -> tuple[LexborNode | None, str | None]:
    """The first node as ``_by_priority`` finds it, with the selector that found it: the page's template."""
    for n, selector in enumerate(selectors):
        if n == 1 and tree.css_first(", ".join(selectors[1:])) is None:
            break  # as in _by_priority: one combined scan tells that no fallback can hit
        node = next(select(tree, selector), None)
        if node is not None:
            return node, selector
    return None, None


def _by_priority(tree: LexborHTMLParser, selectors: Selectors) -> Iterator[LexborNode]:
    """Nodes of the first selector, then of the next, each group in page order.

    The current template's selector comes first and usually hits: one scan. When it misses, one combined
    query over the fallbacks tells whether any of them can hit, so an optional field the page lacks costs
    two scans instead of one per fallback.
    """
    if not selectors:
        return
    yield from select(tree, selectors[0])
    fallbacks = selectors[1:]
    if not fallbacks or tree.css_first(", ".join(fallbacks)) is None:
        return
    for selector in fallbacks:
        yield from select(tree, selector)


def _value(node: LexborNode) -> str:
    attrs = node.attributes
    if node.tag == "meta":
        return attrs.get("content") or ""
    return attrs.get("datetime") or node_text(node)


def _first_with_text(tree: LexborHTMLParser, selectors: Selectors) -> tuple[LexborNode, str] | None:
    return next(((node, text) for node in _by_priority(tree, selectors) if (text := _value(node).strip())), None)


def _first_text(tree: LexborHTMLParser, selectors: Selectors) -> str | None:
    found = _first_with_text(tree, selectors)
    return found[1] if found else None


def _first_time(tree: LexborHTMLParser, selectors: Selectors, url: str | None) -> str | None:
    year = year_from_url(url)
    nodes = _by_priority(tree, selectors)
    return next((when for node in nodes if (when := parse_datetime(_value(node), default_year=year))), None)


def _first_link(tree: LexborHTMLParser, selectors: Selectors, url: str | None) -> str | None:
    node = _first_node(tree, selectors)
    return absolute(node.attributes.get("href"), url) if node is not None else None
