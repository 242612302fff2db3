"""The related-list detector run on every page, with or without a site rule.

Three ways in, tried in order of how sure they are, each stopping the search when it finds a list:

1. a related heading (相关阅读, 相关推荐 tabs, 延伸阅读, an inline ``推荐阅读：`` …) and the links after it;
2. a block whose id/class names it related (``related``, ``xgyd``, ``tuijian``, ``recommend`` …) placed
   after the story, holding story-shaped links;
3. an unheaded list of at least three story-shaped links right after the story, outside it.

Navigation, footers, hot-rank sidebars, comment threads and app promotions are lists of links too: an
id/class or lead text that says so vetoes a block found by (2) or (3), and every item must be a story link
(``linkshape``). A site rule's selectors win when they match; this module runs when they do not.
"""

from __future__ import annotations

import logging
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings
from newscorpus.models import RelatedItem
from newscorpus.scrapers.dom import ancestry, remove_nodes
from newscorpus.scrapers.linkshape import is_article_link, page_base
from newscorpus.scrapers.related import headed_related, is_rejected_block, take_related_by_heading
from newscorpus.scrapers.relateditems import items_from, take_related, unique_items
from newscorpus.scrapers.text import absolute, cjk_count, node_text

_LOG = logging.getLogger(__name__)
# What a malformed page can make lexbor-walking code raise. Caught at one boundary (find_related): the
# page keeps its story and loses only the list, and the loss is logged, never papered over.
_FRAGILE = (LookupError, ValueError, TypeError, AttributeError)
_MARKED = re.compile(settings.RELATED_BLOCK_ATTRS, re.IGNORECASE)
_LIST_TAGS = "ul, ol, dl, div, section, table, tbody"
_LEAD_MAX_CHARS = 20


def find_related(
    tree: LexborHTMLParser,
    url: str | None,
    story: LexborNode | None = None,
    column: LexborNode | None = None,
    containers: list[LexborNode] | None = None,
) -> list[RelatedItem]:
    """The page's related items, their blocks removed from the tree (the story node stays).

    ``containers`` are the blocks a site rule's selectors found: they win, and an empty one means the
    list is filled by JS, not that it sits elsewhere. ``story`` is the body a site rule found (None:
    guessed here, for the generic path); ``column`` bounds the heading search to the story's column for a
    rule (None: the whole page). Never raises on an odd page: whatever goes wrong loses the list, not the
    article.
    """
    try:
        if containers:
            return _from_containers(tree, url, containers, story)
        return _find(tree, url, story, column)
    except _FRAGILE as exc:
        _LOG.warning("related list dropped for %s: %s: %s", url or "page", type(exc).__name__, exc)
        return []


def _from_containers(
    tree: LexborHTMLParser, url: str | None, containers: list[LexborNode], story: LexborNode | None
) -> list[RelatedItem]:
    """A rule's containers, then any list a heading introduces inside the story itself (a WeChat story's
    closing 推荐阅读： links): those leave the body even when the rule's own container is elsewhere."""
    base = page_base(tree, url)
    items = take_related(containers, base, keep=story, page_url=url)
    if story is not None:
        items += take_related_by_heading(tree, base, within=story, keep=story, page_url=url)
    return unique_items(items)[: settings.MAX_RELATED_ITEMS]


def _find(
    tree: LexborHTMLParser, url: str | None, story: LexborNode | None, column: LexborNode | None
) -> list[RelatedItem]:
    base = page_base(tree, url)
    page_url = url or base
    scope = column if column is not None else tree.body
    if scope is None:
        return []
    labelled, items = headed_related(tree, base, within=scope, keep=story, page_url=page_url)
    if labelled:
        return items
    anchor = story if story is not None else guess_story(tree)
    if anchor is None:
        return []
    roots = after_story(anchor, settings.RELATED_COLUMN_LEVELS)
    blocks = _marked_blocks(anchor, roots) or _unheaded_list(after_story(anchor, settings.RELATED_UNHEADED_LEVELS))
    if blocks:
        items = unique_items(items_from(blocks, base, page_url, articles_only=True))
        if items:
            remove_nodes(blocks, keep=story)
            return items[: settings.MAX_RELATED_ITEMS]
    if column is not None:
        # A rule's column held nothing: a heading further out, but still after the story, may.
        for root in after_story(anchor, levels=None):
            if items := take_related_by_heading(tree, base, within=root, keep=story, page_url=page_url):
                return items
    return []


def guess_story(tree: LexborHTMLParser) -> LexborNode | None:
    """Where the story is, for placing lists after it: the page's one ``<article>`` when it has one (a
    short story next to a long pop-up must still be found), else the element with the most Chinese text
    in paragraphs."""
    if tree.body is None:
        return None
    weight: dict[int, int] = {}
    nodes: dict[int, LexborNode] = {}
    for paragraph in tree.body.css("p"):
        parent = paragraph.parent
        if parent is None:
            continue
        weight[parent.mem_id] = weight.get(parent.mem_id, 0) + cjk_count(paragraph.text())
        nodes[parent.mem_id] = parent
    best = nodes[max(weight, key=weight.__getitem__)] if weight and max(weight.values()) else None
    return _lone_article(tree.body) or best


def _lone_article(body: LexborNode) -> LexborNode | None:
    """The page's one ``<article>`` (or articleBody): not a card among sibling cards, not inside another."""
    found = [node for node in body.css("article, [itemprop=articleBody]") if node_text(node)]
    lone = [
        node
        for node in found
        if not any(other.mem_id != node.mem_id and _is_ancestor(other, node) for other in found)
        and not any(sibling.tag == node.tag for sibling in _siblings(node))
    ]
    return max(lone, key=lambda node: len(node_text(node))) if lone else None


def _is_ancestor(ancestor: LexborNode, node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.mem_id == ancestor.mem_id:
            return True
        parent = parent.parent
    return False


def _siblings(node: LexborNode) -> list[LexborNode]:
    parent = node.parent
    if parent is None:
        return []
    return [child for child in parent.iter() if child.is_element_node and child.mem_id != node.mem_id]


def after_story(anchor: LexborNode, levels: int | None) -> list[LexborNode]:
    """Elements following the story (its next siblings, then its ancestors' next siblings), nearest first,
    climbing at most ``levels`` ancestors (None: up to <body>)."""
    roots: list[LexborNode] = []
    node = anchor
    climbed = 0
    while node.parent is not None and node.tag not in ("body", "html") and (levels is None or climbed < levels):
        sibling = node.next
        while sibling is not None:
            if sibling.is_element_node:
                roots.append(sibling)
            sibling = sibling.next
        node = node.parent
        climbed += 1
    return roots


def _marked_blocks(anchor: LexborNode, roots: list[LexborNode]) -> list[LexborNode]:
    """Outermost blocks named related by id/class: at the story's end (inside it) or after it.

    A block needs RELATED_MIN_MARKED_ITEMS story links, or one when a sibling marked block is taken too
    (a list split into boxes: one featured item, then the rest).
    """
    found: list[LexborNode] = []
    single: list[LexborNode] = []
    taken: set[int] = set()
    story_line = ancestry(anchor)
    for root in [anchor, *roots]:
        for node in [root, *root.css("[class], [id]")]:
            if node.mem_id in taken or node.mem_id in story_line or not _MARKED.search(_attrs(node)):
                continue
            if ancestry(node) & taken or _vetoed(node, root) or not _is_story_list(node, 1):
                continue
            (found if _is_story_list(node, settings.RELATED_MIN_MARKED_ITEMS) else single).append(node)
            taken.add(node.mem_id)
    parents = {node.parent.mem_id for node in found if node.parent is not None}
    paired = [node for node in single if node.parent is not None and node.parent.mem_id in parents]
    return sorted(found + paired, key=lambda node: _order(node, roots)) if paired else found


def _order(node: LexborNode, roots: list[LexborNode]) -> int:
    """Page order of a block among the roots it was found under (roots are in page order)."""
    ids = ancestry(node)
    return next((index for index, root in enumerate(roots) if root.mem_id in ids), -1)


def _unheaded_list(roots: list[LexborNode]) -> list[LexborNode]:
    """The first list of story links after the story: one item a child, most children items."""
    for root in roots:
        for node in [root, *root.css(_LIST_TAGS)]:
            if _is_item_list(node) and not _vetoed(node, root):
                return [node]
    return []


def _is_item_list(node: LexborNode) -> bool:
    children = [child for child in node.iter() if child.is_element_node]
    if len(children) < settings.RELATED_MIN_LIST_ITEMS:
        return False
    if len(children) > settings.RELATED_MAX_UNHEADED_ITEMS:
        return False
    items = sum(1 for child in children if _story_links(child) == 1)
    return items >= settings.RELATED_MIN_LIST_ITEMS and items >= settings.RELATED_MIN_ARTICLE_SHARE * len(children)


def _story_links(node: LexborNode) -> int:
    """How many distinct story-shaped links the node holds (a picture and its headline link count once)."""
    urls = {
        href
        for link in node.css("a[href]")
        if (href := absolute(link.attributes.get("href"), "http://x/")) and is_article_link(node_text(link), href)
    }
    return len(urls)


def _is_story_list(node: LexborNode, minimum: int) -> bool:
    titled = [a for a in node.css("a[href]") if node_text(a)]
    stories = _story_links(node)
    return stories >= minimum and stories >= settings.RELATED_MIN_ARTICLE_SHARE * len(
        {a.attributes.get("href") for a in titled}
    )


def _vetoed(node: LexborNode, root: LexborNode) -> bool:
    """A block that names itself, or sits in, navigation, a footer, a hot-rank list, ads, comments; or
    that a hot-list / app / comment heading introduces."""
    current: LexborNode | None = node
    while current is not None:
        if _article_footer(current):
            pass  # an article's own footer holds its related posts
        elif is_rejected_block(current):
            return True
        if current.mem_id == root.mem_id:
            break
        current = current.parent
    lead = _lead_text(node)
    return any(word in lead for word in settings.RELATED_REJECT_HEADINGS)


def _article_footer(node: LexborNode) -> bool:
    """An <article>'s own <footer> (where WordPress puts related posts), not the site's footer."""
    if node.tag != "footer":
        return False
    parent = node.parent
    while parent is not None:
        if parent.tag in ("article", "main"):
            return True
        parent = parent.parent
    return False


def _lead_text(node: LexborNode) -> str:
    """The short text introducing a block: its first child or its previous sibling, when not a link."""
    candidates = [next((c for c in node.iter() if c.is_element_node), None), node.prev]
    for candidate in candidates:
        while candidate is not None and not candidate.is_element_node and not node_text(candidate):
            candidate = candidate.prev
        if candidate is not None and not candidate.css_first("a[href]"):
            text = node_text(candidate)
            if 0 < len(text) <= _LEAD_MAX_CHARS:
                return text
    return ""


def _attrs(node: LexborNode) -> str:
    attributes = node.attributes
    return f"{attributes.get('id') or ''} {attributes.get('class') or ''}"
