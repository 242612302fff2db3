"""A Q&A page's best answer (百度知道's 最佳答案 or 满意回答, 推荐答案, 已采纳): the story a reader came for is the
answer, so its time and its answerer are the page's publish time and author, not the question's (README "Bylines":
Q&A). The answer's block runs from its badge to the next answers' heading (其他回答 …); in it the first line
holding a time of day is the answer's stamp, and its answerer is the 回答者 label's value, else the handle printed
beside the stamp or over the answerer's stats (采纳率, 等级, 五级). Tune batches hold seven such pages, labelled
alike by six writers. A health site's answerer is printed on a card: a name over a professional title (周慧敏 |
主治医师 | 医院 科室), opening the answer's block or right over the badge; a page with no badge that shows it answers
(回答时间, 医生回答) names its first answer's card (``answer_card``; six tune pages, four natural)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newscorpus import settings
from newscorpus.scrapers.blocks import SKIP_TAGS
from newscorpus.scrapers.bylinebare import PART_GAP, is_person
from newscorpus.scrapers.bylinechrome import is_bar_tool
from newscorpus.scrapers.bylinenames import PLACEHOLDERS
from newscorpus.scrapers.bylinetitles import without_honorific
from newscorpus.scrapers.bylineunits import PROFESSIONAL_TITLE
from newscorpus.scrapers.dates import parse_datetime

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser

_BADGE = re.compile(r"(?:最佳答案|最佳回答|满意回答|满意答案|推荐答案|已采纳|采纳答案|最佳答覆|最佳解答)")
# Where the answer's block ends: the other answers' heading, related questions, the asker's own rating of it.
_END = re.compile(r"^(?:其他|其它|更多)\S{0,4}?(?:回答|答案)|^相关问题|^等待您来回答|^提问者评价")
# A labelled answerer: the Q&A sites' own labels, or the writer's label any page uses (作者：X over the answer,
# where a template prints no card).
_ANSWERER = re.compile(r"^(?:回答者|答主|回答医生|解答医生|作者)\s*[:：]\s*(.*)$")
# A time of day: only a stamp with one is the answer's (a related question's bare date is not).
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_REVIEW_WORDS = ("审核", "審核", "审阅", "審閱", "审定", "審定")
# The answerer's stats and the answer's tools, printed beside the name: none of them is a name.
_STAT = re.compile(
    r"^(?:采纳率|等级|擅长|来自团队|来自|好评|差评|赞|踩|评论|分享|举报|链接|收藏|更多|编辑|[一二三四五六七八九十\d]+级"
    r"|\d[\d.,]*\s*[kKwW万]?\s*声望)"  # a community's reputation beside the name (江枫 | 4.2k 声望)
)
# The answerer's post or affiliation under the name the block opens with (周慧敏 | 主治医师, 陈建国 | 上海 执业律师).
_POST_MAX_CHARS = 20
# A card printed over the badge: its name, title and affiliation lines.
_CARD_REACH = 3
# What a Q&A page prints about its answers, a story page's expert box never.
# A health site's question is described under its own heading (病情描述, 问题描述：…) over the doctors' answers.
_ANSWER_CUE = re.compile(
    r"^(?:回答时间|回答時間|医生回答|醫生回答|医师回答|专家回答|提问者|提問者|提问时间|提問時間|病情描述|問題描述|问题描述)"
)
_CARD_SEPARATORS = "|｜·/ "
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
    # The walk joins a badge to the handle and stamp inline after it ("最佳答案小鱼2019-11-09 21:40"): a line
    # opening with the badge shows it; the elements below decide.
    if not any(_BADGE.match(line.strip()) for line in walked):
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
    # A professional's card (周慧敏 | 主治医师 | 某医院 儿科) opening the block, or printed right over the badge.
    answerer = _card(block, 0) or _answerer(block, stamp_at) or _card_above(lines, start)
    text = "".join("".join(block).split())
    return BestAnswer(published, None if answerer in PLACEHOLDERS else answerer, text)


def answer_card(tree: LexborHTMLParser, walked: list[str]) -> str | None:
    """The answerer a Q&A page with no best-answer badge names on the first answer's card: a name over a
    professional title (邱文婕 | 主治医师 | 市妇幼保健院 儿科), on a page that shows it answers (回答时间, 医生回答,
    提问者). A health site's answer list opens with the doctor it asked; a story page's expert box is no Q&A."""
    if not any(_ANSWER_CUE.match(line.strip()) for line in walked):
        return None
    lines = _element_lines(tree)
    return next((name for at in range(len(lines) - 1) if (name := _card(lines, at))), None)


# An answer's time in a card read as one line ("刘文 主治医师 医院 科室 回答时间：2022-09-09 19:37").
_ANSWER_TIME = re.compile(r"回答时间|回答時間|回答于|回答於")


def card_line(line: str) -> str | None:
    """The doctor a health answer's card names when read as one line: its first part, when a professional title
    follows it (as ``_card`` reads the card's elements) and the line shows the answer's time."""
    return _card(line.split(), 0) if _ANSWER_TIME.search(line) else None


def card_alone(line: str) -> str | None:
    """The doctor a card names in a byline string read alone, with no answer time (``韩雪梅 主治医师 济南市儿童医院
    儿科``, ``周慧敏 | 主治医师 | …``): the answer's writer (the natural batches, 4 of 4), a person's name only. On a
    page only a Q&A page reads cards (beside a story a card is a quoted expert's); a review word makes it a
    reviewer's (审核专家, 医生审核)."""
    if any(word in line for word in _REVIEW_WORDS):
        return None
    name = _card(PART_GAP.sub(" ", line).split(), 0)  # a folded line's bars and spaced dots part the card too
    return name if name and is_person(name) else None


def _card(lines: list[str], at: int) -> str | None:
    """``lines[at]`` when it is a name over a professional title alone on the next line."""
    if at + 1 >= len(lines) or not _name(lines[at]) or PROFESSIONAL_TITLE.fullmatch(lines[at + 1]) is None:
        return None
    return lines[at]


def _card_above(lines: list[str], badge: int) -> str | None:
    """A card printed over the badge (刘晓卿 | 主治医师 | 医院 科室 | 最佳答案)."""
    return next((name for at in range(max(0, badge - _CARD_REACH), badge) if (name := _card(lines, at))), None)


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
    """The answerer's handle, less a doctor's title glued after a person's name (``李强医生`` -> ``李强``; a handle
    such as ``骨科王医生`` names no person before the title and stays whole)."""
    handle = _handle(block, stamp_at)
    return without_honorific(handle) if handle else None


def _handle(block: list[str], stamp_at: int | None) -> str | None:
    for at, line in enumerate(block):
        if labelled := _ANSWERER.match(line):
            value = labelled.group(1).strip() or (block[at + 1] if at + 1 < len(block) else "")
            return value if _name(value) else None
    # The handle right after the stamp, else the one opening the block right over it, else the one the block
    # opens with over its post, else one printed over the answerer's stats.
    if stamp_at is not None and stamp_at + 1 < len(block) and _name(block[stamp_at + 1]):
        return block[stamp_at + 1]
    if stamp_at == 1 and _name(block[0]):
        return block[0]  # the handle alone over the stamp, the answer's text after both
    if len(block) > 1 and _name(block[0]) and _post(block[1]):
        return block[0]
    for at, line in enumerate(block[:-1]):
        # The stats may open with the separator the card prints between them and the name ("X" over "| 七级").
        if _name(line) and _STAT.match(block[at + 1].lstrip(_CARD_SEPARATORS)):
            return line
    return None


def _post(text: str) -> bool:
    """A short line of no sentence and no stamp: a post, a title or an affiliation."""
    return len(text) <= _POST_MAX_CHARS and not re.search(r"[，。！？,!?]", text) and not _CLOCK.search(text)


def _name(text: str) -> bool:
    return bool(_HANDLE.fullmatch(text)) and not text.isdigit() and not _STAT.match(text) and not is_bar_tool(text)
