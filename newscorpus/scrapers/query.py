"""Selector queries that scan less of the page than ``tree.css``, with the same answers.

Every query is a pass over the whole tree (about 40 ns an element plus 11 per selector in the list, on
a 3,000-element portal page); a few passes per field add up to more than parsing the page.
"""

from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode


def select(tree: LexborHTMLParser, selector: str) -> Iterator[LexborNode]:
    """``tree.css(selector)`` in page order, lazily: most callers want only the first match.

    The first match costs the pass up to it (``css_first`` stops there), the others a full pass only if
    the caller asks for them. A ``meta`` selector reads <head> first, a few dozen elements; a page that
    puts <meta> in <body> still gets it, after the head's matches, as in page order.
    """
    for scope in _scopes(tree, selector):
        first = scope.css_first(selector)
        if first is None:
            continue
        yield first
        after_first = False
        for node in scope.css(selector):
            if after_first:
                yield node
            after_first = after_first or node.mem_id == first.mem_id


def _scopes(tree: LexborHTMLParser, selector: str) -> list[LexborHTMLParser | LexborNode]:
    if selector.startswith("meta") and "," not in selector and tree.head is not None:
        return [scope for scope in (tree.head, tree.body) if scope is not None]
    return [tree]
