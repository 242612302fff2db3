"""One spelling for every byline separator (``fold``): full-width separators and digits to ASCII, whitespace
collapsed, a table's padded labels closed up (``作　者：``), joined roles spelled as one writer's label
(``文、图/``), a name padded to a column's width joined again (``陈 晓``). Moved out of ``bylinegrammar``
(session 9) to keep the tokenizer's module small."""

from __future__ import annotations

import re

from newscorpus.scrapers.bylinelabels import LABELS
from newscorpus.scrapers.bylinesurnames import DOUBLE, SINGLE, SINGLE_TRADITIONAL
from newscorpus.scrapers.numerals import numeral

__all__ = ["fold", "padded_names"]

_ALL = [label for labels in LABELS.values() for label in labels]
# Full-width separators are folded so "：", "｜", "／" match their ASCII label separators; 丨 (a CJK
# stroke used as a bar) too. Only separators and digits: an outlet's own characters ("人民网－人民日报",
# "新华网（北京）") are kept as shown.
_FOLD = str.maketrans(
    {
        **{chr(0xFF10 + d): str(d) for d in range(10)},
        "：": ":",
        "｜": "|",
        "丨": "|",
        "│": "|",
        # Bars and colons of other blocks that bylines use as separators: "文▏周洋", "作者︰高岩".
        "▏": "|",
        "┃": "|",
        "∣": "|",
        "︱": "|",
        "︰": ":",
        "∶": ":",
        "﹕": ":",
        "／": "/",
        # 聯合報's credit: "【聯合報╱記者林秀美／台北報導】" sets its outlet off by a box-drawing diagonal.
        "╱": "/",
        # "文＝山田太郎": Japanese credits separate label and name with an equals sign.
        "＝": "=",
        "，": ",",
        "；": ";",
        # "［责任编辑：X］": full-width square brackets close a credit as ASCII ones do.
        "［": "[",
        "］": "]",
        # "來源：星洲日報‧報道：X‧編輯：Y": Malaysian and Taiwanese bars part fields with the hyphenation point.
        "‧": "·",
        "＞": ">",
        "›": ">",
        "»": ">",
        "\u3000": " ",
        "\xa0": " ",
    }
)

# A label padded to a column's width ("作　者：", "来 源：", "撰 稿 人：", old government and school CMS tables): a
# space between its two or three characters, a separator after it or, alone in its table cell, the line's end; no
# Han character before it. One small pattern finds the shape (rare outside such tables); only a label is closed up.
_PADDED = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?: ([\u4e00-\u9fff]))?(?= ?:|$)")
_PADDED_LABELS = frozenset(label for label in (*_ALL, "时间", "日期") if len(label) in (2, 3) and not label.isascii())
_FOLD_CHARS = {chr(code): value for code, value in _FOLD.items()}
_FOLDABLE = re.compile("[" + re.escape("".join(_FOLD_CHARS)) + "]")
# Roles joined into one label ("文、图/", "文字、摄影：", "撰文&图片 "): not after Han, so "中文、图片…" is none;
# a separator or a space must follow, so "文、图片均来自网络" is text.
_WRITING_ROLES = frozenset({"文", "文字", "撰文", "采写", "採寫", "撰稿"})
_ROLES = "文字|撰文|采写|採寫|撰稿|文|图片|圖片|图|圖|摄影|攝影|摄|攝|视频|視頻"
# A middle dot joins them too ("文．攝影｜X", Taiwan's magazines), and fold makes "｜" a bar.
_ROLE_MARKS = ("、", "&", "．", "・", "·")
_ROLE_JOIN = re.compile(r"\s*[、&．・·]\s*")
_ROLE_LIST = re.compile(
    r"(?<![\u4e00-\u9fff])(?:" + _ROLES + r")(?:\s*[、&．・·]\s*(?:" + _ROLES + r"))+(?=\s*[:/|=]|\s)"
)

# The editor's label joined with a desk's checking role ("编辑/校对：X", "责任编辑、审核：X"): the one person edited
# the story (and checked it too), so the label is the editor's alone.
_EDITOR_AND_CHECKER = re.compile(
    r"((?:责任|責任)?(?:编辑|編輯))\s*[/、&]\s*(?:校对|校對|审核|審核|审校|審校|排版|美编|美編)(?=\s*:)"
)


# A dash opening an attribution under a text ("——摘自《读者》2009年第12期", "——据《参考消息》报道").
_DASHES = "—–－-"
_ATTRIBUTION_DASH = re.compile(r"^[—–－-]{1,4}\s*(?=摘自|摘编自|摘編自|选自|選自|转自|轉自|据|據|原载|原載|来源|來源)")

# What may follow a dateline's 电 (or 讯): the line's end, a space, a bracket or a separator.
_DATELINE_STOP = r"(?:$|[\s()（）\[\]【】〔〕,:|])"
# A wire dateline some templates space out ("柏林 12 日專電", "北京 3 月 5 日电"): written glued to its place, as
# every dateline reader expects it. Only before the stops above, so a word going on after 电 ("12 日电视台") is
# left alone.
_SPACED_DATELINE = re.compile(
    r"(?<=[\u4e00-\u9fff]) ?(?:\d{4} ?年 ?)?(?:\d{1,2} ?月 ?)?\d{1,2} ?日 ?[专專]?[电電](?=" + _DATELINE_STOP + ")"
)

# A dispatch's day written in Chinese numerals ("中央社記者X台北十八日電", "新华社北京十月五日电", "本报十二日讯"): in
# digits, as every dateline reader expects it. Only before the same stops as above (or 讯/消息), so a word going on
# after 电 ("同一日电视台") is left alone.
_NUMERAL_DATELINE = re.compile(
    r"(?:([〇一二三四五六七八九十]{1,3})月)?([一二三四五六七八九十]{1,3})日"
    r"(?=[专專]?[电電]" + _DATELINE_STOP + "|[讯訊]" + _DATELINE_STOP + "|消息)"
)
_MONTHS = range(1, 13)
_DAYS = range(1, 32)


# A CMS's field left unfilled in its template ("作者：[db:作者]　来源：[db:来源]", DedeCMS's "{dede:field.source/}"):
# the field's own name, never a value.
_TEMPLATE_FIELD = re.compile(r"\[db:[^\[\]]{1,20}\]|\{dede:[^{}]{1,40}\}")


def fold(text: str) -> str:
    """Full-width separators and digits to ASCII, whitespace collapsed: one spelling for every separator.

    Translating with ``_FOLD``, but not through str.translate, which looks every character of a Chinese
    line up in the table: the regex finds the few that are in it (3x faster over real bylines). str.split()
    splits at exactly the characters regex ``\\s`` matches, as the collapsing did before."""
    if "[db:" in text or "{dede:" in text:
        text = _TEMPLATE_FIELD.sub(" ", text)  # "来源：[db:来源]": the CMS printed its own unfilled field
    folded = " ".join(_FOLDABLE.sub(_folded, text).split())
    if folded[:1] in _DASHES:
        folded = _ATTRIBUTION_DASH.sub("", folded)  # "——摘自《读者》…": the dash only sets the credit off
    # Every match stands before a separator or ends the line (its last character Han, a space before it).
    if (":" in folded or folded[-2:-1] == " ") and _PADDED.search(folded):
        folded = _PADDED.sub(_unpadded, folded)  # "作　者：张三", "来 源：新华网": a table's label padded to width
    if " " in folded and ("电" in folded or "電" in folded):
        folded = _SPACED_DATELINE.sub(_unspaced, folded)
    if "日" in folded:
        folded = _NUMERAL_DATELINE.sub(_in_digits, folded)
    if "编辑" in folded or "編輯" in folded:
        folded = _EDITOR_AND_CHECKER.sub(r"\1", folded)
    return _joined_roles(folded) if any(mark in folded for mark in _ROLE_MARKS) else folded


def _unspaced(match: re.Match[str]) -> str:
    return match.group().replace(" ", "")


def _in_digits(match: re.Match[str]) -> str:
    month, day = (numeral(written) if written else None for written in match.groups())
    if day not in _DAYS or (month is not None and month not in _MONTHS):
        return match.group()  # "十十日": no day a dateline writes
    return (f"{month}月" if month else "") + f"{day}日"


def _unpadded(match: re.Match[str]) -> str:
    label = "".join(part for part in match.groups() if part)
    if label in _PADDED_LABELS:
        return label
    first, second, third = match.groups()
    # "王 平 来 源:": a padded name's last character, then the two of a padded label (the match took three).
    return f"{first} {second}{third}" if third and second + third in _PADDED_LABELS else match.group()


def _joined_roles(line: str) -> str:
    """``文、图/本报记者 郭鹏``, ``撰文&摄影：X``: one label naming several roles credits the text's writer, so it
    is spelled as the one label ``文图``; roles with no writer among them (``图、摄影：``) are left alone."""
    return _ROLE_LIST.sub(_as_writer_label, line)


def _as_writer_label(match: re.Match[str]) -> str:
    roles = _ROLE_JOIN.split(match.group())
    return "文图" if any(role.strip() in _WRITING_ROLES for role in roles) else match.group()


def _folded(match: re.Match[str]) -> str:
    return _FOLD_CHARS[match.group()]


# One Han character alone (moved here with padded_names from bylinenames, session 9 wave 2).
_ONE_HAN = re.compile(r"[\u4e00-\u9fff]")
# A given name after a double surname standing alone: one or two Han characters.
_GIVEN = re.compile(r"[\u4e00-\u9fff]{1,2}")
_SURNAMES = SINGLE | SINGLE_TRADITIONAL


def padded_names(tokens: list[str]) -> list[str]:
    """The parts of a bar with padded names joined again (``陈 晓`` -> ``陈晓``, ``欧阳 芳芳`` -> ``欧阳芳芳``): one
    lone Han character is never a name, so two in a row are one name a template padded to a width of three
    (``【责任编辑：陈 晓】``). A longer run is names only when it pairs up, each pair led by a common surname
    (``王 静 李 明``: two reporters aligned to a column); a run of three (``字号 大 中 小``, the font-size
    switch) or of pairs no surname leads (``上 一 下 一``) stays as it is."""
    merged: list[str] = []
    index = 0
    while index < len(tokens):
        if tokens[index] in DOUBLE and index + 1 < len(tokens) and _GIVEN.fullmatch(tokens[index + 1]):
            merged.append(tokens[index] + tokens[index + 1])  # "欧阳 芳芳": a double surname set off from the name
            index += 2
            continue
        end = index
        while end < len(tokens) and _ONE_HAN.fullmatch(tokens[end]):
            end += 1
        run = tokens[index:end]
        if _paired_names(run):
            merged += [first + second for first, second in zip(run[::2], run[1::2], strict=True)]
        else:
            merged += run or [tokens[index]]
        index = max(end, index + 1)
    return merged


# The font-size switch's links after the bar's last field ("责任编辑：蔡晴　大 小"): any two of 大 中 小, in its order.
_FONT_SIZE_PAIRS = frozenset({"大小", "大中", "中小"})


def _paired_names(run: list[str]) -> bool:
    """A run of lone characters that reads as padded names: exactly two, or pairs each led by a surname. The
    font-size switch's two links (``大 小``) are no name."""
    if len(run) == 2:
        return "".join(run) not in _FONT_SIZE_PAIRS
    return len(run) >= 4 and len(run) % 2 == 0 and all(first in _SURNAMES for first in run[::2])
