"""The byline tokenizer: one byline string cut into labelled fields (作者/来源/责任编辑/… and their values).

A byline bar is a run of ``label value`` pairs glued together with times, counters and separators
(``2019-09-26 12:11来源：证券时报网作者：李在山``, ``发表于… | 1164次阅读 | 来源CSDN | 作者魏星``). The
tokenizer finds every label, cuts the text between two labels into that label's value, and cuts each
value again at times and field separators, so a value never carries the next field along. What a value
means (names, outlet) is decided in ``bylinenames``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Kinds of label. "other" labels (时间, 浏览, 校对, 原标题 …) only end the value before them.
AUTHOR, REPORTER, SOURCE, EDITOR, PHOTO, ACCOUNT, OTHER = (
    "author",
    "reporter",
    "source",
    "editor",
    "photo",
    "account",
    "other",
)

# Labels by kind, longest first within each alternative so 责任编辑 wins over 编辑.
_LABELS: dict[str, tuple[str, ...]] = {
    EDITOR: ("责任编辑", "本文编辑", "值班编辑", "编辑", "责编", "Editor", "EDITOR"),
    # 供稿/来稿单位/发布机构: the unit a university or government page credits the story to (README).
    SOURCE: (
        "本文来源",
        "文章来源",
        "稿件来源",
        "新闻来源",
        "内容来源",
        "信息来源",
        "来源",
        "稿源",
        "转自",
        "转载自",
        "来源于",
        "出处",
        "供稿单位",
        "来稿单位",
        "供稿",
        "发布机构",
        "发布单位",
        "Source",
        "SOURCE",
    ),
    REPORTER: (
        "本报特约记者",
        "本报见习记者",
        "本报实习记者",
        "本报记者",
        "特约记者",
        "见习记者",
        "实习记者",
        "首席记者",
        "全媒体记者",
        "融媒体记者",
        "记者",
        "通讯员",
        # "记者 张三 实习生 李四": an intern co-writing the story is one of its writers.
        "实习生",
    ),
    AUTHOR: (
        "作者",
        "撰文",
        "撰稿",
        "采写",
        "编译",
        "口述",
        "整理",
        "文字",
        "图文",
        "文/图",
        "图/文",
        "文·图",
        "图·文",
        "文",
        "Author",
        "AUTHOR",
    ),
    # 写真/撮影: a Japanese page's photographer credit ("文／鈴木一郎　写真／田中美穂").
    PHOTO: ("图片来源", "图片来自", "摄影", "图片", "摄", "图", "写真", "撮影"),
    ACCOUNT: ("头条号", "企鹅号", "大风号", "百家号", "公众号", "网易号", "澎湃号", "搜狐号", "一点号"),
    OTHER: (
        "原标题",
        "资料来源",
        "发布时间",
        "发稿时间",
        "发表时间",
        "更新时间",
        "时间",
        "日期",
        "发表于",
        "发布于",
        "更新于",
        "浏览量",
        "浏览",
        "阅读量",
        "阅读",
        "点击",
        "评论",
        "举报",
        "字号",
        "字体",
        "分享",
        "校对",
        "审核",
        "审校",
        "终审",
        "监制",
        "策划",
        "统筹",
        "出品",
        "制作",
        "作者单位",
        "作者简介",
        "译者",
        "翻译",
        "海报",
        "设计",
        "美编",
        "视频",
        "剪辑",
        "排版",
        "广告",
        "收藏",
        "打印",
        "纠错",
        "关闭",
    ),
}
# Hong Kong and Taiwan pages print the same labels in traditional characters (來源, 記者, 責任編輯, 發佈時間):
# every label is read in both spellings. Only the characters labels use are mapped, and only labels are
# translated: names and outlets are kept as shown.
_HANT = str.maketrans(
    "来记编辑责报讯电摄图实见习闻发时间览阅点击评论号对审标题转处译写单资员统筹计设频广纠错关闭简视终监",
    "來記編輯責報訊電攝圖實見習聞發時間覽閱點擊評論號對審標題轉處譯寫單資員統籌計設頻廣糾錯關閉簡視終監",
)
_HANS = {traditional: simplified for simplified, traditional in _HANT.items()}


def _both_spellings(labels: tuple[str, ...]) -> tuple[str, ...]:
    variants = [label.translate(_HANT) for label in labels]
    return labels + tuple(dict.fromkeys(v for v in variants if v not in labels))


_LABELS = {kind: _both_spellings(labels) for kind, labels in _LABELS.items()}
_LABELS[OTHER] += ("發佈時間", "最後更新")


def canonical(label: str) -> str:
    """A label in simplified characters: "責任編輯" -> "责任编辑" (the rules below name the simplified one)."""
    return label.translate(_HANS)


# Labels that must be followed by a separator (":", "/", "|", ">") to count: alone they are words of prose
# or parts of names ("文刃", "图书", "摄像", "阅读" in a headline, "编译器").
# Latin labels too: "Source" inside a sentence is a word.
_NEED_SEPARATOR = frozenset(
    # "来源于网络" is prose, "来源于：人民网" a label.
    {
        "文",
        "图",
        "图片",
        "摄",
        "摄影",
        "编译",
        "整理",
        "口述",
        "文字",
        "图文",
        "供稿",
        "来源于",
        "转载自",
        "写真",
        "撮影",
        *_LABELS[OTHER],
    }
    | {label for labels in _LABELS.values() for label in labels if label.isascii()}
) - {
    "原标题",
    "发表于",
    "发布于",
    "更新于",
    "举报",
    "分享",
    "作者单位",
    "作者简介",
    "广告",
    "收藏",
    "打印",
    "纠错",
    "关闭",
}
# The traditional spelling of a label needs a separator exactly when the simplified one does.
_NEED_SEPARATOR = frozenset(
    label
    for labels in _LABELS.values()
    for label in labels
    if label in _NEED_SEPARATOR or canonical(label) in _NEED_SEPARATOR
)
_SEP = r"[:|/>]"
# The self-media platforms: "来源：百家号·科技小新" names an account, not an outlet.
ACCOUNT_PLATFORMS = _LABELS[ACCOUNT]
# Labels whose value may stand in the next element (a table cell, a span): "发布机构：" | "国家统计局".
CREDIT_LABELS = tuple(label for kind in (SOURCE, AUTHOR, REPORTER, EDITOR) for label in _LABELS[kind] if len(label) > 1)
_KIND = {label: kind for kind, labels in _LABELS.items() for label in labels}
# Labels read even when glued to the value before them (``_glued_label``): the credit labels a bar prints
# without a separator, and never the short words names and prose end in (编辑, 文, 摄).
_GLUED = frozenset(label for label in CREDIT_LABELS if label not in _NEED_SEPARATOR and canonical(label) != "编辑")
_ALL = sorted(_KIND, key=len, reverse=True)
_LABEL = re.compile("|".join(map(re.escape, _ALL)))
# Where a label may start without a separator after it: line start, after a space, bracket or separator.
_BOUNDARY = set(" |/>()（）[]【】《》、,;·-")
# A value ends at a time, a field separator or two spaces.
TIME = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?"
)
_VALUE_END = re.compile(r"\s*[|]\s*|\s{2,}|\s*/\s+")
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
        "，": ",",
        "；": ";",
        "＞": ">",
        "›": ">",
        "»": ">",
        "\u3000": " ",
        "\xa0": " ",
    }
)

_FOLD_CHARS = {chr(code): value for code, value in _FOLD.items()}
_FOLDABLE = re.compile("[" + re.escape("".join(_FOLD_CHARS)) + "]")
_SEPARATED = re.compile(r"\s*" + _SEP)
# "本文来源于：人民网": the 于 of a label spelled 来源于 goes with it.
# Words after 作者 that make it a list heading, not a label.
_AUTHOR_LIST = re.compile(r"(?:最新|其他|其它|更多|近期|热门|相关|全部|的)|(?:文章|作品|主页|专栏)")
_VALUE_LEAD = re.compile(r"^\s*(?:于(?=\s*[:|/>]))?\s*[:|/>]*\s*")


@dataclass(frozen=True)
class Field:
    kind: str
    label: str
    value: str  # the raw value, cut at the next label, time or separator; may be empty
    separated: bool = True  # a separator (":", "|", "/") follows the label, not a bare space


def fold(text: str) -> str:
    """Full-width separators and digits to ASCII, whitespace collapsed: one spelling for every separator.

    Translating with ``_FOLD``, but not through str.translate, which looks every character of a Chinese
    line up in the table: the regex finds the few that are in it (3x faster over real bylines). str.split()
    splits at exactly the characters regex ``\\s`` matches, as the collapsing did before."""
    return " ".join(_FOLDABLE.sub(_folded, text).split())


def _folded(match: re.Match[str]) -> str:
    return _FOLD_CHARS[match.group()]


def tokenize(line: str) -> tuple[str, list[Field]]:
    """The text before the first label, and the labelled fields of ``line`` (already ``fold``-ed)."""
    starts: list[tuple[int, int, str]] = []
    for m in _LABEL.finditer(line):
        if _is_label(line, m.start(), m.end()) or (starts and _glued_label(line, starts[-1][1], m.start(), m.end())):
            starts.append((m.start(), m.end(), m.group()))
    fields: list[Field] = []
    for index, (_, end, label) in enumerate(starts):
        stop = starts[index + 1][0] if index + 1 < len(starts) else len(line)
        separated = _SEPARATED.match(line, end) is not None
        fields.append(Field(_KIND[label], label, cut_value(line[end:stop]), separated))
    lead = line[: starts[0][0]] if starts else line
    return lead.strip(), fields


def _glued_label(line: str, previous_end: int, start: int, end: int) -> bool:
    """A field label glued to the value of the field before it, as a bar of elements reads without its
    layout ("作者 胡磊丽来源 海峡晨报", "张三责任编辑:李四"): a name never ends in 来源 or 责任编辑 followed by a
    space or separator. Only inside a labelled field, so "本文作者 张三" or "资料来源" stay words."""
    label = line[start:end]
    if label not in _GLUED or not line[previous_end:start].strip(" :|/>"):
        return False
    return line[end : end + 1] == " " or _SEPARATED.match(line, end) is not None


def cut_value(raw: str) -> str:
    """A label's value: separators after the label dropped, cut at the first time or field separator."""
    value = _VALUE_LEAD.sub("", raw)
    value = TIME.split(value, maxsplit=1)[0]
    return _VALUE_END.split(value, maxsplit=1)[0].strip(" :：,，;；、-")


def _is_label(line: str, start: int, end: int) -> bool:
    label = line[start:end]
    base = canonical(label)
    after = line[end : end + 1]
    before = line[start - 1 : start]
    separated = _SEPARATED.match(line, end) is not None  # no anchor in it: the same as matching line[end:]
    if label in _NEED_SEPARATOR:
        # "文/李四", "摄影：张三" — and at a boundary, so "中文/英文" or "新闻图/" stay words. A bar's own
        # fields of two characters or more with a colon right after them end the value before them even
        # when glued to it ("作者:王逸字号:大 中 小", "供稿:化学学院摄影:张三"): no name or outlet ends
        # in "字号:" or "摄影:".
        if len(label) >= 2 and not label.isascii() and after == ":":
            return True
        return separated and (start == 0 or before in _BOUNDARY or before.isdigit())
    if _KIND[label] == ACCOUNT:
        # "头条号：某某", "澎湃号 > 某某", and "百家号 某某" in a bar with a time; "关注该公众号" names nobody.
        return separated or (after == " " and TIME.search(line) is not None)
    if base == "编辑" and not (separated or after == " "):
        return False  # "编辑链接", "编辑推荐": a bare 编辑 glued to a word is that word
    if _KIND[label] == REPORTER:
        # "澎湃新闻记者 张三", "（记者唐霁）": glued to the outlet before it and the name after it.
        return True
    if base.endswith("来源") and after == "于" and _SEPARATED.match(line, end + 1):
        return True  # "本文来源于：人民网"
    if (base in ("来源", "编辑", "作者") or base.endswith("来源")) and after in (
        "于",
        "部",
        "者",
        "推",
        "室",
        "人",
        "按",
        "的",
    ):
        return False  # 来源于, 编辑部, 编辑推荐, 作者按: words, not labels
    if label == "作者" and after in ("系", "为", "是", "现"):
        return False  # "（作者系中国人民大学教授）": the author's affiliation, naming nobody
    if label == "作者" and _AUTHOR_LIST.match(line, end):
        return False  # "作者最新文章", "作者其他作品": a sidebar heading over the author's other stories
    # "来源CSDN", "| 作者魏星" at a boundary; "本文作者", "资料来源" glued to a word before them are words.
    return separated or start == 0 or before in _BOUNDARY or before.isdigit()
