"""The related-content list (相关内容 / 相关阅读 / ...): other stories' titles, links and snippets.

It must come out of the page *before* the body is chosen, so that its titles and snippets can never be
mistaken for story paragraphs.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings
from newscorpus.models import RelatedItem
from newscorpus.scrapers.dom import has_ancestor_in, remove_nodes
from newscorpus.scrapers.linkshape import is_article_link
from newscorpus.scrapers.relateditems import items_from, unique_items
from newscorpus.scrapers.text import absolute, cjk_count, clean, node_text

_HEADING_MAX_CHARS = 16
_MIN_SNIPPET_CHARS = 8
_LIST_TAGS = frozenset({"ul", "ol", "dl", "table"})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4"})
# Besides the heading itself, a heading's text may hold this many Chinese characters ("相关新闻推荐").
_HEADING_SLACK_CJK = 2
_SIDEBAR_TAGS = frozenset({"aside", "nav", "footer"})
# How far above a text node holding part of a heading the element holding all of it is looked for.
_SPLIT_HEADING_LEVELS = 2
# An inline heading's block ("推荐阅读：" and one or two story links) is at most this long.
_INLINE_MAX_CHARS = 200
_HEADING = re.compile("|".join(settings.RELATED_HEADINGS))
_MARKED = re.compile(settings.RELATED_BLOCK_ATTRS, re.IGNORECASE)
_REJECTED = re.compile(settings.RELATED_REJECT_ATTRS, re.IGNORECASE)
_REJECTED_TAGS = frozenset({"nav", "footer", "header", "aside", "form", "select"})
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
    among: set[int] | None = None,
) -> tuple[bool, list[RelatedItem]]:
    """As ``take_related_by_heading``, also telling whether the page labels a related list at all: a
    heading over an empty list (filled by JS) means there is nothing else to guess at. ``among``: only
    headings inside these elements (by mem_id) count."""
    items: list[RelatedItem] = []
    body = within if within is not None else tree.body
    if body is None:
        return False, items
    doomed: list[LexborNode] = []
    headings = _all_headings(body)
    if among is not None:
        headings = [(h, inline) for h, inline in headings if h.mem_id in among or has_ancestor_in(h, among)]
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
    positions = sorted(set(_heading_positions(text)) | set(_split_heading_positions(text)))
    for node in _text_nodes(body, positions):
        element = node.parent
        # A heading split over elements (<font>相关</font>新闻) is the smallest short element holding it all.
        for _ in range(_SPLIT_HEADING_LEVELS):
            if element is None or element.mem_id in found or _HEADING.search(element.text(deep=True)):
                break
            element = element.parent
        if element is None or element.mem_id in found:
            continue
        inline = heading_kind(element)
        if inline is not None:
            found[element.mem_id] = (element, inline)
    return list(found.values())


def heading_kind(element: LexborNode) -> bool | None:
    """None when ``element`` is no related heading; else whether it is an inline one (holds its links)."""
    if element.tag in ("script", "style", "title", "body", "html"):
        return None
    deep = clean(element.text(deep=True))
    if len(deep) > _INLINE_MAX_CHARS or not _HEADING.search(deep):
        return None
    if element.tag == "a" and _has_real_link(element):
        return None  # a link to a 相关阅读 channel, not a heading
    own = clean(element.text(deep=False))
    if any(word in (own or deep) for word in settings.RELATED_REJECT_HEADINGS) or _in_sidebar(element):
        return None  # 相关热门文章, 打开APP查看更多精彩, a sidebar box: not this story's list
    # A tab label may be a link that goes nowhere (href="javascript:;"): still a heading.
    if not _has_real_link(element):
        return False if _is_heading_text(deep) else None
    if _INLINE_HEADING.fullmatch(own) and _story_link_in(element):
        return True
    # Links beside the heading that are no stories ("返回专题 >>", tag links): a heading over its list.
    return False if _HEADING.fullmatch(own.strip("：: ")) else None


def _story_link_in(element: LexborNode) -> bool:
    return any(
        is_article_link(node_text(a), absolute(a.attributes.get("href"), "http://x/") or "")
        for a in element.css("a[href]")
    )


def _split_heading_positions(text: str) -> list[int]:
    """Text nodes where a heading split over several nodes starts ("相关" + "新闻"); usually none."""
    # A split heading has a marker against a node break ("相关|新闻", "延伸|阅读"): else no regex pass.
    markers = settings.RELATED_HEADING_MARKERS
    if not any(marker + _TEXT_NODE_BREAK in text or _TEXT_NODE_BREAK + marker in text for marker in markers):
        return []
    joined = text.replace(_TEXT_NODE_BREAK, "")
    if len(_HEADING.findall(joined)) == len(_HEADING.findall(text)):
        return []
    breaks = [at for at, char in enumerate(text) if char == _TEXT_NODE_BREAK]
    starts = [at - index for index, at in enumerate(breaks)]  # where each node begins in ``joined``
    return sorted({bisect_right(starts, match.start()) for match in _HEADING.finditer(joined)})


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
        parent = node.parent
        if any(s.css_first("a[href]") for s in siblings):
            if tab is not None:
                return _tab_pane(siblings, tab)
            section = [
                s
                for s in siblings
                if (s.css_first("a[href]") or len(node_text(s)) >= _MIN_SNIPPET_CHARS) and not is_rejected_block(s)
            ]
            return _past_heading_bar(section, parent) or section
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


def is_rejected_block(node: LexborNode) -> bool:
    """A navigation box, footer, hot-rank list, ad or comment thread, by its tag, role, id or class."""
    attributes = node.attributes
    named = f"{attributes.get('id') or ''} {attributes.get('class') or ''} {attributes.get('role') or ''}"
    return node.tag in _REJECTED_TAGS or bool(_REJECTED.search(named))


def _past_heading_bar(section: list[LexborNode], bar: LexborNode | None) -> list[LexborNode]:
    """When the links beside a heading are no stories (tag words, "编辑", "返回专题 >>") and heading and
    links make a short bar, the list is what follows the bar; empty when no longer list follows it."""
    if bar is None or any(_story_link_in(node) for node in section) or len(node_text(bar)) > _INLINE_MAX_CHARS:
        return []
    further = _section_after(bar)
    beside = sum(len(node.css("a[href]")) for node in section)
    return further if sum(len(node.css("a[href]")) for node in further) > beside else []


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
    """The next section's heading: an <h1>-<h4> without links, or a short wrapper opening with one
    (Wikipedia's <div class=mw-heading><h2>参考文献</h2><span>[编辑]</span></div>)."""
    if node.tag in _HEADING_TAGS:
        return not node.css_first("a[href]") or len(node_text(node)) <= _HEADING_MAX_CHARS
    first = next((child for child in node.iter() if child.is_element_node), None)
    return first is not None and first.tag in _HEADING_TAGS and len(node_text(node)) <= _HEADING_MAX_CHARS
