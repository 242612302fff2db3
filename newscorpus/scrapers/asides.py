"""Boxes inside the chosen story container that are not the story: named asides (推荐/related/share/tags),
link boxes, fact boxes, feeds and hidden copies, cut from the story's lines (``without_asides``)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from newscorpus import settings
from newscorpus.scrapers.blocks import Line, Walk
from newscorpus.scrapers.boilerplate import is_attachment
from newscorpus.scrapers.feeds import Feeds

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
BOX_TAGS = frozenset(
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
                    if page.tags[index] in BOX_TAGS:
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
    if page.tags[index] not in BOX_TAGS:
        return _hidden(page, index)  # a <pre> or <span> is part of the story unless the page hides it
    return named_aside(page, index) or _link_box(inside) or _hidden(page, index) or _fact_box(page, index, inside)


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


def named_aside(page: Walk, index: int) -> bool:
    """Whether the element's id or class names a box that never continues a story."""
    return bool(_NOT_STORY.search(_names(page, index)))


def _names(page: Walk, index: int) -> str:
    attributes = page.nodes[index].attributes
    return f"{attributes.get('id') or ''} {attributes.get('class') or ''}"
