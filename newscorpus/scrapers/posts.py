"""Forum threads: when the chosen body is a list of posts, the story is the first post.

Density scoring adds up prose, and in a thread the replies together outweigh the opening post: the whole
post list, or one long reply joined with its neighbours, wins. A post list is recognisable without site
knowledge: sibling blocks of one shape (same tag and class) that each carry their own short time stamp
line ("发表于 2023-5-14 21:46", "发贴时间：2021/10/12 22:47:09"), with no prose above the first of
them inside their parent. Paragraphs of one story repeat a shape too, but they do not each carry a time.
A live blog's entries do too, but newest first (a thread opens with its oldest post), and they are short:
the first post must be the oldest and hold a story of its own length, or the body is left as it was.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from newscorpus import settings
from newscorpus.scrapers.blocks import Line, Walk

# A date with a time of day, as post headers print them: 2023-5-14 21:46, 2021/10/12 22:47:09, 2019年4月16日 08:12.
_STAMP = re.compile(r"(\d{2,4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s+(\d{1,2}):(\d{2})")
_PROSE_END = re.compile(r"[。！？!?]")


def first_post(page: Walk, chosen: int, to_story: Callable[[list[Line]], list[str]]) -> int | None:
    """Walk index of the thread's first post when ``chosen`` is, or lies in, a list of posts; else None."""
    stamps = [line.start for line in page.lines if is_stamp(line.text)]
    if len(stamps) < settings.POST_LIST_MIN_POSTS:
        return None  # most pages: no thread, and no more work
    starts = [line.start for line in page.lines]
    node = chosen
    for _ in range(settings.POST_LIST_LEVELS):
        if node < 0:
            return None
        posts = _posts_under(page, node, stamps)
        if posts and (node == chosen or any(_holds(page, post, chosen) for post in posts)):
            first = posts[0]
            if _prose_before(page, node, first, starts):
                return None  # a story above a comment list: the posts are its comments, not the thread
            if _stamp_of(page, posts[1], starts) < _stamp_of(page, first, starts):
                return None  # newest first: a live blog or a comment list, not a thread opened by its first post
            story = to_story(_lines(page, first, starts))
            return first if sum(len(line) for line in story) >= settings.FIRST_POST_MIN_CHARS else None
        node = page.parent[node]
    return None


def _posts_under(page: Walk, parent: int, stamps: list[int]) -> list[int]:
    """The children of ``parent`` of one shape that each carry a time stamp line, when enough do."""
    groups: dict[tuple[str, str], list[int]] = {}
    for child in page.element_children(parent):
        at = bisect_left(stamps, child)
        if at < len(stamps) and stamps[at] < child + page.size(child):
            groups.setdefault(_shape(page, child), []).append(child)
    posts = max(groups.values(), key=len, default=[])
    return posts if len(posts) >= settings.POST_LIST_MIN_POSTS else []


def is_stamp(text: str) -> bool:
    """A post header's line: short, no sentence end, a date with a time of day."""
    if len(text) > settings.POST_STAMP_MAX_CHARS or ":" not in text:
        return False  # the time of day's colon: most lines hold none, and need no search
    return bool(_STAMP.search(text)) and not _PROSE_END.search(text)


def _stamp_of(page: Walk, post: int, starts: list[int]) -> tuple[int, ...]:
    """The post's first time stamp as numbers (year, month, day, hour, minute): posts of a page share a format."""
    for line in _lines(page, post, starts):
        if is_stamp(line.text) and (match := _STAMP.search(line.text)):
            return tuple(int(part) for part in match.groups())
    return ()


def _prose_before(page: Walk, parent: int, first: int, starts: list[int]) -> bool:
    lines = page.lines[bisect_left(starts, parent) : bisect_left(starts, first)]
    return any(len(line.text) >= settings.PROSE_LINE_MIN_CHARS and _PROSE_END.search(line.text) for line in lines)


def _shape(page: Walk, index: int) -> tuple[str, str]:
    return page.tags[index], page.nodes[index].attributes.get("class") or ""


def _holds(page: Walk, outer: int, inner: int) -> bool:
    return outer <= inner < outer + page.size(outer)


def _lines(page: Walk, index: int, starts: list[int]) -> list[Line]:
    return page.lines[bisect_left(starts, index) : bisect_left(starts, index + page.size(index))]
