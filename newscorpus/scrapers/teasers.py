"""A list of story teasers is not a story: each summary under its own linked headline.

Hydrated portal pages end a story with a long stream of recommended stories, each a linked title and a
summary of a sentence or two; the stream's summaries together can outweigh a short story and win the
density race, and when they share the headline's subject the topic check lets them pass. A reader tells
them apart at a glance: in the stream almost every paragraph sits under a line that is all link.
"""

from __future__ import annotations

from newscorpus import settings
from newscorpus.scrapers.blocks import Line


def is_teaser_list(lines: list[Line], kept: set[str]) -> bool:
    """Whether most of the story lines kept from ``lines`` (a candidate's lines) come right after a
    link-only line, in enough of them to be a list."""
    prose = 0
    teasers = 0
    for before, line in zip([None, *lines], lines, strict=False):
        if line.text not in kept:
            continue
        prose += 1
        if before is not None and _linked_title(before):
            teasers += 1
    return teasers >= settings.TEASER_MIN_ITEMS and teasers >= settings.TEASER_MIN_SHARE * prose


def _linked_title(line: Line) -> bool:
    """A line that is all link and as long as a headline: a user name over a forum post is shorter."""
    size = len(line.text)
    return size >= settings.TEASER_TITLE_MIN_CHARS and line.link_chars >= settings.TEASER_TITLE_LINK_SHARE * size
