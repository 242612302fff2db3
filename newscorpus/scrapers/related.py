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
from newscorpus.scrapers.relateditems import items_from, unique_items
from newscorpus.scrapers.text import absolute, cjk_count, clean, node_text

_HEADING_MAX_CHARS = 16
_MIN_SNIPPET_CHARS = 8
_LIST_TAGS = frozenset({"ul", "ol", "dl", "table"})
# Besides the heading itself, a heading's text may hold this many Chinese characters ("相关新闻推荐").
_HEADING_SLACK_CJK = 2
_SIDEBAR_TAGS = frozenset({"aside", "nav", "footer"})
_HEADING = re.compile("|".join(settings.RELATED_HEADINGS))
_MARKED = re.compile(settings.RELATED_BLOCK_ATTRS, re.IGNORECASE)
# An element's own text (links aside) that is only a related heading, e.g. "推荐阅读：" or "【相关阅读】".
_INLINE_HEADING = re.compile(r"[【\[（(]?\s*(" + "|".join(settings.RELATED_HEADINGS) + r")\s*[】\])）]?\s*[：:>》|]*")
# Put between text nodes in lexbor's text(): counting them maps a text position to its node. Whitespace
# to Python and never in page text; not a marker any other helper inserts into the tree.
_TEXT_NODE_BREAK = "\x1d"


def take_related_by_heading(
    tree: LexborHTMLParser,
    base_url: str | None,
    within: LexborNode | None = None,
    keep: LexborNode | None = None,
    page_url: str | None = None,
) -> list[RelatedItem]:
    """Find sections introduced by a related-content heading, extract their items, remove them.

    ``within`` limits the search to one part of the page (a site rule's article column); default all.
    ``keep`` is a node the caller still holds (a rule's body): nothing holding it is removed.
    """
    return headed_related(tree, base_url, within, keep, page_url)[1]


def headed_related(
    tree: LexborHTMLParser,
    base_url: str | None,
    within: LexborNode | None = None,
    keep: LexborNode | None = None,
    page_url: str | None = None,
) -> tuple[bool, list[RelatedItem]]:
    """As ``take_related_by_heading``, also telling whether the page labels a related list at all: a
    heading over an empty list (filled by JS) means there is nothing else to guess at."""
    items: list[RelatedItem] = []
    body = within if within is not None else tree.body
    if body is None:
        return False, items
    doomed: list[LexborNode] = []
    headings = _all_headings(body)
    for heading, inline in headings:
        if _inside_any(heading, doomed):
            continue  # a second heading inside a section we already took
        section = _inline_section(heading) if inline else _section_after(heading)
        if section:
            items.extend(items_from(section, base_url, page_url))
            doomed.extend([heading, *section])
    remove_nodes(doomed, keep)
    return bool(headings), unique_items(items)[: settings.MAX_RELATED_ITEMS]


def _inside_any(node: LexborNode, others: list[LexborNode]) -> bool:
    ids = {other.mem_id for other in others}
    return node.mem_id in ids or has_ancestor_in(node, ids)


def _headings(body: LexborNode) -> list[LexborNode]:
    """Innermost elements whose whole text is a short related-content heading (not itself a link)."""
    return [element for element, inline in _all_headings(body) if not inline]


def _all_headings(body: LexborNode) -> list[tuple[LexborNode, bool]]:
    """Related headings in page order, each with whether it is *inline*: a block whose own text is only
    the heading and a colon, followed by its links (a WeChat story's closing ``推荐阅读：<a>…</a>``).

    One text extraction in C, with a separator between text nodes, tells whether any heading is there
    and in which text nodes; only the nodes up to the last of those are visited, and only their parents
    are checked. (``:lexbor-contains`` did the same search at ~0.4 us an element, every element.)
    """
    text = body.text(deep=True, separator=_TEXT_NODE_BREAK)
    found: dict[int, tuple[LexborNode, bool]] = {}
    for node in _text_nodes(body, _heading_positions(text)):
        element = node.parent
        if element is None or element.mem_id in found:
            continue
        inline = heading_kind(element)
        if inline is not None:
            found[element.mem_id] = (element, inline)
    return list(found.values())


def heading_kind(element: LexborNode) -> bool | None:
    """None when ``element`` is no related heading; else whether it is an inline one (holds its links)."""
    own = element.text(deep=False)
    if element.tag in ("script", "style", "title") or not _HEADING.search(own):
        return None
    if element.tag == "a" and _has_real_link(element):
        return None  # a link to a 相关阅读 channel, not a heading
    if any(word in own for word in settings.RELATED_REJECT_HEADINGS) or _in_sidebar(element):
        return None  # 相关热门文章, 打开APP查看更多精彩, a sidebar box: not this story's list
    # A tab label may be a link that goes nowhere (href="javascript:;"): still a heading.
    if not _has_real_link(element):
        return False if _is_heading_text(clean(element.text(deep=True))) else None
    return True if _INLINE_HEADING.fullmatch(clean(own)) else None


def _is_heading_text(text: str) -> bool:
    """Short, and nothing much besides the heading: "推荐阅读相关主题" introduces a tag list, not stories."""
    if len(text) > _HEADING_MAX_CHARS:
        return False
    return cjk_count(_HEADING.sub("", text, count=1)) <= _HEADING_SLACK_CJK


def _in_sidebar(node: LexborNode) -> bool:
    """Inside <nav> or <footer>, or an <aside> the page does not mark as related: a site-wide box."""
    parent = node.parent
    while parent is not None:
        if parent.tag in _SIDEBAR_TAGS:
            attributes = parent.attributes
            return parent.tag != "aside" or not _MARKED.search(f"{attributes.get('id')} {attributes.get('class')}")
        parent = parent.parent
    return False


def _inline_section(heading: LexborNode) -> list[LexborNode]:
    """The inline heading's block and the link-only blocks right after it (one item a line)."""
    section = [heading]
    sibling = heading.next
    while sibling is not None:
        if sibling.is_element_node:
            text = node_text(sibling)
            links = "".join(node_text(a) for a in sibling.css("a[href]"))
            if not links or len(links) < len(text) - _HEADING_MAX_CHARS:
                break  # story prose again, or a block that is not a list of links
            section.append(sibling)
        sibling = sibling.next
    return section


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
    """The siblings after the heading that hold links; climb while the heading is wrapped alone.

    A heading that is one label of a tab bar (相关推荐 | 热点 | 视频) climbs past the bar; the panes after
    it are then matched to the labels, so only the related tab's pane is taken.
    """
    node: LexborNode | None = heading
    tab: tuple[int, int] | None = None  # the heading's label index and the number of labels
    while node is not None and node.tag not in ("body", "html"):
        siblings = _following_siblings(node)
        if any(s.css_first("a[href]") for s in siblings):
            if tab is not None:
                return _tab_pane(siblings, tab)
            return [s for s in siblings if s.css_first("a[href]") or len(node_text(s)) >= _MIN_SNIPPET_CHARS]
        parent = node.parent
        if parent is not None and len(node_text(parent)) > len(node_text(node)) + 2:
            # The parent holds more than the heading yet no later sibling has links: a tab bar, or not a list.
            labels = _tab_labels(parent)
            if tab is not None or labels is None:
                return []
            tab = (next(i for i, label in enumerate(labels) if label.mem_id == node.mem_id), len(labels))
        elif any(sibling.tag in _LIST_TAGS for sibling in siblings):
            return []  # the heading's own list is empty (filled by JS): what follows further out is not it
        node = parent
    return []


def _tab_labels(bar: LexborNode) -> list[LexborNode] | None:
    """The children of a tab bar: two or more short labels without real links; None when it is not one."""
    labels = [child for child in bar.iter() if child.is_element_node]
    if len(labels) < 2 or any(_has_real_link(c) or len(node_text(c)) > _HEADING_MAX_CHARS for c in labels):
        return None
    return labels


def _has_real_link(node: LexborNode) -> bool:
    return any(absolute(a.attributes.get("href"), None) for a in node.css("a[href]"))


def _tab_pane(siblings: list[LexborNode], tab: tuple[int, int]) -> list[LexborNode]:
    """The pane of the heading's tab: one pane per label, as siblings or inside one wrapper. An empty
    pane (filled by JS) gives nothing rather than another tab's list; no pane per label, the first one."""
    index, count = tab
    panes = siblings
    if len(panes) == 1:
        panes = [child for child in panes[0].iter() if child.is_element_node]
    if len(panes) == count:
        return [panes[index]]
    return [next(s for s in siblings if s.css_first("a[href]"))]


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
