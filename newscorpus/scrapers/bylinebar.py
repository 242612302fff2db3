"""Byline bars built from separate inline elements: each element one field, as a reader sees them.

A bar such as ``<em>2024-05-15 10:20</em><em>海峡晨报</em><em>胡磊丽</em>`` or
``<span>作者 胡磊丽</span><span>来源 海峡晨报</span>`` has no text between its elements: the page lays
them out apart (margins, separators drawn in CSS), but its text reads ``海峡晨报胡磊丽`` and
``作者 胡磊丽来源 海峡晨报``, glued into one value. Only the lines above the story are re-read here, with a
space where one element ends and the next begins; body text is never touched. A name that markup splits
(``张<b>三</b>``, text then an element) stays whole: only element-to-element boundaries separate, and
only between parts of two characters or more (``<b>张</b><b>三</b>`` is one name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscorpus import settings
from newscorpus.scrapers.blocks import BLOCK_TAGS, SKIP_TAGS
from newscorpus.scrapers.bylinegrammar import fold, tokenize
from newscorpus.scrapers.text import clean

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

    from newscorpus.scrapers.blocks import Line, Walk

_ENDS_LINE = BLOCK_TAGS | {"br"}
# A single character on either side of an element boundary is part of a word or name, not a field.
_MIN_PART_CHARS = 2


def header_texts(page: Walk, start: int, end: int, body_at: int | None, title: str | None) -> list[str]:
    """The texts of ``page.lines[start:end]`` (the lines around the headline), those above the story's
    first line (``body_at``) read with their elements apart; the headline and the story as they are."""
    texts = []
    for index, line in enumerate(page.lines[start:end], start):
        above = body_at is None or index < body_at
        texts.append(bar_text(page, line) if above and line.text != title else line.text)
    return texts


def bar_text(page: Walk, line: Line) -> str:
    """``line``'s text with a space between adjacent elements, when the line is a short bar that is its
    block's whole text; otherwise the line's text unchanged."""
    if len(line.text) > settings.BYLINE_MAX_LINE_CHARS:
        return line.text
    node = page.nodes[line.block]
    first = node.child
    if first is None or (first.next is None and first.tag == "-text"):
        return line.text  # one text and no element: nothing to read apart (most lines; spares the reading)
    parts: list[str] = []
    if not _collect(node, parts, 0):
        return line.text
    text = clean("".join(parts))
    # The block may hold text of other lines (a line after a nested block): then it is not this bar.
    return text if text.replace(" ", "") == line.text.replace(" ", "") else line.text


def element_text(node: LexborNode) -> str | None:
    """A site rule's bar element read with its elements apart; None when it holds blocks or line breaks
    (its lines are then read one by one) or is longer than a bar."""
    parts: list[str] = []
    if not _collect(node, parts, 0):
        return None
    text = clean("".join(parts))
    return text if len(text) <= settings.BYLINE_MAX_LINE_CHARS else None


def _collect(node: LexborNode, parts: list[str], depth: int) -> bool:
    """Append ``node``'s inline text to ``parts``, a space between adjacent elements; False when a block,
    a line break or deeper nesting than a bar has ends the reading."""
    if depth > settings.BYLINE_BAR_MAX_DEPTH:
        return False
    before: str | None = None  # the text of the element that just ended, while no text has come after it
    for child in node.iter(include_text=True):
        tag = child.tag or ""
        if tag == "-text":
            text = child.text_content or ""
            parts.append(text)
            if text.strip():
                before = None
            continue
        if tag in _ENDS_LINE:
            return False
        if tag in SKIP_TAGS:
            continue
        inner: list[str] = []
        if not _collect(child, inner, depth + 1):
            return False
        text = "".join(inner)
        if not text.strip():
            continue  # an icon or an empty element: it neither separates nor joins
        if before is not None and min(len(before.strip()), len(text.strip())) >= _MIN_PART_CHARS:
            parts.append(" ")
        parts.append(text)
        before = text
    return True


def list_starts(lines: list[Line], start: int, stop: int) -> int:
    """Where a list begins among ``lines[start:stop]``, the few lines past the story read for its credits:
    the first card, a line led by a linked headline and holding a credit (``<a>另一条新闻的标题</a><span>来源：
    新华社</span>``), whose fields are that card's, not the story's; ``stop`` when none is. A closing credit
    keeps its link (``来源：<a>人民日报</a>``, ``<a>张三</a> 编辑``): only a long linked text before the label
    leads a card; a share bar or a 上一篇/下一篇 line credits nobody and ends nothing. Could misfire on a
    story closing with a long linked unit before its credit word (``<a>某某市人民政府新闻办公室</a> 供稿``)."""
    for index in range(start, min(stop, len(lines))):
        line = lines[index]
        if line.link_chars * 2 < len(line.text) or line.link_chars < settings.BYLINE_LISTED_TITLE_CHARS:
            continue  # most lines: no link, or a short one
        lead, fields = tokenize(fold(line.text))
        if fields and len(lead) >= settings.BYLINE_LISTED_TITLE_CHARS:
            return index
    return stop
