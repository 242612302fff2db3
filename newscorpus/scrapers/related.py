"""The related-content list (相关内容 / 相关阅读 / ...): other stories' titles, links and snippets.

It must come out of the page *before* the body is chosen, so that its titles and snippets can never be
mistaken for story paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings
from newscorpus.models import RelatedItem
from newscorpus.scrapers.dom import has_ancestor_in, remove_nodes
from newscorpus.scrapers.text import absolute, clean, node_text

_HEADING_MAX_CHARS = 16
_MIN_TITLE_CHARS = 4
_MIN_SNIPPET_CHARS = 8
_HEADING = re.compile("|".join(settings.RELATED_HEADINGS))
# Put between text nodes in lexbor's text(): counting them maps a text position to its node. Whitespace
# to Python and never in page text; not a marker any other helper inserts into the tree.
_TEXT_NODE_BREAK = "\x1d"


def take_related_by_heading(
    tree: LexborHTMLParser, base_url: str | None, within: LexborNode | None = None, keep: LexborNode | None = None
) -> list[RelatedItem]:
    """Find sections introduced by a related-content heading, extract their items, remove them.

    ``within`` limits the search to one part of the page (a site rule's article column); default all.
    ``keep`` is a node the caller still holds (a rule's body): nothing holding it is removed.
    """
    items: list[RelatedItem] = []
    body = within if within is not None else tree.body
    if body is None:
        return items
    doomed: list[LexborNode] = []
    for heading in _headings(body):
        if _inside_any(heading, doomed):
            continue  # a second heading inside a section we already took
        section = _section_after(heading)
        if section:
            items.extend(items_from(section, base_url))
            doomed.extend([heading, *section])
    remove_nodes(doomed, keep)
    return _unique(items)[: settings.MAX_RELATED_ITEMS]


def take_related(
    containers: list[LexborNode], base_url: str | None, keep: LexborNode | None = None
) -> list[RelatedItem]:
    """Items from containers a site rule pointed at; the containers are removed from the tree."""
    items = items_from(containers, base_url)
    remove_nodes(containers, keep)
    return _unique(items)[: settings.MAX_RELATED_ITEMS]


def _inside_any(node: LexborNode, others: list[LexborNode]) -> bool:
    ids = {other.mem_id for other in others}
    return node.mem_id in ids or has_ancestor_in(node, ids)


def items_from(nodes: list[LexborNode], base_url: str | None) -> list[RelatedItem]:
    items: list[RelatedItem] = []
    for root in nodes:
        links = root.css("a[href]")
        counts = _links_under(links, root)
        for link in links:
            title = node_text(link)
            url = absolute(link.attributes.get("href"), base_url)
            if url is None or len(title) < _MIN_TITLE_CHARS or _HEADING.fullmatch(title):
                continue
            items.append(RelatedItem(title=title, url=url, snippet=_snippet(link, root, title, counts)))
    return items


def _links_under(links: list[LexborNode], root: LexborNode) -> dict[int, int]:
    """How many of ``links`` each element inside ``root`` holds (itself included), by mem_id.

    Counted by climbing from each link once; asking each element with a CSS query cost a selector
    compilation per element, several per related item.
    """
    counts: dict[int, int] = {}
    for link in links:
        node: LexborNode | None = link
        while node is not None and node.mem_id != root.mem_id:
            counts[node.mem_id] = counts.get(node.mem_id, 0) + 1
            node = node.parent
    return counts


def _headings(body: LexborNode) -> list[LexborNode]:
    """Innermost elements whose whole text is a short related-content heading (not itself a link).

    One text extraction in C, with a separator between text nodes, tells whether any heading is there
    and in which text nodes; only the nodes up to the last of those are visited, and only their parents
    are checked. (``:lexbor-contains`` did the same search at ~0.4 us an element, every element.)
    """
    text = body.text(deep=True, separator=_TEXT_NODE_BREAK)
    found: dict[int, LexborNode] = {}
    for node in _text_nodes(body, _heading_positions(text)):
        element = node.parent
        if element is None or element.mem_id in found:
            continue
        if element.tag in ("a", "script", "style", "title") or not _HEADING.search(element.text(deep=False)):
            continue
        if len(clean(element.text(deep=True))) <= _HEADING_MAX_CHARS and not element.css_first("a[href]"):
            found[element.mem_id] = element
    return list(found.values())


def _heading_positions(text: str) -> list[int]:
    """Which text nodes (by position, as separated in ``text``) hold a related heading, in page order."""
    positions: set[int] = set()
    reach = max(map(len, settings.RELATED_HEADINGS))
    for marker in settings.RELATED_HEADING_MARKERS:
        at = text.find(marker)
        while at != -1:
            window = text[max(0, at + len(marker) - reach) : at + reach]
            if any(heading in window for heading in settings.RELATED_HEADINGS):
                positions.add(text.count(_TEXT_NODE_BREAK, 0, at))
            at = text.find(marker, at + 1)
    return sorted(positions)


def _text_nodes(root: LexborNode, positions: list[int]) -> Iterator[LexborNode]:
    """The text nodes at ``positions`` (counted as lexbor's ``text()`` lists them), stopping at the last."""
    if not positions:
        return
    wanted = iter(positions)
    target = next(wanted)
    count = 0
    for node in root.traverse(include_text=True):
        if not node.is_text_node:
            continue
        if count == target:
            yield node
            target = next(wanted, -1)
            if target == -1:
                return
        count += 1


def _section_after(heading: LexborNode) -> list[LexborNode]:
    """The siblings after the heading that hold links; climb while the heading is wrapped alone."""
    node: LexborNode | None = heading
    while node is not None and node.tag not in ("body", "html"):
        siblings = _following_siblings(node)
        if any(s.css_first("a[href]") for s in siblings):
            return [s for s in siblings if s.css_first("a[href]") or len(node_text(s)) >= _MIN_SNIPPET_CHARS]
        if node.parent is not None and len(node_text(node.parent)) > len(node_text(node)) + 2:
            # The parent holds more than the heading yet no later sibling has links: not a list.
            return []
        node = node.parent
    return []


def _following_siblings(node: LexborNode) -> list[LexborNode]:
    siblings: list[LexborNode] = []
    sibling = node.next
    while sibling is not None:
        if sibling.is_element_node:
            if _is_heading_like(sibling):
                break
            siblings.append(sibling)
        sibling = sibling.next
    return siblings


def _is_heading_like(node: LexborNode) -> bool:
    return node.tag in ("h1", "h2", "h3", "h4") and not node.css_first("a[href]")


def _snippet(link: LexborNode, root: LexborNode, title: str, links_under: dict[int, int]) -> str | None:
    """Text of the item block around the link, minus the title: the snippet when the list shows one."""
    item = link
    while (parent := item.parent) is not None and parent.mem_id != root.mem_id and links_under[parent.mem_id] <= 1:
        item = parent
    # A snippet may sit in the next sibling block (title block, then summary block).
    text = node_text(item).replace(title, "", 1).strip()
    if len(text) < _MIN_SNIPPET_CHARS:
        nxt = item.next
        while nxt is not None and not nxt.is_element_node:
            nxt = nxt.next
        if nxt is not None and not links_under.get(nxt.mem_id) and nxt.tag != "a":
            text = node_text(nxt)
    return text if len(text) >= _MIN_SNIPPET_CHARS else None


def _unique(items: list[RelatedItem]) -> list[RelatedItem]:
    best: dict[str | None, RelatedItem] = {}
    for item in items:
        kept = best.get(item.url)
        if kept is None or len(item.title) > len(kept.title):
            best[item.url] = item
    return list(best.values())
