"""Unlabelled bylines the page marks up: ``<span class="author">张三</span>``, ``<em class="source">新华网</em>``.

Long-tail pages often print the author or outlet without a 作者/来源 label, in an element whose class, id,
itemprop or rel names the field. Such an element is trusted only when its text stands in the byline
region the generic extractor reads (the lines around the headline): the same classes also mark comment
authors, related-list outlets and author boxes in sidebars. Labels inside the text still win, since the
value goes through the byline grammar.
"""

from __future__ import annotations

from collections.abc import Callable

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings
from newscorpus.scrapers.byline import Byline, clean_author, clean_source
from newscorpus.scrapers.text import node_text

_AUTHOR = "[class*=author], [id*=author], [itemprop=author], [rel=author], [class*=writer]"
_SOURCE = "[class*=source], [id*=source]"
# Containers of other stories and of comments: their authors and outlets are not this story's.
_FOREIGN = frozenset({"li", "ul", "ol", "footer", "aside", "nav"})


def hinted_byline(tree: LexborHTMLParser, region: list[str]) -> Byline:
    """Author and source from marked-up elements whose text appears in ``region``; None where none does."""
    if tree.body is None or not region:
        return Byline()
    author = _first(tree.body, _AUTHOR, region, clean_author)
    source = _first(tree.body, _SOURCE, region, clean_source)
    return Byline(author, source, None)


def _first(root: LexborNode, query: str, region: list[str], clean: Callable[[str], str | None]) -> str | None:
    for node in root.css(query):
        text = node_text(node)
        if not text or len(text) > settings.BYLINE_HINT_MAX_CHARS or _in_foreign(node):
            continue
        if any(text in line for line in region) and (value := clean(text)):
            return value
    return None


def _in_foreign(node: LexborNode) -> bool:
    parent = node.parent
    for _ in range(settings.BYLINE_HINT_ANCESTORS):
        if parent is None:
            return False
        if parent.tag in _FOREIGN:
            return True
        parent = parent.parent
    return False
