"""A related link's headline as the list shows it: inline markup joined, a card's first block with words,
the whole headline a truncated one stands for, a picture link's alt text.

Split from ``relateditems`` (which builds the items) to keep each module to one job; the card predicates
(``relatedcards``) read a link's headline the same way.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newscorpus import settings
from newscorpus.scrapers.relatedtext import card_headline
from newscorpus.scrapers.text import clean

# The block elements a card link may hold (its headline, a badge, a source line each in one).
_BLOCKS = "div, p, h1, h2, h3, h4, h5, h6, li, section, article, header, footer, ul, ol, dl, dd, dt, table, tr"
_BLOCK_TAGS = frozenset(_BLOCKS.split(", "))
# How a list marks a headline it cut short.
_ELLIPSES = ("…", "...", "..")
# A letter or a Han character: text with words, not a duration (03:25) or a count.
WORDS = re.compile(r"[A-Za-z\u3400-\u9fff]")
# A video cover's length (2:31, 00:02:31, 1'45", a play glyph beside it) or a bare count: all a link may show
# without being a headline.
_LENGTH_OR_COUNT = re.compile(r"[^\w]*(?:\d{1,2}(?::\d{2}){1,2}|\d{1,3}'\d{2}\"?|\d+)[^\w]*")
# A neighbour's label ending the text just before its link (上一篇：, 下一篇 >, Next:), or opening the link's own
# text (<a>上一篇：标题</a>, 【下一篇】标题).
_NEIGHBOUR_BEFORE = re.compile(r"(?:" + settings.RELATED_NEIGHBOUR_LABEL + r")\s*[：:>》»|\]】）)]*\s*$", re.IGNORECASE)
_NEIGHBOUR_OPENING = re.compile(
    r"[【\[（(«<]?\s*(?:" + settings.RELATED_NEIGHBOUR_LABEL + r")\s*(?:[】\]）)»>]\s*[：:]?|[：:])", re.IGNORECASE
)
# Of the text before a link, this many characters hold its label: a whole paragraph need not be searched.
_LABEL_TAIL_CHARS = 16


def untruncated(link: LexborNode, title: str) -> str:
    """The whole headline when the list cut it short ("城市更新项目集中…") and the link's title attribute
    holds it: the attribute is what the page shows on hover."""
    if not title.endswith(_ELLIPSES):
        return title
    full = clean(link.attributes.get("title") or "")
    return full if len(full) > len(title) and full.startswith(title.rstrip("".join(_ELLIPSES))) else title


def pictured_title(link: LexborNode) -> str:
    """A link showing only a picture (a picture grid, a cover before its headline): the headline the page
    gives it anyway, in the link's title attribute or the picture's alt text."""
    picture = link.css_first("img[alt]")
    return clean(link.attributes.get("title") or (picture.attributes.get("alt") if picture is not None else "") or "")


def link_title(link: LexborNode) -> str:
    """The link's headline as shown: inline markup (<em>Chat</em><em>GPT</em>) joins without a space; in
    a card link holding blocks (headline, then a badge or a source line) the first block with words (a
    video's cover block showing only its duration, 03:25, comes before the headline)."""
    blocks = _innermost_blocks(link)
    if blocks is None:
        # Most links hold text and inline markup only; a card's link may hold its lines as inline elements.
        return _worded(card_headline(link) or clean(link.text(separator="")))
    first = ""
    for block in blocks:
        if text := clean(block.text(separator="")):
            if WORDS.search(text):
                return card_headline(block) or text
            first = first or text
    return _worded(first or clean(link.text(separator="")))


def _worded(text: str) -> str:
    """``text`` unless it is only a video's length or a count (<img><span>00:02:31</span>, a badge "12"): no
    headline shown, so the picture's alt text or the card's next link to the same story names the item. A
    headline written in figures alone ("3200×1440", "9·11") stays one."""
    return "" if _LENGTH_OR_COUNT.fullmatch(text) else text


def _innermost_blocks(link: LexborNode) -> list[LexborNode] | None:
    """The block elements (``_BLOCK_TAGS``) in the link, itself included, that hold no other block, in page
    order; None when it holds no block at all. One walk: ``css(_BLOCKS)`` on the link and again on each
    block compiled twenty selectors each time, a card's cost several times over."""
    blocks: list[LexborNode] = []
    outer: set[int] = set()  # blocks holding another block
    top = link.mem_id
    for node in link.traverse():
        if node.tag not in _BLOCK_TAGS:
            continue
        blocks.append(node)
        if node.mem_id != top:
            parent = node.parent
            while parent is not None and (key := parent.mem_id) not in outer:
                outer.add(key)
                if key == top:
                    break
                parent = parent.parent
    if not blocks:
        return None
    return [block for block in blocks if block.mem_id not in outer]


def neighbour_link(link: LexborNode, title: str) -> bool:
    """The link to the story before or after this one in the site's order (上一篇：<a>…</a>): its label is
    the last text before it in its line (a wrapper's, up to RELATED_NEIGHBOUR_LEVELS above it), or opens its
    own text. A previous item's link before it means no label: the link is an item of a list."""
    if _NEIGHBOUR_OPENING.match(title):
        return True
    node: LexborNode | None = link
    for _ in range(settings.RELATED_NEIGHBOUR_LEVELS):
        if node is None:
            return False
        before = node.prev
        # Blank text, a <br> or an icon between the label and the link says nothing.
        while before is not None and not (text := before.text(deep=True).strip()):
            before = before.prev
        if before is not None:
            if before.is_element_node and (before.tag == "a" or before.css_first("a[href]") is not None):
                return False
            return bool(_NEIGHBOUR_BEFORE.search(text[-_LABEL_TAIL_CHARS:]))
        node = node.parent
    return False
