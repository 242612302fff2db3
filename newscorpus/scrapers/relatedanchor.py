"""Where a page's story is, guessed before any extractor ran, so the related detector places lists after it and
never takes the box holding it: the page's one ``<article>``, else the densest ``<p>`` parent (the densest parent
of ``<div>`` paragraphs when that holds too little for a story), else the densest ``<br>`` cell."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings
from newscorpus.scrapers.dom import has_ancestor_in
from newscorpus.scrapers.plausible import is_prose_text
from newscorpus.scrapers.text import cjk_count, node_text


def guess_story(tree: LexborHTMLParser) -> LexborNode | None:
    """Where the story is, for placing lists after it: the page's one ``<article>`` when it has one (a
    short story next to a long pop-up must still be found), else the element with the most Chinese text
    in paragraphs, else (a story of ``<br>``-separated lines, no ``<p>``) in its own lines."""
    if tree.body is None:
        return None
    if (article := _lone_article(tree.body)) is not None:
        return article
    found = _densest_paragraphs(tree.body, "p")
    if found is not None and found[1] >= settings.RELATED_ANCHOR_STORY_CJK:
        return found[0]
    # Too little text in <p> for a story (a footer's two lines): the story may be <div> paragraphs, counting
    # only those that are prose (a menu's or a box's short <div> lines are no story).
    divs = _densest_paragraphs(tree.body, _DIV_PARAGRAPHS, prose_only=True)
    if divs is not None and divs[1] >= settings.RELATED_ANCHOR_STORY_CJK and (found is None or divs[1] > found[1]):
        found = divs
    return found[0] if found is not None else _densest_broken_lines(tree.body)


def _densest_broken_lines(body: LexborNode) -> LexborNode | None:
    """The element whose own text, broken by ``<br>``, holds the most Chinese: a GBK-era story cell."""
    weight = {}
    nodes = {}
    for line_break in body.css("br"):
        parent = line_break.parent
        if parent is not None and parent.mem_id not in weight:
            weight[parent.mem_id] = cjk_count(parent.text(deep=False))
            nodes[parent.mem_id] = parent
    best = max(weight, key=weight.__getitem__, default=None)
    return nodes[best] if best is not None and weight[best] >= settings.PROSE_LINE_MIN_CHARS else None


# A <div> used as a paragraph: no block or line break inside it (a <br>-lined cell is read as such lines).
_DIV_PARAGRAPHS = "div:not(:has(div, p, table, ul, br))"


def _densest_paragraphs(body: LexborNode, query: str, prose_only: bool = False) -> tuple[LexborNode, int] | None:
    """The parent of the ``query`` paragraphs holding the most Chinese text, and how much; ``prose_only``: of
    the paragraphs that are prose lines (``plausible.is_prose_text``)."""
    weight: dict[int, int] = {}
    nodes: dict[int, LexborNode] = {}
    for paragraph in body.css(query):
        parent = paragraph.parent
        if parent is None:
            continue
        key = parent.mem_id
        text = paragraph.text()
        if prose_only and not is_prose_text(text):
            continue
        weight[key] = weight.get(key, 0) + cjk_count(text)
        nodes[key] = parent
    if not weight:
        return None
    best = max(weight, key=weight.__getitem__)
    return (nodes[best], weight[best]) if weight[best] else None


def _lone_article(body: LexborNode) -> LexborNode | None:
    """The page's one ``<article>`` (or articleBody): not a card among sibling cards, not inside another."""
    # Each text is read once: an <article> holds the whole story, and its length picks among the lone ones.
    found: list[LexborNode] = []
    length: dict[int, int] = {}
    for node in body.css("article, [itemprop=articleBody]"):
        if text := node_text(node):
            found.append(node)
            length[node.mem_id] = len(text)
    lone = [
        node
        for node in found
        if not any(other.mem_id != node.mem_id and has_ancestor_in(node, {other.mem_id}) for other in found)
        and not any(sibling.tag == node.tag for sibling in _siblings(node))
    ]
    return max(lone, key=lambda node: length[node.mem_id]) if lone else None


def _siblings(node: LexborNode) -> list[LexborNode]:
    parent = node.parent
    if parent is None:
        return []
    return [child for child in parent.iter() if child.is_element_node and child.mem_id != node.mem_id]
