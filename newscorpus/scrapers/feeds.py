"""Recommendation feeds: a stream of link-led items (a linked title, a punctuated snippet) is not the story.

Portals put a long feed of other stories (为你推荐, 猜你喜欢, an endless "more news" stream) right after
the story, often in the story's own parent. Thirty snippets of seventy characters each outweigh a short
story in the density race, and each snippet is punctuated like prose, so neither the link test nor the
sentence test stops them. What gives a feed away is its repeated structure: many sibling items, each
opening with a link (the title) and carrying a little unlinked text of its own (the snippet, a comment,
a teaser). A story's paragraphs are one line each, or long sections; they do not repeat that shape.
"""

from __future__ import annotations

from bisect import bisect_left

from newscorpus import settings
from newscorpus.scrapers.blocks import Line, Walk
from newscorpus.scrapers.density import PARAGRAPH_TAGS
from newscorpus.scrapers.text import punctuation_count

# Elements a feed is listed in, and that a feed may sit in a level or two below a candidate.
_LIST_TAGS = frozenset({"div", "section", "ul", "ol", "dl", "main", "article", "aside", "table", "tbody"})


class Feeds:
    """Feed detection over one page walk (the line index is built once, on first use)."""

    def __init__(self, page: Walk) -> None:
        self.page = page
        self.starts = page.starts
        self.fed: list[int] = []  # feeds found in candidates passed over: their items are no story either

    def lines(self, index: int) -> list[Line]:
        first = bisect_left(self.starts, index)
        return self.page.lines[first : bisect_left(self.starts, index + self.page.size(index))]

    def is_feed(self, index: int, lines: list[Line] | None = None) -> bool:
        """Whether the element lists at least FEED_MIN_ITEMS link-led items holding most of its text."""
        lines = self.lines(index) if lines is None else lines
        if len(lines) < 2 * settings.FEED_MIN_ITEMS or self.page.tags[index] not in _LIST_TAGS:
            return False  # too few lines for that many two-line items: every paragraph ends here
        total = sum(len(line.text) for line in lines)
        items = [item for child in self.page.element_children(index) if _item(item := self.lines(child))]
        in_items = sum(len(line.text) for item in items for line in item)
        return len(items) >= settings.FEED_MIN_ITEMS and in_items >= settings.FEED_MIN_ITEM_SHARE * total

    def passed_over(self, index: int) -> bool:
        """Whether a story candidate is a feed, an item of a feed passed over before, or mostly feed with no
        paragraphs of its own outside it (a story's container that also lists a feed keeps its story: the
        feed is cut from it later)."""
        if any(fed <= index < fed + self.page.size(fed) for fed in self.fed):
            return True
        boxes = self.feed_boxes(index)
        if not boxes:
            return False
        lines = self.lines(index)
        fed = [any(box <= line.start < box + self.page.size(box) for box in boxes) for line in lines]
        total = sum(len(line.text) for line in lines)
        if (
            sum(len(line.text) for line, inside in zip(lines, fed, strict=True) if inside)
            <= settings.FEED_MAX_SHARE * total
        ):
            return False
        own = sum(
            len(line.text)
            for line, inside in zip(lines, fed, strict=True)
            if not inside and self._container(line) == index
        )
        if own >= settings.PROSE_LINE_MIN_CHARS:
            return False
        self.fed += boxes  # the feeds themselves, not the candidate: the story may sit beside them inside it
        return True

    def feed_share(self, index: int) -> float:
        """Share of the element's text that sits in feeds: the element itself, or boxes up to FEED_LEVELS below."""
        total = sum(len(line.text) for line in self.lines(index))
        fed = sum(len(line.text) for box in self.feed_boxes(index) for line in self.lines(box))
        return fed / total if total else 0.0

    def feed_boxes(self, index: int) -> list[int]:
        """The feeds at or up to FEED_LEVELS below the element (none nested in another)."""
        found, level = [], [index]
        for _ in range(settings.FEED_LEVELS + 1):
            below: list[int] = []
            for box in level:
                inside = self.lines(box)
                if self.is_feed(box, inside):
                    found.append(box)
                elif len(inside) >= 2 * settings.FEED_MIN_ITEMS:
                    below += [child for child in self.page.element_children(box) if self.page.tags[child] in _LIST_TAGS]
            level = below
        return found

    def _container(self, line: Line) -> int:
        """The element a line's paragraph belongs to, as density scoring credits it."""
        block = line.block
        parent = self.page.parent[block]
        return parent if self.page.tags[block] in PARAGRAPH_TAGS and parent >= 0 else block


def _item(lines: list[Line]) -> bool:
    """A feed item: a short block whose first line is a link the length of a title and that has a punctuated
    line of its own (the snippet)."""
    if len(lines) < 2:
        return False
    lead = lines[0]
    if lead.link_chars <= settings.MAX_LINK_SHARE_IN_PARAGRAPH * len(lead.text):
        return False
    if lead.link_chars < settings.FEED_TITLE_MIN_CHARS:
        return False  # a user name over a post or a comment, not a story's title: a thread, read elsewhere
    if sum(len(line.text) for line in lines) > settings.FEED_ITEM_MAX_CHARS:
        return False
    return any(
        len(line.text) >= settings.DENSITY_MIN_LINE_CHARS
        and line.link_chars <= settings.MAX_LINK_SHARE_IN_PARAGRAPH * len(line.text)
        and punctuation_count(line.text) > 0
        for line in lines[1:]
    )
