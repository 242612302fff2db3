"""Sibling join: the rest of a story that the page split into neighbouring blocks.

Density scoring picks one container, but templates cut a story into sibling blocks: an ad or image
wrapper between two halves, a poem in one div and its notes in the next, a summary box above the text.
Like readability's sibling step, the blocks next to the chosen one are read outward from it, level by
level up the tree, and joined while they look like the story's own prose: no links, no widget name, no
headline repeat, no footer, and either a fair share of the chosen block's weight or sentences that all
end like sentences. The first block that fails ends the join on that side; empty blocks (images, ad
slots, scripts) are stepped over.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from newscorpus import settings
from newscorpus.scrapers.asides import named_aside
from newscorpus.scrapers.blocks import Line, Walk
from newscorpus.scrapers.density import line_weight
from newscorpus.scrapers.feeds import Feeds
from newscorpus.scrapers.plausible import FOOTER

# A post header's stamp line (short, a date with a time of day, no sentence end): the same test as threads'.
from newscorpus.scrapers.posts import is_stamp
from newscorpus.scrapers.topic import headline_pairs, pairs_of, repeats_headline
from newscorpus.scrapers.widgets import in_widget

# A sentence or verse line ends with one of these, possibly followed by closing quotes or brackets; a
# label ("题记：") or a headline does not.
_SENTENCE_END = re.compile(r"[。！？!?；;…，,][”’」』）)】》\"']*$")
# A references box's label (参考资料：, 参考文献): the notes' sources between two parts of a story (a poem's
# notes and its appreciation), stepped over like an image: what follows it is judged on its own.
_REFERENCES = re.compile(
    r"(?:(?:参考|參考)(?:资料|資料|文献|文獻|书目|書目)|(?:资料|資料)来源|References?)\s*(?:[:：]|$)", re.IGNORECASE
)
# A link to a picture file (a photo linked to its full size), not to a page.
_PICTURE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp)(?:[?#].*)?$")
# The page root is never a sibling's parent worth reading: its children are the whole page.
_ROOT_TAGS = frozenset({"body", "html"})


@dataclass(frozen=True)
class _Side:
    joined: list[int]  # sibling indexes joined, nearest first
    stopped: bool  # a sibling failed the test: the story ends here on this side


class _Siblings:
    def __init__(self, page: Walk, to_story: Callable[[list[Line]], list[str]], topic: str) -> None:
        self.page = page
        self.to_story = to_story
        self.pairs = headline_pairs(topic)
        self.starts = page.starts
        self.chosen: list[Line] = []  # the chosen body's lines and text, set by join_siblings
        self.story = ""
        self._chosen_weight: float | None = None
        self.feeds = Feeds(page)

    def lines(self, index: int) -> list[Line]:
        first = bisect_left(self.starts, index)
        last = bisect_left(self.starts, index + self.page.size(index))
        return self.page.lines[first:last]

    def children(self, parent: int) -> list[int]:
        found, child, end = [], parent + 1, parent + self.page.size(parent)
        while child < end:
            found.append(child)
            child += self.page.size(child)
        return found

    def repeats_story(self, kept: list[Line]) -> bool:
        """Whether most of the block's character pairs already occur in the chosen body."""
        own = pairs_of("".join(line.text for line in kept))
        return bool(own) and sum(pair in self.story for pair in own) >= settings.SIBLING_REPEAT_SHARE * len(own)

    def named_aside(self, index: int) -> bool:
        return named_aside(self.page, index)

    def chosen_weight(self) -> float:
        # Only a sibling that passes every other test needs it: most pages never pay for it.
        if self._chosen_weight is None:
            self._chosen_weight = self.weight(self.chosen)
        return self._chosen_weight

    def weight(self, lines: list[Line]) -> float:
        return sum(line_weight(line) for line in lines)

    def verdict(self, index: int) -> bool | None:
        """True: the story goes on here; False: it ends here; None: nothing of the story's to read, step over
        (an image with its caption, an ad slot, a short label)."""
        lines = self.lines(index)
        if lines and _REFERENCES.match(lines[0].text):
            return None
        chars = sum(len(line.text) for line in lines)
        story = set(self.to_story(lines))
        kept = [line for line in lines if line.text in story]
        small = chars <= settings.SIBLING_SKIP_MAX_CHARS
        if sum(len(line.text) for line in kept) < settings.DENSITY_MIN_LINE_CHARS:
            # Lines the story filter dropped for being boilerplate end the story; a caption does not.
            dropped = [line for line in lines if line.text not in story]
            return None if small or all(line.image_before for line in dropped) else False
        if self.boxed(index, lines, chars):
            return None if small else False  # "广告 了解详情" between two halves, or the related list after
        if FOOTER.search("\n".join(line.text for line in kept)):
            return False
        if self.pairs and any(repeats_headline(self.pairs, line.text) for line in kept):
            kept = [line for line in kept if not repeats_headline(self.pairs, line.text)]
            if not _holds_prose(kept):
                return False  # the title block: the story starts below it
            # Else a subheading or the lede's own heading that shares the headline's words: the story goes on.
        if self.feeds.feed_share(index) > settings.FEED_MAX_SHARE:
            return False  # a recommendation stream after the story: its snippets are punctuated, but not story
        if any(is_stamp(line.text) for line in lines[: settings.SIBLING_STAMP_LINES]):
            return False  # opens with its own date and time: another story's header, a comment, a post
        if self.repeats_story(kept):
            return None  # a summary box (摘要：) restating the lede: nothing new, and not the end either
        if self.card_opening(index, lines):
            return False  # a portrait or thumbnail linked with a name or title: an author's or a teaser's card
        if self.weight(kept) >= settings.SIBLING_MIN_WEIGHT_SHARE * self.chosen_weight():
            return True
        # A few short paragraphs after an ad: weak by weight, but every one of them is a finished sentence.
        return all(_SENTENCE_END.search(line.text) for line in kept)

    def card_opening(self, index: int, lines: list[Line]) -> bool:
        """Whether the block opens with a linked image and then a linked line (孟浩然's portrait and name over
        his bio, a teaser's thumbnail and title): a card. A story's photo links to the picture, if anywhere,
        and its caption is no link."""
        first = lines[0]
        if not first.link_chars:
            return False
        tags = self.page.tags
        return any(tags[at] == "img" and self.linked_away(index, at) for at in range(index + 1, first.start))

    def linked_away(self, index: int, image: int) -> bool:
        """Whether an <a> inside the block holds the image and links to a page rather than to a picture."""
        node = self.page.parent[image]
        while node > index:
            if self.page.tags[node] == "a":
                href = (self.page.nodes[node].attributes.get("href") or "").lower()
                return bool(href) and not _PICTURE.search(href)
            node = self.page.parent[node]
        return False

    def boxed(self, index: int, lines: list[Line], chars: int) -> bool:
        """A link block, a named aside or a widget: never the story's own text."""
        return (
            sum(line.link_chars for line in lines) > settings.SIBLING_MAX_LINK_SHARE * chars
            or self.named_aside(index)
            or in_widget(self.page, index)
        )

    def card(self, index: int) -> bool:
        """A short boxed block (an inline 相關文章 teaser with its summary): the story may resume after it."""
        lines = self.lines(index)
        chars = sum(len(line.text) for line in lines)
        return chars <= settings.SIBLING_CARD_MAX_CHARS and self.boxed(index, lines, chars)

    def side(self, siblings: list[int]) -> _Side:
        joined: list[int] = []
        cards = 0  # cards stepped over since the last block joined: the story ended at the first if none follows
        for index in siblings:
            verdict = self.verdict(index)
            if verdict is False:
                if cards < settings.SIBLING_CARD_RUN and self.card(index):
                    cards += 1
                    continue
                return _Side(joined, True)
            if verdict and cards and not self.weighty(index):
                return _Side(joined, True)  # a lone sentence after a card is a notice (免責聲明), not the story
            if verdict:
                joined.append(index)
                cards = 0
        return _Side(joined, cards > 0)

    def weighty(self, index: int) -> bool:
        lines = self.lines(index)
        story = set(self.to_story(lines))
        kept = [line for line in lines if line.text in story]
        return self.weight(kept) >= settings.SIBLING_MIN_WEIGHT_SHARE * self.chosen_weight()


def join_siblings(page: Walk, chosen: int, to_story: Callable[[list[Line]], list[str]], topic: str = "") -> list[Line]:
    """The chosen container's lines plus those of the sibling blocks that continue the story, in page order."""
    reader = _Siblings(page, to_story, topic)
    reader.chosen = reader.lines(chosen)
    reader.story = "\n".join(line.text for line in reader.chosen)
    blocks = [chosen]
    node = chosen
    # A side whose siblings all read as story (or were stepped over) stays open a level up: the title block
    # above a story's first half ends the before side, while the second half, past an ad, sits in a cousin.
    open_before = open_after = True
    for _ in range(settings.SIBLING_LEVELS):
        parent = page.parent[node]
        if parent < 0 or page.tags[parent] in _ROOT_TAGS:
            break
        siblings = reader.children(parent)
        at = siblings.index(node)
        before = reader.side(siblings[:at][::-1]) if open_before else _Side([], True)
        after = reader.side(siblings[at + 1 :]) if open_after else _Side([], True)
        if not (open_before and open_after):
            # One side only (the other ended below): a cousin continues the story only past something stepped
            # over, an ad or an image; a block right next to the story's wrapper is the page's next item.
            before, after = _past_gap(before, siblings[:at][::-1]), _past_gap(after, siblings[at + 1 :])
        blocks = [*before.joined, *blocks, *after.joined]
        open_before, open_after = not before.stopped, not after.stopped
        if not (open_before or open_after):
            break
        node = parent  # the parent reads as story on one side at least: its neighbours there may continue it
    if len(blocks) == 1:
        return reader.lines(chosen)
    return [line for index in sorted(blocks) for line in reader.lines(index)]


def _past_gap(side: _Side, siblings: list[int]) -> _Side:
    """The side as read when its first block joined lies past a stepped-over one, else nothing joined."""
    if side.joined and side.joined[0] == siblings[0]:
        return _Side([], True)
    return side


def _holds_prose(lines: list[Line]) -> bool:
    """Whether a line reads as prose: long and ending like a sentence (a byline or date line does not)."""
    return any(len(line.text) >= settings.PROSE_LINE_MIN_CHARS and _SENTENCE_END.search(line.text) for line in lines)
