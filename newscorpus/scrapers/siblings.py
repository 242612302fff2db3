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
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from newscorpus import settings
from newscorpus.scrapers.blocks import Line, Walk
from newscorpus.scrapers.boilerplate import is_attachment
from newscorpus.scrapers.density import line_weight
from newscorpus.scrapers.feeds import Feeds
from newscorpus.scrapers.plausible import FOOTER, in_widget

# A post header's stamp line (short, a date with a time of day, no sentence end): the same test as threads'.
from newscorpus.scrapers.posts import is_stamp
from newscorpus.scrapers.topic import headline_pairs, pairs_of, repeats_headline

# A sentence or verse line ends with one of these, possibly followed by closing quotes or brackets; a
# label ("题记：") or a headline does not.
_SENTENCE_END = re.compile(r"[。！？!?；;…，,][”’」』）)】》\"']*$")
# id/class words of blocks that never continue a story (readability's "unlikely candidates", whole words).
_NOT_STORY = re.compile(
    r"(?<![A-Za-z0-9])(?:rec|recommend|related|relate|relative|hot|rank|share|tags?|about|ads?|"
    r"banner|nav|menu|breadcrumbs?|pager|pagination|next|prev|social|sponsor|footer|header|sidebar|comments?|"
    # the same boxes as Chinese templates name them in pinyin: 推荐, 相关, 评论, 分享, 热门, 广告
    r"tuijian|xiangguan|pinglun|fenxiang|remen|guanggao|"
    # a reference work's furniture around an entry: fact box, navigation box, reference list, contents
    r"infobox|navbox|reflist|references?|cankao|toc)(?![A-Za-z0-9])",
    re.I,
)
# A sentence's own punctuation: a fact box's label/value lines have none.
_SENTENCE_MARK = re.compile(r"[。！？!?；;，]")
# Elements that hold blocks: where an aside box sits inside a story container.
_BOX_TAGS = frozenset(
    {
        "div",
        "section",
        "aside",
        "nav",
        "table",
        "tbody",
        "tr",
        "td",
        "ul",
        "ol",
        "dl",
        "figure",
        "center",
        "header",
        "footer",
    }
)
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
        return bool(_NOT_STORY.search(_names(self.page, index)))

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
        if self.weight(kept) >= settings.SIBLING_MIN_WEIGHT_SHARE * self.chosen_weight():
            return True
        # A few short paragraphs after an ad: weak by weight, but every one of them is a finished sentence.
        return all(_SENTENCE_END.search(line.text) for line in kept)

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


def without_asides(page: Walk, chosen: int, lines: list[Line]) -> list[Line]:
    """The lines minus those inside a block under ``chosen`` named as an aside (推荐/related/share/tags box),
    made mostly of links (a navigation template, a reading list) or hidden by its inline style.

    Templates nest these boxes in the story container, a level or two down; a box holding most of the
    container is not an aside but a misnamed wrapper, so it is kept.
    """
    total = sum(len(line.text) for line in lines)
    starts = [line.start for line in lines]
    cut: list[tuple[int, int]] = []
    feeds = Feeds(page)
    level = [chosen]
    for _ in range(settings.ASIDE_LEVELS):
        below: list[int] = []
        for parent in level:
            for index in page.element_children(parent):
                stop = index + page.size(index)
                inside = lines[bisect_left(starts, index) : bisect_left(starts, stop)]
                if not inside:
                    continue
                if feeds.is_feed(index, inside):
                    cut.append((index, stop))  # a feed is no misnamed wrapper, however much of the container it is
                elif not _aside(page, index, inside):
                    if page.tags[index] in _BOX_TAGS:
                        below.append(index)
                elif sum(len(line.text) for line in inside) <= settings.ASIDE_MAX_SHARE * total:
                    cut.append((index, stop))
        level = below
    return _outside(lines, cut) if cut else lines


def _outside(lines: list[Line], cut: list[tuple[int, int]]) -> list[Line]:
    """The lines in none of the ``cut`` ranges, by bisection in the ranges merged (not a test per range)."""
    starts: list[int] = []
    stops: list[int] = []
    for start, stop in sorted(cut):
        if stops and start < stops[-1]:
            stops[-1] = max(stops[-1], stop)
        else:
            starts.append(start)
            stops.append(stop)
    return [line for line in lines if (at := bisect_right(starts, line.start) - 1) < 0 or line.start >= stops[at]]


def _aside(page: Walk, index: int, inside: list[Line]) -> bool:
    if page.tags[index] not in _BOX_TAGS:
        return _hidden(page, index)  # a <pre> or <span> is part of the story unless the page hides it
    return (
        bool(_NOT_STORY.search(_names(page, index)))
        or _link_box(inside)
        or _hidden(page, index)
        or _fact_box(page, index, inside)
    )


def _fact_box(page: Walk, index: int, lines: list[Line]) -> bool:
    """A box of short label/value lines, none a sentence: a poster's card (等级：版主, 积分：2210) beside a
    forum post, an encyclopedia's fact list (<dl> of 中文名 / 青石板桥)."""
    if len(lines) < settings.FACT_BOX_MIN_LINES:
        return False
    if any(len(line.text) > settings.FACT_BOX_MAX_CHARS or _SENTENCE_MARK.search(line.text) for line in lines):
        return False
    labelled = sum(":" in line.text or "：" in line.text for line in lines)
    return page.tags[index] == "dl" or labelled >= settings.FACT_BOX_LABEL_SHARE * len(lines)


def _hidden(page: Walk, index: int) -> bool:
    """Hidden by the template (style="display: none"): a reader never sees it, e.g. an editor's copy of a box."""
    style = (page.nodes[index].attributes.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _link_box(lines: list[Line]) -> bool:
    """A box of links (a navigation template, a reading list): mostly link text, attachments aside."""
    lines = [line for line in lines if not is_attachment(line.text)]
    chars = sum(len(line.text) for line in lines)
    return chars > 0 and sum(line.link_chars for line in lines) > settings.ASIDE_LINK_SHARE * chars


def _holds_prose(lines: list[Line]) -> bool:
    """Whether a line reads as prose: long and ending like a sentence (a byline or date line does not)."""
    return any(len(line.text) >= settings.PROSE_LINE_MIN_CHARS and _SENTENCE_END.search(line.text) for line in lines)


def _names(page: Walk, index: int) -> str:
    attributes = page.nodes[index].attributes
    return f"{attributes.get('id') or ''} {attributes.get('class') or ''}"
