"""What the blocks and cards of a related list look like: the word pieces two titles on one topic share,
cards that show more than a headline, the shape alike cards share, panes styled out of sight, and an
article's own footer (not the site's). Predicates of ``relatedblocks.BlockFinder``, free of its state.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newscorpus import settings
from newscorpus.scrapers.dom import up_to
from newscorpus.scrapers.linkshape import LINK_QUERY
from newscorpus.scrapers.relatedtitles import link_title
from newscorpus.scrapers.text import node_text

_CJK_RUN = re.compile(r"[\u3400-\u9fff]{2,}")
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
_WORDS = re.compile(r"[A-Za-z\u3400-\u9fff]")
_HIDDEN = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_OWN_FOOTER = re.compile(settings.RELATED_OWN_FOOTER_ATTRS, re.IGNORECASE)


def word_pieces(text: str) -> frozenset[str]:
    """Pairs of adjacent Chinese characters and lower-cased Latin words: what two titles on one topic share."""
    pieces = {pair for run in _CJK_RUN.findall(text) for pair in (run[i : i + 2] for i in range(len(run) - 1))}
    return frozenset(pieces | {word.lower() for word in _LATIN_WORD.findall(text)})


def shows_more(card: LexborNode) -> bool:
    """A story card shows more than its headline: a picture, or a line of its own (source, time, snippet).
    A rank number beside a headline (热门排行's 1, 2, 3) is not more."""
    if card.css_first("img") is not None:
        return True
    text = node_text(card)
    for link in card.css(LINK_QUERY):
        headline = link_title(link)
        text = text.replace(headline, "", 1) if headline else text
    return bool(_WORDS.search(text))


def child_count(node: LexborNode) -> int:
    return sum(1 for child in node.iter() if child.is_element_node)


def card_shape(node: LexborNode) -> tuple[str, ...]:
    """An element's tag and first class word: what the cards of one feed share."""
    return (node.tag or "", *(node.attributes.get("class") or "").split()[:1])


def hidden(node: LexborNode, root: LexborNode) -> bool:
    """Styled out of sight (an inactive tab's pane): a list nobody labelled and nobody sees is no list."""
    return any(_HIDDEN.search(box.attributes.get("style") or "") for box in up_to(node, root))


def article_footer(node: LexborNode) -> bool:
    """An article's own footer, not the site's: a <footer> inside <article> or <main>, or any element its
    id or class names the story's footer (<div class="entry-footer">, WordPress themes' related posts)."""
    if node.tag != "footer":
        attributes = node.attributes
        return bool(_OWN_FOOTER.search(f"{attributes.get('id') or ''} {attributes.get('class') or ''}"))
    parent = node.parent
    while parent is not None:
        if parent.tag in ("article", "main"):
            return True
        parent = parent.parent
    return False
