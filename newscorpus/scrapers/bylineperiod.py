"""A classical text's writer printed beside the period (dynasty) poetry and classics sites tag him with, the
line holding nothing else: ``王维 〔唐代〕``, ``【唐代】杜甫``, ``唐·王维``, ``王维（唐）``, ``唐代：王维``. The
period goes, as a modern writer's nationality does (README "names and their neighbours"). One module for every
spelling (sessions 12-14 had two)."""

from __future__ import annotations

import re

from newscorpus.scrapers.bylinebare import TRAILING_FIELD, is_person

__all__ = ["period_writer"]

_WORD = r"(?:先秦|两汉|汉代|魏晋|南北朝|隋代|唐代|五代|宋代|金朝|元代|明代|清代|近代|近现代|现代|当代)"
_CHAR = r"[汉唐宋元明清]"
_OPEN, _CLOSE = r"[〔\[［(（【]", r"[〕\]］)）】]"
_NAME = r"([\u4e00-\u9fff][\u4e00-\u9fff·]{1,7})"  # a dot may join a name ("纳兰·性德"), never lead it
# "王维 〔唐代〕", and a bar's separator between the two parts ("王维 | 〔唐代〕", "王维 / 唐代").
_AFTER = re.compile(_NAME + rf"\s*(?:{_OPEN}\s*{_WORD}\s*{_CLOSE}|[|/]\s*(?:{_OPEN}\s*)?{_WORD}(?:\s*{_CLOSE})?)")
# "【唐代】杜甫", "〔宋〕苏轼": the period printed before the writer's name.
_FIRST = re.compile(rf"{_OPEN}\s*(?:{_WORD}|{_CHAR})\s*{_CLOSE}\s*" + _NAME)
# Spellings whose name must be a person's led by a common surname ("唐·传奇" is a genre): a period joined to the
# name by a middle dot ("唐·王维", "[唐]·李白"), one character in brackets after the name ("王维（唐）").
_DOT = re.compile(rf"{_OPEN}?(?:{_WORD}|{_CHAR}){_CLOSE}?\s*[·・]\s*([\u4e00-\u9fff]{{2,4}})")
# A whole period word joined by a colon ("唐代：王维", a poem site's line under the title): only in the byline
# region, as a line alone it heads a paragraph as often ("唐代：盛世"); "唐：" opens a note.
_COLON = re.compile(_WORD + r"\s*[:：]\s*([\u4e00-\u9fff]{2,4})")
_CHAR_AFTER = re.compile(rf"([\u4e00-\u9fff]{{2,4}})\s*[〔\[［(（]{_CHAR}[〕\]］)）]")


def period_writer(line: str, colon: bool = False) -> str | None:
    """The writer the line credits beside his period, or None; ``colon``: the line is under a headline, where
    ``唐代：王维`` credits the poet."""
    if ":" in line:  # "王维 〔唐代〕 来源：古诗文网": a labelled field is another part of the bar
        line = TRAILING_FIELD.sub("", line)
    if match := _AFTER.fullmatch(line) or _FIRST.fullmatch(line):
        return match.group(1)
    match = _DOT.fullmatch(line) or _CHAR_AFTER.fullmatch(line) or (_COLON.fullmatch(line) if colon else None)
    return match.group(1) if match and is_person(match.group(1)) else None
