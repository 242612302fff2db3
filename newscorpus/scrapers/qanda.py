"""A Q&A page's best answer (百度知道's 最佳答案 or 满意回答, 推荐答案, 已采纳): the story a reader came for is the
answer, so its time and its answerer are the page's publish time and author, not the question's (README "Bylines":
Q&A). The answer's block runs from its badge to the next answers' heading (其他回答 …); in it the first line
holding a time of day is the answer's stamp, and its answerer is the 回答者 label's value, else the handle printed
beside the stamp or over the answerer's stats (采纳率, 等级, 五级). Tune batches hold seven such pages, labelled
alike by six writers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newscorpus import settings
from newscorpus.scrapers.blocks import SKIP_TAGS
from newscorpus.scrapers.bylinechrome import is_bar_tool
from newscorpus.scrapers.bylinenames import PLACEHOLDERS
from newscorpus.scrapers.dates import parse_datetime

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser

_BADGE = re.compile(r"(?:最佳答案|最佳回答|满意回答|满意答案|推荐答案|已采纳|采纳答案|最佳答覆|最佳解答)")
# Where the answer's block ends: the other answers' heading, related questions, the asker's own rating of it.
_END = re.compile(r"^(?:其他|其它|更多)\S{0,4}?(?:回答|答案)|^相关问题|^等待您来回答|^提问者评价")
_ANSWERER = re.compile(r"^回答者\s*[:：]\s*(.*)$")
# A time of day: only a stamp with one is the answer's (a related question's bare date is not).
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
# The answerer's stats and the answer's tools, printed beside the name: none of them is a name.
_STAT = re.compile(
    r"^(?:采纳率|等级|擅长|来自团队|来自|好评|差评|赞|踩|评论|分享|举报|链接|收藏|更多|编辑|[一二三四五六七八九十\d]+级"
    r"|\d[\d.,]*\s*[kKwW万]?\s*声望)"  # a community's reputation beside the name (江枫 | 4.2k 声望)
)
# The answerer's post or affiliation under the name the block opens with (周慧敏 | 主治医师, 陈建国 | 上海 执业律师).
_POST_MAX_CHARS = 20
_HANDLE = re.compile(r"[^\s:：|｜，。！？,!?()（）]{2,20}")


@dataclass(frozen=True)
class BestAnswer:
    published_at: str | None
    answerer: str | None  # None: not shown, or a placeholder (热心网友, 匿名)
    text: str  # the block's text, its whitespace removed: which of the story's paragraphs are the answer's

    def holds(self, paragraph: str) -> bool:
        return "".join(paragraph.split()) in self.text


def best_answer(tree: LexborHTMLParser, walked: list[str]) -> BestAnswer | None:
    """The best answer's stamp and answerer; None on a page with no badge. ``walked`` (the walk's lines, which
    join inline elements: ``2013-05-14 10:02厨房老王采纳率：61%``) only tells whether a badge is shown; the block
    is read element by element."""
    if not any(_BADGE.fullmatch(line.strip()) for line in walked):
        return None
    lines = _element_lines(tree)
    start = next((at for at, line in enumerate(lines) if _BADGE.fullmatch(line)), None)
    if start is None:
        return None
    block: list[str] = []
    for line in lines[start + 1 : start + 1 + settings.QA_ANSWER_MAX_LINES]:
        if _END.match(line.strip()):
            break
        block.append(line.strip())
    stamp_at = next((at for at, line in enumerate(block) if _stamp(line)), None)
    published = parse_datetime(block[stamp_at]) if stamp_at is not None else None
    answerer = _answerer(block, stamp_at)
    text = "".join("".join(block).split())
    return BestAnswer(published, None if answerer in PLACEHOLDERS else answerer, text)


def _element_lines(tree: LexborHTMLParser) -> list[str]:
    """The page's visible text, one line per text node (the walk's unreadable tags left out)."""
    root = tree.body if tree.body is not None else tree.root
    if root is None:
        return []
    lines: list[str] = []
    for node in root.traverse(include_text=True):
        shown = node.tag == "-text" and node.parent is not None and node.parent.tag not in SKIP_TAGS
        if shown and (text := (node.text_content or "").strip()):
            lines.append(text)
    return lines


def _stamp(line: str) -> bool:
    return len(line) <= settings.QA_STAMP_MAX_CHARS and _CLOCK.search(line) is not None and bool(parse_datetime(line))


def _answerer(block: list[str], stamp_at: int | None) -> str | None:
    for at, line in enumerate(block):
        if labelled := _ANSWERER.match(line):
            value = labelled.group(1).strip() or (block[at + 1] if at + 1 < len(block) else "")
            return value if _name(value) else None
    # The handle right after the stamp, else the one the block opens with over its post, else one printed over
    # the answerer's stats.
    if stamp_at is not None and stamp_at + 1 < len(block) and _name(block[stamp_at + 1]):
        return block[stamp_at + 1]
    if len(block) > 1 and _name(block[0]) and _post(block[1]):
        return block[0]
    for at, line in enumerate(block[:-1]):
        if _name(line) and _STAT.match(block[at + 1]):
            return line
    return None


def _post(text: str) -> bool:
    """A short line of no sentence and no stamp: a post, a title or an affiliation."""
    return len(text) <= _POST_MAX_CHARS and not re.search(r"[，。！？,!?]", text) and not _CLOCK.search(text)


def _name(text: str) -> bool:
    return bool(_HANDLE.fullmatch(text)) and not text.isdigit() and not _STAT.match(text) and not is_bar_tool(text)
