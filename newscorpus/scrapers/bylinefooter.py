"""The writer a post's footer names by markup, right after the story (README "Bylines": long-tail pages, credits
below the story count two lines past it).

Blog themes (WordPress's ``entry-footer``, hAtom's ``vcard``) print the meta bar under the post, not under the
headline: the time, the writer and the category, unlabelled (``2016年3月2日 园子 生活``). The writer is the one the
markup names: an ``author vcard``/``byline`` element's link, ``rel="author"``, ``itemprop="author"``. Only the
elements right after the story are read: the comments below them name their writers with ``comment-author``,
never ``author``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newscorpus import settings
from newscorpus.scrapers.bylinegrammar import fold
from newscorpus.scrapers.bylinemarkup import plausible_name

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

_MARKED = ".author a, .byline a, .author .fn, a[rel~='author'], [itemprop~='author']"
# The post's own meta bar: a <footer>, or an element classed as meta, footer, byline or info.
_META_CLASS = re.compile(r"meta|footer|byline|info|author", re.IGNORECASE)
_LIST_CLASS = re.compile(r"relat|recommend|list|item|comment|share", re.IGNORECASE)


def footer_author(story: LexborNode) -> str | None:
    """The writer marked in the element(s) right after the story's container (``<footer class=entry-footer>``)."""
    node = story
    for _ in range(settings.BYLINE_FOOTER_ELEMENTS):
        node = node.next
        while node is not None and node.tag in ("-text", "-comment"):
            node = node.next  # the whitespace and comments between elements
        if node is None:
            return None
        if not _is_meta(node):
            continue  # a share bar, an ad; a related list's items name their own writers
        for marked in node.css(_MARKED):
            name = fold(marked.text(deep=True))
            if name and plausible_name(name, set()):
                return name
    return None


def _is_meta(node: LexborNode) -> bool:
    classes = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
    if _LIST_CLASS.search(classes):
        return False
    return node.tag == "footer" or _META_CLASS.search(classes) is not None
