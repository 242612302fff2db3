"""Which of a body's lines are story text: not the headline again, not a link line, a photo caption, a
notice or binary junk. The generic extractor and every site rule keep paragraphs by the same tests.

Split from ``generic`` (which chooses the body): the rules' helpers (``sitekit``) read it without the extractor.
"""

from __future__ import annotations

import re

from newscorpus import settings
from newscorpus.scrapers.blocks import Line
from newscorpus.scrapers.boilerplate import both_forms, is_attachment, is_notice
from newscorpus.scrapers.bylinecredits import dated_outlet
from newscorpus.scrapers.text import SENTENCE_END_CHARS

# How Chinese captions end: the photographer's credit ("通讯员刘娟 摄", "記者王騰毅／攝影"), "...的报道截图。",
# or a bracketed picture credit after the sentence ("（讀者提供）", "（資料照）", "（中央社檔案照片）",
# "（资料图片／张三摄）"). A story sentence credits its data before its full stop: "…（数据由市统计局提供）。".
_CAPTION_CREDIT = re.compile(
    # "…张磊摄（人民视觉）": the photographer, then the agency that sold the picture.
    both_forms(
        r"\s摄[)）]?$|(记者|通讯员|摄影)\s*\S{2,4}\s*摄[)）]?$|截图。?$|[(（]\S{2,4}摄[)）]$|[／/]\s*摄影$"
        r"|摄\s*[(（][^()（）]{2,10}[)）]$"
    )
    + r"|[(（][^()（）]{0,16}(?:提供|供[图圖]|[资資]料[照图圖]|[档檔]案[照图圖]|照片|[图圖]片|[摄攝])"
    + r"[^()（）]{0,12}[)）]$"
)
# The last character of every credit _CAPTION_CREDIT reads (each ends at ``$``): a line ending otherwise
# (most lines: a sentence's full stop) needs no search. ``$`` also matches before a final newline.
_CAPTION_ENDS = frozenset("摄攝)）。图圖影")
_WORD = re.compile(r"[\w\u3400-\u9fff]")
# Control characters and runs of undecodable bytes never occur in a story: the input was binary.
_BINARY = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]|[\ufffd\ue000-\uf8ff].*[\ufffd\ue000-\uf8ff]")
# Every character _BINARY needs: one class search rules out nearly every line five times faster.
_BINARY_CHAR = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd\ue000-\uf8ff]")
# A breadcrumb trail: three or more short steps between arrows and no sentence in it ("首页 > 武侠仙侠 >
# 青崖刀 > 第一百二十七章", "笔趣阁 › 玄幻小说 › 青云问道"). A how-to's path inside a sentence has punctuation.
_BREADCRUMB = re.compile(r"[^>›»→。！？，；=]{1,30}(?:\s*(?:>>?|›|»|→)\s*[^>›»→。！？，；=]{1,30}){2,}")
# A time of day alone on its line, maybe after its date (a live blog's entry stamp "15:05", "2024-03-12
# 09:30"): a date line, which the paragraph rules leave out, not a paragraph of the story.
_CLOCK_LINE = re.compile(
    r"(?:(?:\d{2,4}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*)?\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?"
)


# A caption that is a sentence of its own before its credit, ended by its full stop ("…观看民俗表演。新华社记者 X 摄").
_CAPTION_SENTENCE = re.compile(r"[^。！？]{8,}[。！？]")


def story_paragraphs(lines: list[str], title: str | None, link_texts: set[str]) -> list[str]:
    """Story lines out of a body's lines: no title repeat, no link-only lines, no boilerplate."""
    return [line for line in lines if line not in link_texts and _is_story_text(line, title)]


def paragraphs_of(lines: list[Line], title: str | None) -> list[str]:
    """The story's paragraphs among a body's walked lines: no link lines, captions or boilerplate."""
    kept: list[str] = []
    captions: list[str] = []
    for at, line in enumerate(lines):
        linked = line.link_chars > settings.MAX_LINK_SHARE_IN_PARAGRAPH * len(line.text)
        # A caption is its own element; a short line the text runs on from in the same block (after a
        # <br>) is a subheading that happens to follow an image.
        runs_on = at + 1 < len(lines) and lines[at + 1].block == line.block
        # A linked file name is an attachment of the story (附件：1.申请表.docx), not navigation.
        if linked and not is_attachment(line.text):
            continue
        if _is_caption(line, runs_on):
            captions.append(line.text)
            continue
        if _is_story_text(line.text, title):
            kept.append(line.text)
    if any(not SENTENCE_END_CHARS.isdisjoint(text) for text in kept):
        return kept
    # No sentence of the story's own beside the captions (a gallery's "图集说明" heading over them): the
    # captions tell it, where enough of them are sentences.
    return told_by_captions(captions) or kept


# An editor's standfirst labelled as one at the story's head: "摘要：…", "【摘要】…", "导读：…", or the label alone on
# its line (eastmoney's <div class=b-review>摘要</div>) over the summary. A summary of the story, not its text.
# The label needs its colon or bracket, or stands alone (or before a bracketed headline, spaced or glued: eastmoney's
# "摘要 【…】…", "摘要【…】…"):
# "摘要显示，…" opens a sentence about a summary.
_STANDFIRST_LABEL = re.compile(
    r"^(?:【(?:内容)?(?:摘要|导读|导语|導讀|導語)】\s*[:：]?|(?:内容摘要|内容提要|摘要|导读|导语|導讀|導語)(?:\s*[:：]|\s*(?=【)|$))\s*"
)


def without_standfirst(paragraphs: list[str]) -> list[str]:
    """The story's paragraphs less a labelled standfirst opening them (``_STANDFIRST_LABEL``); a page whose text is
    nothing but the summary keeps it (an empty story would lose the only text there is)."""
    if not paragraphs or (label := _STANDFIRST_LABEL.match(paragraphs[0])) is None:
        return paragraphs  # most stories: no label opens them, one regex test
    summary = 2 if label.end() == len(paragraphs[0]) else 1  # the label alone over the summary, or both in one line
    return paragraphs[summary:] if len(paragraphs) > summary else paragraphs


def told_by_captions(captions: list[str]) -> list[str]:
    """A photo story with no text but its captions (新华网's gallery: "2月10日，游客在…观看民俗表演。新华社记者 李鑫
    摄", one per picture): the captions, each a sentence of its own, tell the story, so they are its paragraphs."""
    sentences = [caption for caption in captions if _CAPTION_SENTENCE.search(caption)]
    return sentences if len(sentences) >= settings.CAPTION_STORY_MIN_SENTENCES else []


def _is_story_text(line: str, title: str | None) -> bool:
    if len(line) < settings.MIN_PARAGRAPH_CHARS or line == title or not _WORD.search(line):
        return False
    if _BINARY_CHAR.search(line) and _BINARY.search(line):
        return False
    # Four substring tests first: most lines hold no arrow, and the trail's pattern is slower.
    if (">" in line or "›" in line or "»" in line or "→" in line) and _BREADCRUMB.fullmatch(line):
        return False
    if line[-1].isdigit() and _CLOCK_LINE.fullmatch(line):
        return False
    if line[:1] in "《「" and dated_outlet(line):
        return False  # "《人民日报》（2007年03月06日 第一版）": the print edition's credit under the story (3:0 labels)
    return not is_notice(line)


def credited_caption(text: str) -> bool:
    """A short line closed by a photo credit (周斌 摄, 张磊摄（人民视觉）, 报道截图): a caption wherever it is."""
    return len(text) <= settings.CREDITED_CAPTION_MAX_CHARS and _credited(text)


def _credited(text: str) -> bool:
    ends = text[-1:] in _CAPTION_ENDS or text.endswith("\n")
    return ends and _CAPTION_CREDIT.search(text) is not None


def _is_caption(line: Line, runs_on: bool = False) -> bool:
    """A photo caption: short, and either credited like one (周斌 摄, 报道截图) or right after an image and
    not followed by more text of its own block."""
    text = line.text
    if credited_caption(text):
        return True
    return (
        line.image_before
        and not runs_on
        and len(text) <= settings.CAPTION_MAX_CHARS
        and SENTENCE_END_CHARS.isdisjoint(text)
        and "，" not in text
    )
