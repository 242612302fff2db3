"""The story's opening above its container: a question's text, a poem above its notes.

Density scoring picks the block with the most prose, and on some pages that block is the second part of
the story: a Q&A page's answer below the question's own text, a poem page's notes and translation below
the poem, each in a box of its own under the headline. The sibling join cannot reach them (the headline,
tool bars and user cards sit between), so the lines between the headline and the body are read on their
own: the ones that are finished sentences, link-free, outside any named aside, and not a restatement of
the body (a summary box) open the story.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from newscorpus import settings
from newscorpus.scrapers.blocks import Line, Walk
from newscorpus.scrapers.topic import pairs_of
from newscorpus.scrapers.widgets import in_widget

# id/class words of a standfirst: the summary or intro an editor wrote under the headline, not story text.
_STANDFIRST = re.compile(
    r"(?<![A-Za-z0-9])(?:summary|abstract|excerpt|lead|lede|intro|desc|description|digest|zhaiyao|daodu)(?![A-Za-z0-9])",
    re.I,
)
# A sentence, a question or a verse line ends like this, possibly followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[。！？!?…][”’」』）)】》\"']*$")


def lede_above(
    page: Walk, lines: list[Line], title: str | None, to_story: Callable[[list[Line]], list[str]]
) -> list[Line]:
    """``lines`` (the body) with the story lines between the headline and the body put in front."""
    if not lines or not title:
        return lines
    starts = page.starts
    first = bisect_left(starts, lines[0].start)
    window = page.lines[max(0, first - settings.LEDE_MAX_GAP_LINES) : first]
    heads = [at for at, line in enumerate(window) if line.text == title]
    if not heads:
        return lines
    head = heads[-1]
    gap = window[head + 1 :]
    kept = set(to_story(gap))
    body = "\n".join(line.text for line in lines)
    lede = [
        line
        for before, line in zip(window[head:], gap, strict=False)
        if line.text in kept and _opens_story(page, line) and not _after_image(page, before, line)
    ]
    # A summary box restates the body: most of its character pairs occur there already. Judged per block,
    # as a whole: a poem's verse that the notes below quote is still the poem.
    restated = {block for block in {line.block for line in lede} if _restates(lede, block, body)}
    lede = [line for line in lede if line.block not in restated]
    if sum(len(line.text) for line in lede) < settings.LEDE_MIN_CHARS:
        return lines
    return lede + lines


def _after_image(page: Walk, before: Line, line: Line) -> bool:
    """Whether an image stands between the two lines: between a headline and its story, the line after a
    photo is its caption. (``Line.image_before`` marks the line open when the image came, not the next.)"""
    return "img" in page.tags[before.start + 1 : line.start]


def _restates(lede: list[Line], block: int, body: str) -> bool:
    own = pairs_of("".join(line.text for line in lede if line.block == block))
    return bool(own) and sum(pair in body for pair in own) >= settings.SIBLING_REPEAT_SHARE * len(own)


def _opens_story(page: Walk, line: Line) -> bool:
    if line.link_chars or not _SENTENCE_END.search(line.text) or in_widget(page, line.block):
        return False
    if page.tags[line.block] == "figcaption":
        return False
    return not _named(page, line.block, _STANDFIRST)


def _named(page: Walk, index: int, words: re.Pattern[str]) -> bool:
    """Whether the element or one of the few above it has an id/class word of ``words``."""
    for _ in range(settings.WIDGET_NAME_LEVELS):
        if index < 0:
            return False
        attributes = page.nodes[index].attributes
        if words.search(f"{attributes.get('id') or ''} {attributes.get('class') or ''}"):
            return True
        index = page.parent[index]
    return False
