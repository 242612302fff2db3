"""Paragraph lines of a subtree read by lexbor in one C call, without the walk (``blocks.walk``).

Boundary markers go in around block elements and lexbor extracts the text at once: the same lines as
``walk(root).lines`` for callers that need only the text (a rule's body, the lines before it).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newscorpus.scrapers.blocks import LINE_BREAK_TAGS, SKIP_TAGS, is_unreadable
from newscorpus.scrapers.dom import remove_nodes
from newscorpus.scrapers.text import clean

# Marks block boundaries in the text lexbor extracts. Python counts it as whitespace, so a marker left
# in the tree reads as a space to every other text helper, and it never occurs in real page text.
_BOUNDARY = "\x1e"
# Where ``lines_before`` stops reading; whitespace to Python like the boundary.
_END = "\x1f"


def block_lines(root: LexborNode) -> list[str]:
    """Paragraph texts under ``root`` in reading order; block tags and <br> end a paragraph.

    Same lines as ``walk(root).lines``, about five times faster: boundary markers are inserted around
    block elements and lexbor extracts the text in one call. The subtree is changed in place (markers
    added, script/style removed); callers read it as text afterwards, which the markers do not disturb.
    """
    _mark(root)
    return _split_lines(root.text(deep=True))


def lines_before(root: LexborNode, node: LexborNode) -> list[str]:
    """The ``block_lines`` of ``root`` that come before ``node``, a descendant, without reading ``node``.

    For the headline-to-body region of a page whose body was already read: only the elements before the
    body are prepared, which on some portals is a tenth of the region.
    """
    current = node
    while current.mem_id != root.mem_id and (parent := current.parent) is not None:
        if current.tag in LINE_BREAK_TAGS:
            current.insert_before(_BOUNDARY)
        for sibling in _preceding_elements(current):
            if is_unreadable(sibling, sibling.tag or ""):
                sibling.decompose()  # its own css() would list it too, and _mark would read it freed
            else:
                _mark(sibling)
        current = parent
    node.insert_before(_END)
    return _split_lines(root.text(deep=True).partition(_END)[0])


def _mark(root: LexborNode) -> None:
    """Boundary markers around the block elements under ``root``; unreadable elements removed.

    One ``css("*")`` pass sorted by tag in Python: lexbor runs a selector list as one pass per selector,
    and the two tag lists here (about 55 tags) cost twice as much as this.
    """
    unreadable: list[LexborNode] = []
    for node in root.css("*"):
        tag = node.tag
        if tag in LINE_BREAK_TAGS:
            node.insert_before(_BOUNDARY)
            node.insert_after(_BOUNDARY)
        elif tag in SKIP_TAGS and node.mem_id != root.mem_id and is_unreadable(node, tag):
            unreadable.append(node)
    remove_nodes(unreadable)


def _preceding_elements(node: LexborNode) -> list[LexborNode]:
    siblings = []
    sibling = node.prev
    while sibling is not None:
        if sibling.is_element_node:
            siblings.append(sibling)
        sibling = sibling.prev
    return siblings


def _split_lines(text: str) -> list[str]:
    return [line for part in text.split(_BOUNDARY) if part and not part.isspace() and (line := clean(part))]
