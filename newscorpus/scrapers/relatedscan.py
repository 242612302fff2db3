"""Where a page's text holds a related heading: the markers found in one text extraction, mapped back to
the text nodes that hold them (``related._all_headings`` checks only those nodes' parents)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from newscorpus import settings

# A prefix and its noun set apart by a middle dot or a gap (网易's 延伸 · 推荐, 相关 阅读): the same heading.
_SPACED_HEADING = "(?:{})(?:\\s*[·・•]\\s*|\\s+)(?:{})".format(
    "|".join(settings.RELATED_HEADING_PREFIXES), "|".join(settings.RELATED_HEADING_NOUNS)
)
HEADING = re.compile("|".join((*settings.RELATED_HEADINGS, _SPACED_HEADING)))
_TOPIC_JOINED = re.compile("|".join(settings.RELATED_TOPIC_JOINED))
# Markers are found by their first character: a page's text is mostly its scripts' ASCII, where a whole-word
# search ("Related", five of them) costs ~20 us a page each. Chinese first characters are found at memory
# speed and each tested in place; the thousands of R and S in scripts are tested by a regex (below).
_MARKERS_BY_FIRST: dict[str, tuple[str, ...]] = {
    first: tuple(marker for marker in settings.RELATED_HEADING_MARKERS if marker[0] == first)
    for first in dict.fromkeys(marker[0] for marker in settings.RELATED_HEADING_MARKERS)
}
# Where a Latin marker may start: its first letter (a literal the regex engine skips to) followed by the rest
# of one of the markers it starts, the rest looked ahead at so that every such letter is tried.
_LATIN_STARTS = {
    first: re.compile(re.escape(first) + "(?={})".format("|".join(re.escape(marker[1:]) for marker in markers)))
    for first, markers in _MARKERS_BY_FIRST.items()
    if first.isascii()
}
# Put between text nodes in lexbor's text(): counting them maps a text position to its node. Whitespace
# to Python and never in page text; not a marker any other helper inserts into the tree.
TEXT_NODE_BREAK = "\x1d"
# How far around a marker touching a node break a split heading is looked for: the longest heading.
_SPLIT_REACH = max(map(len, settings.RELATED_HEADINGS))


def names_other_list(text: str) -> bool:
    """The text names a hot list, a feed, comments or a topic's hub (RELATED_REJECT_HEADINGS), a topic joined to
    its stories (相关专题及文章) aside: that one names the related list it heads."""
    text = _TOPIC_JOINED.sub("", text)
    return any(word in text for word in settings.RELATED_REJECT_HEADINGS)


def _original_offset(window: str, joined_offset: int) -> int:
    """Where the character at ``joined_offset`` of the break-free window sits in the window."""
    seen = 0
    for index, char in enumerate(window):
        if char == TEXT_NODE_BREAK:
            continue
        if seen == joined_offset:
            return index
        seen += 1
    return len(window)


def heading_positions(text: str) -> list[int]:
    """Which text nodes (by position, as separated in ``text``) hold a related heading, in page order."""
    return _node_indexes(text, sorted(heading_starts(text)[0]))


def heading_starts(text: str) -> tuple[set[int], set[int]]:
    """Offsets in ``text`` where a node holding a heading starts, and where a heading split over nodes
    ("相关" + "新闻") starts. Each marker found (every heading holds one) points at its text node, which
    holds a heading whole when one lies around a marker of it: the window of a heading's length on either
    side of each marker holds any heading that marker is part of, so a long script node full of R and S
    is searched a few characters at a time, never whole. A heading in the node next door never counts for
    this one; a marker at the edge of its node is also checked across the break."""
    whole: set[int] = set()
    split: set[int] = set()
    for at, length in marker_hits(text):
        start = text.rfind(TEXT_NODE_BREAK, 0, at) + 1
        end = text.find(TEXT_NODE_BREAK, at)
        end = end if end != -1 else len(text)
        if start not in whole and HEADING.search(
            text, max(start, at - _SPLIT_REACH), min(end, at + length + _SPLIT_REACH)
        ):
            whole.add(start)
        if at == start or at + length == end:
            split |= _split_at(text, at, length)
    return whole, split


def marker_hits(text: str) -> Iterator[tuple[int, int]]:
    """Offset and length of every marker occurrence in ``text``, overlapping ones included ("相关联" holds
    相关 and 关联), in no particular order.

    Chinese markers are found from their first characters: ``str.find`` of one character runs at memory
    speed, ~50x faster than of two (and than a regex over the markers), and a page's text holds those
    characters a few dozen times. Latin ones by one regex per first letter: a page's scripts hold its R
    and S thousands of times, each a Python step when found one by one, where the regex tests them in C."""
    for first, markers in _MARKERS_BY_FIRST.items():
        if first in _LATIN_STARTS:
            for match in _LATIN_STARTS[first].finditer(text):
                at = match.start()
                for marker in markers:
                    if text.startswith(marker, at):
                        yield at, len(marker)
            continue
        at = text.find(first)
        while at != -1:
            for marker in markers:
                if text.startswith(marker, at):
                    yield at, len(marker)
            at = text.find(first, at + 1)


def _split_at(text: str, at: int, length: int) -> set[int]:
    """Starts of headings running across a node break next to the marker at ``at``."""
    lo = max(0, at - _SPLIT_REACH)
    window = text[lo : at + length + _SPLIT_REACH]
    starts: set[int] = set()
    for match in HEADING.finditer(window.replace(TEXT_NODE_BREAK, "")):
        # Split when a node break falls inside this very match (the same words whole in a title nearby,
        # 第一条相关新闻…, are that title's, not this heading's).
        start = _original_offset(window, match.start())
        if TEXT_NODE_BREAK in window[start : _original_offset(window, match.end() - 1)]:
            starts.add(lo + start)
    return starts


def _node_indexes(text: str, offsets: list[int]) -> list[int]:
    """The text-node index of each offset (sorted), counting separators once over the whole text."""
    indexes: list[int] = []
    count, last = 0, 0
    for offset in offsets:
        count += text.count(TEXT_NODE_BREAK, last, offset)
        indexes.append(count)
        last = offset
    return indexes


def _text_nodes(root: LexborNode, positions: list[int]) -> Iterator[tuple[int, LexborNode]]:
    """The text nodes at ``positions`` (counted as lexbor's ``text()`` lists them), each with its position,
    stopping at the last."""
    if not positions:
        return
    wanted = iter(positions)
    target = next(wanted)
    count = 0
    for node in root.traverse(include_text=True):
        if not node.is_text_node:
            continue
        if count == target:
            yield count, node
            target = next(wanted, -1)
            if target == -1:
                return
        count += 1


def heading_text_nodes(body: LexborNode) -> Iterator[tuple[LexborNode, bool]]:
    """The text nodes under ``body`` that hold a related heading, whole or split over nodes, in page order,
    each with whether it holds one whole (its element then holds one too, without a look at its text):
    one text extraction in C with a break between text nodes, then only the nodes up to the last hit."""
    text = body.text(deep=True, separator=TEXT_NODE_BREAK)
    whole, split = heading_starts(text)
    if not whole and not split:
        return iter(())
    holding = set(_node_indexes(text, sorted(whole)))
    return ((node, index in holding) for index, node in _text_nodes(body, _node_indexes(text, sorted(whole | split))))
