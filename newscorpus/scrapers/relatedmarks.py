"""Elements a page names related by their id or class (``related``, ``xgyd``, ``tuijian``, ``recommend``…).

The words are ``settings.RELATED_BLOCK_ATTRS``. The plain definition is one case-blind substring selector
per word and attribute (``MARKED_QUERY``); lexbor tests every selector on every element, so the query cost
its length on every root after the story. ``marked_under`` gives the same answer from a few shared word
pieces and an exact check of the words in Python.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newscorpus import settings
from newscorpus.scrapers.text import ascii_lower

MARKED = re.compile(settings.RELATED_BLOCK_ATTRS, re.IGNORECASE)
# The same words as a CSS query (the definition marked_query gives the answer of, for less).
MARKED_QUERY = ", ".join(
    f'[{attribute}*="{word}" i]' for word in settings.RELATED_BLOCK_ATTRS.split("|") for attribute in ("class", "id")
)
_MARKED_WORDS = settings.RELATED_BLOCK_ATTRS.split("|")


def shared_pieces(words: list[str]) -> list[str]:
    """Fewer, shorter pieces every word holds one of: a word's longest prefix (2+ characters) another word
    shares ("xg" for xgyd, xgxw …; "rel" for relat, relevan), else the word; pieces holding another piece
    give way to it."""
    pieces: list[str] = []
    for word in words:
        others = [other for other in words if other != word]
        shared = [size for size in range(2, len(word) + 1) if any(other.startswith(word[:size]) for other in others)]
        piece = word[: max(shared)] if shared else word
        if piece not in pieces:
            pieces.append(piece)
    return [piece for piece in pieces if not any(other != piece and other in piece for other in pieces)]


# Candidates for MARKED_QUERY from a few shared pieces instead of every word: lexbor tests every selector
# on every element, so a query costs its length (~45% less a page). One :is() selector: candidates come in
# page order, each once, the order lexbor lists a selector group's matches in.
_MARKED_CANDIDATES = ":is({})".format(
    ", ".join(f'[{attribute}*="{piece}" i]' for piece in shared_pieces(_MARKED_WORDS) for attribute in ("class", "id"))
)
# The "i" flag folds ASCII letters only (str.lower does the same to ASCII text, faster).
_ANY_WORD = re.compile("|".join(re.escape(word) for word in _MARKED_WORDS))


def marked_query(root: LexborNode) -> list[LexborNode]:
    """What ``root.css(MARKED_QUERY)`` finds, once each, in its order (page order): the candidates whose
    class or id holds one of the words."""
    return [node for node in root.css(_MARKED_CANDIDATES) if marked_words_in(node)]


def marked_words_in(node: LexborNode) -> bool:
    """Whether the element's class or id holds one of the words (the test behind ``marked_query``)."""
    attributes = node.attributes
    named = f"{attributes.get('class') or ''}\n{attributes.get('id') or ''}"
    return _ANY_WORD.search(ascii_lower(named)) is not None


def marked_under(root: LexborNode) -> list[LexborNode]:
    """``root`` and the elements under it whose id/class names them related, in the query's order, once each.

    lexbor lists a node once per selector of the group it matches, hence the dict. What the query matched
    needs no regex test (a case-blind substring of the class or id is one of the regex's words too); the
    root, when the query did not list it, still does."""
    if next(root.iter(), None) is None:
        # No element inside (most roots: scripts, breaks, empty ad slots): only the root can match, and the
        # query's cost is mostly compiling its twenty selectors.
        return [root] if MARKED.search(marked_attrs(root)) else []
    matched = {node.mem_id: node for node in marked_query(root)}
    if root.mem_id not in matched and not MARKED.search(marked_attrs(root)):
        return list(matched.values())
    return list({root.mem_id: root, **matched}.values())


def marked_attrs(node: LexborNode) -> str:
    attributes = node.attributes
    return f"{attributes.get('id') or ''} {attributes.get('class') or ''}"
