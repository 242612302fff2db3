"""Where a related heading's list ends among the blocks after it: at the next box the page names as
something else (图片新闻, 编辑推荐, 最新资讯), whether that name is a heading tag, a box's own opening label
or a lone label between two lists; and where it is nowhere in the HTML (its own box left for a script).

Split from ``relatedsections`` (which collects the blocks) to keep each module to one job.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newscorpus.scrapers.linkshape import LINK_QUERY, holds_link, link_href
from newscorpus.scrapers.relatedleads import names_box
from newscorpus.scrapers.relatedscan import HEADING
from newscorpus.scrapers.text import node_text

_LIST_TAGS = frozenset({"ul", "ol", "dl", "table"})
# A data- value holding a list (data-list='[…]') or naming where a script fetches it (data-src="/api/…").
_FILLED_BY = ("[", "{", "/", "http")


def opens_new_section(node: LexborNode, siblings: list[LexborNode]) -> bool:
    """``node`` (one of ``siblings``, the blocks after a heading's list began) starts another named box:
    a box opening with a label of its own before its links, or a label standing alone before more links.
    A block built like others of the list (an item card opening with its headline, each item's source
    line: 人民日报, 新华网) is part of the items, and so is a link card (<a> around its title)."""
    if node.tag == "a" or _repeated(node, siblings):
        return False
    if holds_link(node):
        first = next((child for child in node.iter() if child.is_element_node), None)
        return first is not None and not holds_link(first) and _other_name(node_text(first))
    if not _other_name(node_text(node)):
        return False
    after = siblings[siblings.index(node) + 1 :] if node in siblings else []
    return any(holds_link(sibling) for sibling in after)


def _other_name(label: str) -> bool:
    """A box's name that is not the list's own (更多相关阅读 over the rest of the list continues it)."""
    return names_box(label) and not HEADING.search(label)


def _repeated(node: LexborNode, siblings: list[LexborNode]) -> bool:
    shape = _shape(node)
    return sum(1 for sibling in siblings if _shape(sibling) == shape) > 1


def _shape(node: LexborNode) -> tuple[str, ...]:
    return (node.tag or "", *(node.attributes.get("class") or "").split()[:1])


def placeholder_box(node: LexborNode) -> bool:
    """The heading's own box, left for a script to fill: a list element of at most one entry and no link (a
    loading line, 加载中…), or an empty box whose data- attribute holds the list or where to fetch it. Not a
    tab bar's labels (two or more entries) nor a spacer (no such attribute)."""
    if node.tag in _LIST_TAGS:
        return node.css_first("a[href]") is None and len(node.css("li, dd, tr")) <= 1
    filled_by_script = any(
        name.startswith("data-") and (value or "").lstrip().startswith(_FILLED_BY)
        for name, value in node.attributes.items()
    )
    return filled_by_script and node.css_first("a[href]") is None and not node_text(node)


def leads_somewhere(node: LexborNode) -> bool:
    """``holds_link``, not counting links that go nowhere (javascript:, #): a tab bar's labels."""
    return holds_link(node) and any(goes_somewhere(link_href(link)) for link in node.css(LINK_QUERY))


def goes_somewhere(href: str | None) -> bool:
    return bool(href) and not (href or "").lstrip().lower().startswith(("javascript:", "#"))
