"""The related-list detector run on every page, with or without a site rule.

Links a heading introduces inside the story (a closing ``推荐阅读：`` or 【延伸阅读】) are always taken: they
leave the body. The page's list is then looked for in three ways, tried in order of how sure they are,
the first that finds a list ending the search:

1. a related heading (相关阅读, 相关推荐 tabs, 延伸阅读 …) and the links after it, in the rule's article
   column (the whole page without a rule), then further out but after the story;
2. a block whose id/class names it related (``related``, ``xgyd``, ``tuijian``, ``recommend`` …) placed
   after the story, holding story-shaped links;
3. an unheaded list of at least three story-shaped links right after the story, outside it.

Navigation, footers, hot-rank sidebars, comment threads and app promotions are lists of links too: an
id/class or lead text that says so vetoes a block found by (2) or (3), and every item must be a story link
(``linkshape``). A site rule's selectors win when they match; this module runs when they do not.
"""

from __future__ import annotations

import logging

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings
from newscorpus.models import RelatedItem
from newscorpus.scrapers.dom import has_ancestor_in, remove_nodes
from newscorpus.scrapers.linkshape import page_base
from newscorpus.scrapers.related import headed_related, is_related_label, take_related_by_heading
from newscorpus.scrapers.relatedanchor import guess_story
from newscorpus.scrapers.relatedblocks import BlockFinder
from newscorpus.scrapers.relatedcards import word_pieces
from newscorpus.scrapers.relateditems import holds_item, items_from, take_related, unique_items
from newscorpus.scrapers.relatedjson import state_related
from newscorpus.scrapers.relatedlazy import textarea_items
from newscorpus.scrapers.relatedleads import named_apart, names_box
from newscorpus.scrapers.relatedmarks import MARKED, marked_attrs
from newscorpus.scrapers.relatedscan import HEADING
from newscorpus.scrapers.relatedsections import HEADING_MAX_CHARS
from newscorpus.scrapers.text import node_text

_LOG = logging.getLogger(__name__)
# What a malformed page can make lexbor-walking code raise. Caught at one boundary (find_related): the
# page keeps its story and loses only the list, and the loss is logged, never papered over.
_FRAGILE = (LookupError, ValueError, TypeError, AttributeError)
# A rule's container opening its box (the <ul> first in <div class=box>) takes its box's heading: one level.
_LABEL_LEVELS = 2
# The elements a box's own title is (<div class=ctread_bd><h2>热新闻</h2>…).
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def find_related(
    tree: LexborHTMLParser,
    url: str | None,
    story: LexborNode | None = None,
    column: LexborNode | None = None,
    containers: list[LexborNode] | None = None,
    wanted: bool = True,
) -> list[RelatedItem]:
    """The page's related items, their blocks removed from the tree (the story node stays).

    ``containers`` are the blocks a site rule's selectors found: they win, and an empty one means the
    list is filled by JS, not that it sits elsewhere unheaded (only a heading after the story still counts).
    ``story`` is the body a site rule found (None: guessed here, for the generic path); ``column`` bounds
    the heading search to the story's column for a rule (None: the whole page). Never raises on an odd
    page: whatever goes wrong loses the list, not the article. ``wanted`` False (``ExtractOptions.related``
    off): only the removals the body depends on are made, and [] returned; on the generic path the script
    state (it removes nothing) is not read, and a found block is only asked whether it holds an item.
    Behind a rule's containers the items decide a removal: that path runs in full.
    """
    try:
        if containers:
            return _from_containers(tree, url, containers, story, wanted)
        return _find(tree, url, story, column, wanted)
    except _FRAGILE as exc:
        _LOG.warning("related list dropped for %s: %s: %s", url or "page", type(exc).__name__, exc)
        return []


def _from_containers(
    tree: LexborHTMLParser, url: str | None, containers: list[LexborNode], story: LexborNode | None, wanted: bool
) -> list[RelatedItem]:
    """A rule's containers, then any list a heading introduces inside the story itself (a WeChat story's
    closing 推荐阅读： links): those leave the body even when the rule's own container is elsewhere. All
    empty: the list in the script state, if any. ``wanted`` False: the same removals, [] returned."""
    base = page_base(tree, url)
    # A rule's selector may match every box of one build (people's div.box_news: 相关新闻, then 热门排行);
    # a box whose own heading names another list is not this story's, whatever selector found it.
    containers = named_apart([container for container in containers if not labelled_otherwise(container)])
    # A lazy-loaded list's markup in a textarea of theirs (read before the boxes leave the tree).
    lazy = [item for box in containers for item in textarea_items(box, base, url)] if wanted else []
    # A box holding no link nor lazy markup is no list: the selector hit the list's heading (thepaper 2022's
    # index_relatedTitle over index_related), which stays in the tree to introduce its list below.
    containers = [box for box in containers if box.css_first("a, textarea") is not None]
    items = take_related(containers, base, keep=story, page_url=url) if wanted else []
    # Removed either way; whether they held an item decides only the last resorts below.
    held = bool(items) if wanted else holds_item(containers, base, url)
    if not wanted:
        remove_nodes(containers, keep=story)
    if story is not None:
        items += take_related_by_heading(tree, base, within=story, keep=story, page_url=url)
    # Empty containers are filled by script: from that textarea's markup, or the page's script state.
    if not (held or items):
        items = lazy or state_related(tree, base, url, variables=True)
    if not (held or items) and story is not None and tree.body is not None:
        # Nor there: the selector matched a box this template leaves empty (a placeholder, a redesign's
        # husk) while a heading after the story introduces the list in the HTML. A heading says what its
        # list is; no unheaded guess is made past a rule's selector.
        after = {root.mem_id for root in after_story(story, levels=None)}
        items = headed_related(tree, base, within=tree.body, keep=story, page_url=url, among=after)[1]
    return unique_items(items)[: settings.MAX_RELATED_ITEMS] if wanted else []


def labelled_otherwise(container: LexborNode) -> bool:
    """The box's heading (the element just before it, or before its parent when it opens its box, or its own
    first element: ``<div class=ctread_bd><h2>热新闻</h2><ul>…``) names a hot list, a feed or a promotion
    (热门排行, 为你推荐, 24小时热文) and no related list."""
    first = container.child
    while first is not None and not first.is_element_node:
        first = first.next
    if first is not None and first.tag in _HEADING_TAGS and _names_another_list(node_text(first)):
        return True
    node: LexborNode | None = container
    for _ in range(_LABEL_LEVELS):
        if node is None:
            return False
        label = node.prev
        while label is not None and not label.is_element_node:
            label = label.prev
        if label is not None:
            return _names_another_list(node_text(label))
        node = node.parent
    return False


def _names_another_list(text: str) -> bool:
    """A short heading naming a hot list, a feed or a promotion, and no related list."""
    return (
        0 < len(text) <= HEADING_MAX_CHARS
        and any(word in text for word in settings.RELATED_REJECT_HEADINGS)
        and not HEADING.search(text)
    )


def _find(
    tree: LexborHTMLParser, url: str | None, story: LexborNode | None, column: LexborNode | None, wanted: bool
) -> list[RelatedItem]:
    base = page_base(tree, url)
    page_url = url or base
    scope = column if column is not None else tree.body
    if scope is None:
        return []
    anchor = story if story is not None else guess_story(tree)
    # Links a heading introduces inside the story (推荐阅读：, 【延伸阅读】) leave the body, but do not stand
    # for the page's related list, which is still looked for after the story.
    labelled, items = headed_related(tree, base, within=scope, keep=story, page_url=page_url, story=anchor)
    if labelled or anchor is None:
        return items or (state_related(tree, base, page_url, variables=labelled) if wanted else [])
    named = _named_blocks(scope, anchor)
    if named and (found := items_from(named, base, page_url) if wanted else holds_item(named, base, page_url)):
        remove_nodes(named, keep=story)
        return _joined(items, found) if wanted else []
    # Nothing in the HTML: the list may be rendered from the script state (its box empty or absent).
    found = _after_story(tree, base, page_url, anchor, story, column, wanted)
    return _joined(items, found or (state_related(tree, base, page_url) if wanted else []))


def _named_blocks(scope: LexborNode, anchor: LexborNode) -> list[LexborNode]:
    """Outermost blocks whose accessible name (``aria-label``) or ``data-title`` is a related heading: a
    label nobody sees, as sure as a heading. Never one holding the story."""
    found: list[LexborNode] = []
    for node in scope.css("[aria-label], [data-title]"):
        attributes = node.attributes
        if not is_related_label(attributes.get("aria-label") or attributes.get("data-title")):
            continue
        if node.mem_id == anchor.mem_id or has_ancestor_in(anchor, {node.mem_id}):
            continue
        if not has_ancestor_in(node, {block.mem_id for block in found}):
            found.append(node)
    return found


def _after_story(
    tree: LexborHTMLParser,
    base: str | None,
    page_url: str | None,
    anchor: LexborNode,
    story: LexborNode | None,
    column: LexborNode | None,
    wanted: bool = True,
) -> list[RelatedItem]:
    """No heading in scope: (a rule's column being narrow) a heading further out but after the story,
    then a block named related, then an unheaded story list. ``wanted`` False: the blocks are removed when
    they hold an item, and [] returned."""
    if column is not None and tree.body is not None:
        after = {root.mem_id for root in after_story(anchor, levels=None)}
        labelled, items = headed_related(tree, base, within=tree.body, keep=story, page_url=page_url, among=after)
        if labelled:
            return items
    finder = BlockFinder(page_url)
    # Boxes named related take shorter titles than unheaded lists do: their own finder, reading the same memo
    # of links (what a link's title and URL shape say is asked once, whichever finder asks first).
    named_finder = BlockFinder(page_url, named=True, memo=finder.memo)
    roots = after_story(anchor, settings.RELATED_COLUMN_LEVELS)
    near = after_story(anchor, settings.RELATED_UNHEADED_LEVELS)
    blocks = named_finder.marked_blocks(anchor, roots)
    named = bool(blocks)
    if not blocks:
        topic = _topic(tree)  # read once for both searches, and only when no marked block was found
        blocks = finder.unheaded_list(near, topic) or (
            # A feed of alike cards is a list by its build, not its place: it may sit a column further out
            # (the roots nearer than that, which come first, were searched for feeds just now).
            finder.unheaded_list(roots[len(near) :], topic, feeds_only=True)
        )
    if not blocks and (far := _marked_far(after_story(anchor, levels=None)[len(roots) :])):
        # A box the page names related is its list wherever after the story it sits (a 2000s layout table
        # puts the story five levels deep, the box below the table): as sure as a heading further out.
        # Far from the story, only its class says so: a box whose own label names it otherwise (学校要闻 over
        # a class="xgxw" table: the school's latest news) is that, not this story's list.
        blocks = [block for block in named_finder.marked_blocks(anchor, far) if not _opens_with_other_label(block)]
        named = True
    if not wanted:
        if blocks and holds_item(blocks, base, page_url, articles_only=True, named=named):
            remove_nodes(blocks, keep=story)
        return []
    items = unique_items(items_from(blocks, base, page_url, articles_only=True, named=named)) if blocks else []
    if items:
        remove_nodes(blocks, keep=story)
    return items


def _marked_far(roots: list[LexborNode]) -> list[LexborNode]:
    """The roots that are, or whose children are, named related by id/class: a far box is one of the page's
    rows or columns, or opens one. Attributes are read first, and only such roots are searched (a query
    per far root cost a fifth of the detector on pages with no list); the search keeps each root's
    context for the vetoes (a box named related inside a side column)."""
    return [
        root
        for root in roots
        if any(MARKED.search(marked_attrs(node)) for node in (root, *root.iter()) if node.is_element_node)
    ]


def _opens_with_other_label(box: LexborNode) -> bool:
    """The box's first element, followed down its first children (a table's first row and cell), is a short
    label with no link that names a box and no related list (学校要闻, 最新动态)."""
    node: LexborNode | None = box
    for _ in range(settings.RELATED_LABEL_DEPTH):
        node = next((child for child in node.iter() if child.is_element_node), None) if node is not None else None
        if node is None:
            return False
        if node.css_first("a[href]") is None:
            label = node_text(node)
            # Any related word counts, a noun the grammar lacks too (相关菜谱), and a personal feed's.
            kin = any(word in label for word in (*settings.RELATED_HEADING_PREFIXES, *settings.RELATED_WEAK_HEADINGS))
            short = 0 < len(label) <= HEADING_MAX_CHARS
            return short and names_box(label) and not HEADING.search(label) and not kin
    return False


def _topic(tree: LexborHTMLParser) -> frozenset[str]:
    """Word pieces of the headline (<h1>) and the page title: what a related list is about."""
    return word_pieces(" ".join(node_text(tree.css_first(query)) for query in ("h1", "title")))


def _joined(first: list[RelatedItem], then: list[RelatedItem]) -> list[RelatedItem]:
    return unique_items(first + then)[: settings.MAX_RELATED_ITEMS]


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
