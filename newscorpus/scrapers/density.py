"""Body choice by text and punctuation density (the idea behind GNE), computed from one DOM walk.

Each text line gives its Chinese characters and punctuation to the element that holds its paragraph and,
at half weight, to that element's parent; link text counts against a candidate. The best candidate is
the story container. Everything is read from a ``Walk``, so the DOM is traversed once in all.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from newscorpus import settings
from newscorpus.scrapers.blocks import Line, Walk
from newscorpus.scrapers.text import cjk_count, punctuation_count

# Paragraph-level blocks: their score belongs to the container that lists them, not to themselves.
PARAGRAPH_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li", "span", "font", "strong", "b", "td", "dd"})
# The page root only wins when no element inside it holds prose (text written straight into <body>).
_LAST_RESORT = frozenset({"body", "html", "-text"})


def line_weight(line: Line) -> float:
    """Chinese text plus heavily weighted punctuation: prose has both, menus and link lists have little."""
    own = len(line.text) - line.link_chars
    if own < settings.DENSITY_MIN_LINE_CHARS:
        return 0.0
    share = own / len(line.text)
    return share * (cjk_count(line.text) + settings.DENSITY_PUNCTUATION_WEIGHT * punctuation_count(line.text))


def choose_body(walk: Walk) -> int | None:
    """Walk index of the story container, or None when no line carries any prose."""
    ranked = rank_bodies(walk, 1)
    return ranked[0] if ranked else None


def rank_bodies(walk: Walk, limit: int) -> list[int]:
    """Walk indexes of the ``limit`` best story containers, best first (the plausibility tests pick)."""
    scores: dict[int, float] = {}
    fallback: dict[int, float] = {}
    for line in walk.lines:
        weight = line_weight(line)
        if not weight:
            continue
        container = line.block
        if walk.tags[container] in PARAGRAPH_TAGS and walk.parent[container] >= 0:
            container = walk.parent[container]
        parent = walk.parent[container]
        grand = walk.parent[parent] if parent >= 0 else -1
        for share, target in (
            (1.0, container),
            (settings.DENSITY_PARENT_SHARE, parent),
            (settings.DENSITY_GRANDPARENT_SHARE, grand),
        ):
            if target >= 0:
                board = fallback if walk.tags[target] in _LAST_RESORT else scores
                board[target] = board.get(target, 0.0) + share * weight
    scores = scores or fallback
    ratio = _LinkRatio(walk)
    final = {index: score * (1.0 - ratio(index)) ** 2 for index, score in scores.items()}
    # Ties keep page order (sorted is stable over the dict's insertion order), as max() did.
    return sorted(final, key=final.__getitem__, reverse=True)[:limit]


class _LinkRatio:
    """Share of a subtree's text that is link text, from prefix sums over the lines (lines are in walk order)."""

    def __init__(self, walk: Walk) -> None:
        self.walk = walk
        self.starts = walk.starts
        self.chars = [0, *accumulate([len(line.text) for line in walk.lines])]
        self.links = [0, *accumulate([line.link_chars for line in walk.lines])]

    def __call__(self, index: int) -> float:
        first = bisect_left(self.starts, index)
        last = bisect_left(self.starts, index + self.walk.size(index))
        total = self.chars[last] - self.chars[first]
        return (self.links[last] - self.links[first]) / total if total else 1.0
