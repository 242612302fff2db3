"""Where a story's readers' section starts: the comments a page prints under the story, inside the same
wrapper (an HTML fragment has nothing else) or in a footer the sibling join read as the story going on.

A general shape, not a site's markup: a short heading that names the readers' section (评论 (6), 网友评论,
共23条评论, 网友留言（请文明发言）), followed by comments that each carry their own date and time of day
("安仁老乡 10-26 18:22", "老树：读得眼睛发酸。2016-03-12 21:30"), or by nothing a story would say. A
story's own subheading "评论" quoting readers without times is kept; a live blog whose section is headed
网友评论 and whose entries carry times is cut (the one way this misfires).
"""

from __future__ import annotations

import re

from newscorpus import settings
from newscorpus.scrapers.blocks import Line
from newscorpus.scrapers.text import SENTENCE_END_CHARS

# The section's heading: an optional qualifier, the word, an optional count and an optional bracketed note
# ("网友评论 （请文明发言，评论经审核后显示）", "全部评论(12)", "共23条评论", "跟帖 56").
_HEADING = re.compile(
    r"(?:(?:全部|热门|熱門|最新|网友|網友|用户|用戶|读者|讀者|访客|訪客|精彩|相关|相關|我要|发表|發表)\s*)?"
    r"(?:评论|評論|留言|跟帖|跟贴)(?:区|區|列表)?"
    # A reply section is named so only with its qualifier: a bare 回复 is a forum's button.
    r"|(?:全部|热门|熱門|最新|网友|網友)\s*(?:回复|回覆)"
    r"|(?:共|已有)?\s*\d+\s*[条條]\s*(?:评论|評論|留言|回复|回覆)"
)
_COUNT_OR_NOTE = re.compile(r"\s*(?:[（(][^（()）]*[)）]|\d+\s*[条條]?)?\s*(?:下一页|下一頁|更多)?\s*")
# Every heading holds one of these: one substring test rules out nearly every line.
_HEADING_MARKS = ("评", "評", "留言", "帖", "贴", "回复", "回覆")
# A comment's own stamp: a month and day with a time of day (10-26 18:22, 2016-03-12 21:30, 5月3日 08:15),
# or a relative time (3小时前, 刚刚).
_STAMP = re.compile(r"\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}|\d+\s*(?:分钟|分鐘|小时|小時|天)前|刚刚|剛剛")


def is_comments_heading(text: str) -> bool:
    """A short line that is only the readers' section heading, with its count or note."""
    if len(text) > settings.COMMENTS_HEADING_MAX_CHARS or not any(map(text.__contains__, _HEADING_MARKS)):
        return False
    found = _HEADING.search(text)
    if found is None or text[: found.start()].strip():
        return False
    rest = text[found.end() :]
    # A row of the section's tabs read as one line ("跟贴 热门跟贴", "评论 最新评论") is the heading too.
    return _COUNT_OR_NOTE.fullmatch(rest) is not None or (rest[:1].isspace() and is_comments_heading(rest.strip()))


def cut_comments(lines: list[Line]) -> list[Line]:
    """The story's lines up to its readers' section: the heading and everything after it go, when the
    heading follows the story's prose and comments with their own times (or nothing of a story's) follow."""
    return lines[: comments_start([line.text for line in lines])]


def comments_start(texts: list[str]) -> int:
    """Where the readers' section of ``cut_comments`` starts in a story's texts; their length when none does.
    A site rule's body takes the same cut: another template's body element may wrap the comments too."""
    for index, text in enumerate(texts):
        if index and is_comments_heading(text) and _prose(texts[:index]) and _comments(texts[index + 1 :]):
            return index
    return len(texts)


def _prose(texts: list[str]) -> bool:
    return any(len(text) >= settings.PROSE_LINE_MIN_CHARS for text in texts)


def _comments(after: list[str]) -> bool:
    """Comments with their own times right after the heading, or no story sentence anywhere after it."""
    window = after[: settings.COMMENTS_STAMP_WINDOW]
    if sum(bool(_STAMP.search(text)) for text in window) >= settings.COMMENTS_MIN_STAMPS:
        return True
    return not any(len(text) >= settings.PROSE_LINE_MIN_CHARS and text[-1] in SENTENCE_END_CHARS for text in after)
