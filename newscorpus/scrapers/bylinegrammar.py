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

from newscorpus import settings
from newscorpus.scrapers.bylinechrome import badge_label
from newscorpus.scrapers.bylinefold import fold
from newscorpus.scrapers.bylinelabels import (
    ACCOUNT,
    AUTHOR,
    EDITOR,
    OTHER,
    PHOTO,
    POSTER_LABELS,
    REPORTER,
    SOURCE,
    WRITER_MENU_ITEMS,
    canonical,
)
from newscorpus.scrapers.bylinelabels import LABELS as _LABELS
from newscorpus.scrapers.bylinelabels import NEED_SEPARATOR as _NEED_SEPARATOR
from newscorpus.scrapers.bylineoutlet import reporter_qualifier, shared_outlet
from newscorpus.scrapers.bylinespell import both_spellings
from newscorpus.scrapers.bylinesurnames import DOUBLE, SINGLE, SINGLE_TRADITIONAL
from newscorpus.scrapers.bylinewriters import REPORT_CREDITS

# The label kinds are defined in bylinelabels and read from here with the tokenizer.
__all__ = [
    "ACCOUNT",
    "ACCOUNT_PLATFORMS",
    "AUTHOR",
    "CREDIT_LABELS",
    "EDITOR",
    "LIST_LABELS",
    "OTHER",
    "PHOTO",
    "REPORTER",
    "SOURCE",
    "TIME",
    "Field",
    "bar_references",
    "canonical",
    "cut_value",
    "ends_in_label",
    "fold",
    "is_lone_label",
    "join_dangling_labels",
    "platform_author",
    "tokenize",
]

_SEP = r"[:|/>=]"
# 记者会, 記者會, 记者节, 记者证, 记者站, 记者们: words the reporter label starts.
_REPORTER_WORDS = frozenset("会會节節证證站团團们們")
# The self-media platforms: "来源：百家号·科技小新" names an account, not an outlet.
ACCOUNT_PLATFORMS = _LABELS[ACCOUNT]
# Labels whose value may stand in the next element (a table cell, a span): "发布机构：" | "国家统计局".
CREDIT_LABELS = tuple(label for kind in (SOURCE, AUTHOR, REPORTER, EDITOR) for label in _LABELS[kind] if len(label) > 1)
_KIND = {label: kind for kind, labels in _LABELS.items() for label in labels}
# Labels read even when glued to the value before them (``_glued_label``): the credit labels a bar prints
# without a separator, and never the short words names and prose end in (编辑, 文, 摄).
_GLUED = frozenset(label for label in CREDIT_LABELS if label not in _NEED_SEPARATOR and canonical(label) != "编辑")
_ALL = sorted(_KIND, key=len, reverse=True)
# The kinds of label that credit a story's writers.
_WRITERS = (AUTHOR, REPORTER)
_LABEL = re.compile("|".join(map(re.escape, _ALL)))
# Where a label may start without a separator after it: line start, after a space, bracket or separator.
# A pronoun glued before a label word makes it a reference to someone ("只看该作者"), not a field.
_POINTING = frozenset("该該此")
_BOUNDARY = set(" |/>()（）[]【】〔〕《》「」、,;·-")
# A label in its own brackets ("【作者】张三 【来源】人民网", "〔编辑〕李四"): the closing bracket separates it.
_LABEL_BRACKETS = {"【": "】", "[": "]", "〔": "〕"}
# A credit in round brackets ("（记者 张三）"): its value ends where the bracket closes.
_OPEN_ROUND = frozenset("(（")
_CLOSE_ROUND = frozenset(")）")
# A value ends at a time, a field separator or two spaces. Overseas Chinese papers print the date in English
# ("記者黃伊蓓／紐約報導 October 15, 2016 11:12 PM", "15 Oct 2016"): the month by name, with its day and year.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
TIME = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    rf"|\b(?:{_MONTH}\s+\d{{1,2}},?|\d{{1,2}}\s+{_MONTH},?)\s+\d{{4}}(?:,?\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*[AaPp]\.?[Mm]\.?)?)?"
    r"|\d{1,2}:\d{2}(?::\d{2})?"
)
# A bar's tools glued after the last value ("编辑：周颖举报", "值班编辑：刘倩阅读 2.3万"): the element text of a
# bottom bar runs the editor's span into the report link or the read counter. Not 评论: "新京报评论" is an
# outlet.
# A post's taxonomy glued after the writer too ("作者 绿茶分类 面食": WordPress's footer read as one line).
_BAR_TOOLS = "举报|阅读|分享到|分享|收藏|点赞|打印|纠错|评论数|評論數|分类|分類|标签|標籤"
# A comment counter: the word and its count after it ("评论 312", "评论(58)", "跟贴 212", "评论 1.3万"); a number going
# on as a date or a time ("评论 12月3日") is none.
COMMENT_COUNTER = r"(?:评论|評論|跟贴|跟帖|留言)(?=\s*(?:[(（]\s*\d+\s*[)）]|\d+(?:\.\d+)?[万萬]?(?![\d/.:年月日-])))"
# Glued on after a name it ends the value ("作者：郑乐欢评论 218", "编辑：小鹿评论(58)": the comment link's element runs
# on from the name's); alone 评论 is no tool ("新京报评论" is an outlet), and a call to act or a tally keeps its own
# word before it ("我要评论(312)", "网友评论(1)", "共有评论0条").
_GLUED_COMMENTS = (
    r"(?<=[\u4e00-\u9fff])(?<!我要)(?<!网友)(?<!網友)(?<!共有)(?<!发表)(?<!發表)(?<!查看)(?<!参与)" + COMMENT_COUNTER
)
_COMMENTATOR = ("评论员", "評論員")
# An account bar's dot between the platform and the account, and a day shown without its year ("09-02").
_ACCOUNT_DOT = re.compile(r"\s+[·•]\s+")
_MONTH_DAY = re.compile(r"(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])")
# The words before a poster's region in a self-media bar ("来自北京", "发布于 浙江", "IP属地：广东"): no handle
# opens so.
POSTER_REGION = r"(?:来自|來自|发布于?|發佈於?|發布於?|IP属地)"
# A dotted account bar's whole rest after the platform opening the line: one handle and nothing else
# ("企鹅号 · 体坛小灵通", its time on the next line), no second part ("百家号 · 来自北京 · …" has one).
_LONE_HANDLE = re.compile(r"\s+[·•]\s+(?!" + POSTER_REGION + r")[^\s·•|/]{2,20}\s*")
_COLON_ONLY = frozenset({"记录", "記錄"})
# A tool after the bar's dot separator ends the value too ("编辑：孙悦 · 评论数 3"), and so does its count in
# brackets ("责编：孙立阅读(3214)").
# A bracketed bar's field closing where the next opens ends the value ("【作者：X】【字数：3256】": no label the grammar
# knows follows, so only the brackets say the field ended).
# A contact's label ends the value before it, glued or after a space ("编辑：朱芸 邮箱：web@…", "记者张三电话:…").
_CONTACT = "电子邮箱|電子郵箱|邮箱|郵箱|电邮|電郵|信箱|联系电话|聯繫電話|电话|電話"
_VALUE_END = re.compile(
    r"\s*[|]\s*|\s{2,}|\s*/\s+|\s*[】\]]\s*[【\[]|(?:(?<=[\u4e00-\u9fff])|\s*[·•]\s*)(?:"
    + _BAR_TOOLS
    + r")(?=[\s\d:(（]|$)"
    + "|"
    + _GLUED_COMMENTS
    + r"|(?:(?<=[\u4e00-\u9fff])|\s+)(?:"
    + _CONTACT
    + r")(?=\s*:|\s*[\w.-]+@)"
)
# A word glued before a label that is part of that label, not of the value before it: "胡闲鹤图片编辑：金潔",
# "省发展改革委发布日期：", "城西小王发帖时间：", "陳品潔/核稿編輯：楊昫", "許瑋婷 發佈日期：", "吴倩 责任校对：",
# "芦苇 本期审核：" (the reviewer, as 本期编辑 is its editor), "龙少 本文审核：" (the piece's, as 本文编辑 is).
_LABEL_PREFIX = re.compile(
    r"[/\s]*(?:图片|圖片|视频|視頻|美术|美術|文字|核稿|发布|發佈|发表|發表|发帖|發帖|更新|成文|印发|责任|責任|本期|本文)$"
)
# "图片编辑"/"视频编辑": the picture's or video's editor, not the story's (README: editor).
_MEDIA_EDITOR = ("图片", "圖片", "视频", "視頻", "美术", "美術")
# An em dash right after a label separates it from the value ("作者—李楠", "记者——张三", older CMS bars); a dash
# before a digit is a range or a date, and "人民网—人民日报" (an outlet's own dash) has no label before it.
_DASH = r"—{1,2}(?![\d\s—])"
_SEPARATED = re.compile(r"\s*(?:" + _SEP + "|" + _DASH + ")")
# "本文来源于：人民网": the 于 of a label spelled 来源于 goes with it.
# A platform's channel after its tag and a step mark before the account ("澎湃号·政务 > 上海发布", "澎湃号·湃客 >> X"):
# the channel is the platform's section, the account follows the step.
_PLATFORM_CHANNEL = re.compile(r"·[\u4e00-\u9fff]{2,4}\s*>{1,2}\s*")
# A writer's label, the name, then a photographer's role after a slash closing the value ("记者 邢涛 / 摄" beside
# "记者 顾晨 / 文"): the postfix role says what the person did.
_PHOTO_AFTER = re.compile(r"^\s*[^\s/|:]{2,12}\s*/\s*(?:摄|攝|摄影|攝影)\s*$")
# Words after 作者 that make it a list heading, not a label; or a site's section for its writers, a menu item
# ("作者专区", "作者中心", "作者福利": a novel or self-media site's channel menu, naming nobody).
_AUTHOR_LIST = re.compile(
    r"(?:最新|其他|其它|更多|近期|热门|相关|全部|的)|(?:文章|作品|主页|专栏)"
    r"|(?:专区|專區|中心|招募|福利|排行|后台|後台|入口|申请|申請|" + "|".join(WRITER_MENU_ITEMS) + ")"
)
# What parts a menu's items ("首页 作者 投稿", "作者 | 投稿"); a label's colon is no part of it.
_MENU_GAP = re.compile(r"[\s|]*")
# Separators after a label, a gap between them too ("作者： | 宋振华": the label's element, the bar's pipe, the name).
_VALUE_LEAD = re.compile(r"^\s*(?:[于於](?=\s*[:|/>=]))?\s*(?:(?:[:|/>=]\s*)*|" + _DASH + r")\s*")


# The bare time labels a CMS qualifies with a word of its own glued before them ("发帖时间", "登载时间", "入库日期").
TIME_LABELS = frozenset({"时间", "時間", "日期"})
# Reference material's label: a source only in a bar of fields (``bar_references``).
_REFERENCE = "资料来源"
# That word: a short Han word set off from the value by a space and glued to the label. A name glued there starts
# with a surname ("作者：张三 李四时间：…" keeps 李四), so a word led by one stays the value's.
_TIME_QUALIFIER = re.compile(r"(?<=\S) ([\u4e00-\u9fff]{1,4})$")
_SURNAME_LEADS = SINGLE | SINGLE_TRADITIONAL
# Writer credits that need a separator, read after a space too when a short surname-led name follows alone.
_SPACED_CREDITS = frozenset({"编译", "整理", "口述", "文"})
# The roles a magazine-style byline sets off with a middle dot ("文·林晓峰", "图·网络").
_DOTTED_PHOTO = frozenset({"图", "摄影"})
_DOTTED_CREDITS = frozenset({"文", "撰文"}) | _DOTTED_PHOTO
# Where-from labels that need a separator, read after a space too where a bar part opens with them.
_SPACED_ORIGINS = frozenset({"来源于", "转载自", "转贴自", "转帖自"})
# A surname-led short name ending where a gap, a comma or a closing bracket does.
_SHORT_NAME = (
    r"(?:" + "|".join(sorted(DOUBLE)) + r"|[" + "".join(sorted(_SURNAME_LEADS)) + r"])"
    r"[\u4e00-\u9fff]{1,2}(?=$|[ ,，;；)）])"
)
_SPACED_NAME = re.compile(r" +" + _SHORT_NAME)
# The name right after such a dot: nothing of a word after it ("文·艺术" is no credit).
_DOTTED_NAME = re.compile(_SHORT_NAME)


@dataclass(frozen=True)
class Field:
    kind: str
    label: str
    value: str  # the raw value, cut at the next label, time or separator; may be empty
    separated: bool = True  # a separator (":", "|", "/") follows the label, not a bare space


def tokenize(line: str) -> tuple[str, list[Field]]:
    """The text before the first label, and the labelled fields of ``line`` (already ``fold``-ed)."""
    starts: list[tuple[int, int, str]] = []
    for m in _LABEL.finditer(line):
        # "只看该作者": a link pointing at a person; "数码领域创作者 北京": a badge ("签约作者：X" labels): no label.
        if m.start() and (line[m.start() - 1] in _POINTING or badge_label(line, m.start(), m.end())):
            continue
        reporters = ((at, label) for at, _, label in starts if _KIND[label] == REPORTER)
        if outlet := shared_outlet(line, reporters, m.start(), m.end()):
            starts.append((m.start() - outlet, m.end(), m.group()))  # the outlet's word is the label's, no name's
        elif (
            starts
            and _KIND[starts[-1][2]] in _WRITERS
            and line[m.end() : m.end() + 1] not in _REPORTER_WORDS  # "学生记者团 孙悦": the team, a unit
            and (qualifier := reporter_qualifier(line, starts[-1][1], m.start(), m.end()))
        ):
            starts.append((m.start() - qualifier, m.end(), m.group()))  # "郑州台记者": the station's, no name
        elif (
            _is_label(line, m.start(), m.end())
            or (starts and _glued_label(line, starts[-1][1], m.start(), m.end()))
            or (starts and _gap_credit(line, starts[-1][1], m.start(), m.end()))
        ):
            starts.append((m.start(), m.end(), m.group()))
    fields: list[Field] = []
    for index, (start, end, label) in enumerate(starts):
        stop = starts[index + 1][0] if index + 1 < len(starts) else len(line)
        bracketed = _bracketed(line, start, end)
        separated = bracketed or _SEPARATED.match(line, end) is not None or _enclosed_editor(line, start, end, label)
        raw = line[end + 1 : stop] if bracketed else line[end:stop]
        raw = raw[: _enclosed_end(line, start, end) - end] if not bracketed else raw
        if index + 1 < len(starts):
            prefixed = _LABEL_PREFIX.sub("", raw)  # the next label's own first word ("图片" of 图片编辑)
            # The time label's qualifier word ("发帖" of 发帖时间), unless its word was just taken: "更新" of
            # 更新日期 leaves "國立中興大學 秘書室", whose last part is the value's.
            if prefixed == raw and starts[index + 1][2] in TIME_LABELS:
                prefixed = _without_time_qualifier(raw)
            raw = prefixed
        kind = _KIND[label]
        if kind == ACCOUNT and (channel := _PLATFORM_CHANNEL.match(raw)):
            raw = raw[channel.end() :]
        if kind == EDITOR and line[max(0, start - 2) : start] in _MEDIA_EDITOR:
            kind = OTHER
        if kind in _WRITERS and _PHOTO_AFTER.match(raw):
            kind = PHOTO  # "记者 邢涛 / 摄": the role after the slash makes the reporter the photographer
        fields.append(Field(kind, label, cut_value(raw), separated))
    lead = line[: starts[0][0]] if starts else line
    return lead.strip(), fields


def platform_author(lead: str, fields: list[Field]) -> list[Field]:
    """A platform's notice naming its writer (``本文来自企鹅号作者：大河财立方``): the publishing account, the author
    only when no person is credited (README "accounts"), as ``来源：百家号·X`` names one."""
    if not fields or fields[0].kind != AUTHOR or not lead.endswith(ACCOUNT_PLATFORMS):
        return fields
    first = fields[0]
    return [Field(ACCOUNT, first.label, first.value, first.separated), *fields[1:]]


def bar_references(fields: list[Field], in_bar: bool) -> list[Field]:
    """资料来源 in a bar (``發佈日期：… 資料來源：屏東縣政府新聞處``, or a line of the byline region) names the
    office the story came from, a source; under a story or in a bracketed note (``（资料来源：参考消息、海外网等）``)
    it cites reference material and stays a word of its own (README)."""
    if not in_bar and len(fields) < 2:
        return fields
    return [Field(SOURCE, f.label, f.value, f.separated) if canonical(f.label) == _REFERENCE else f for f in fields]


def _without_time_qualifier(raw: str) -> str:
    """``渔乐无穷2012 发帖`` before ``时间：``: the word glued to the time label is its own (a post's 发帖时间), not
    the value's; kept when it opens with a surname (a second name glued to the label by a bar of elements)."""
    match = _TIME_QUALIFIER.search(raw)
    if match is None or match.group(1)[0] in _SURNAME_LEADS or match.group(1)[:2] in DOUBLE:
        return raw
    return raw[: match.start()]


def _bracketed(line: str, start: int, end: int) -> bool:
    return start > 0 and line[end : end + 1] == _LABEL_BRACKETS.get(line[start - 1], "\0")


def _enclosed_end(line: str, start: int, end: int) -> int:
    """Where a label inside a round bracket has its value end: at the bracket's close ("…日电（记者 王悦阳）国家
    统计局15日发布数据" ends the credit before the story's words go on). A label in no open bracket: the line's end."""
    depth = 0
    for char in reversed(line[:start]):
        depth += (char in _CLOSE_ROUND) - (char in _OPEN_ROUND)
        if depth < 0:
            break
    else:
        return len(line)
    depth = 0
    for at in range(end, len(line)):
        depth += (line[at] in _OPEN_ROUND) - (line[at] in _CLOSE_ROUND)
        if depth < 0:
            return at
    return len(line)


def _glued_label(line: str, previous_end: int, start: int, end: int) -> bool:
    """A field label glued to the value of the field before it, as a bar of elements reads without its
    layout ("作者 胡磊丽来源 海峡晨报", "张三责任编辑:李四"): a name never ends in 来源 or 责任编辑 followed by a
    space or separator. Only inside a labelled field, so "本文作者 张三" or "资料来源" stay words."""
    label = line[start:end]
    if label not in _GLUED or not line[previous_end:start].strip(" :|/>"):
        return False
    return line[end : end + 1] == " " or _SEPARATED.match(line, end) is not None


def _gap_credit(line: str, previous_end: int, start: int, end: int) -> bool:
    """A credit line whose labels are set off by gaps alone ("取材・文　佐藤花子　写真　鈴木一郎", a magazine's
    credits with ideographic spaces): after a label that took a gap, a credit word of two characters or more
    between gaps is the next label, not a word of the name before it."""
    if line[previous_end : previous_end + 1] != " " or _KIND[line[start:end]] not in (AUTHOR, PHOTO):
        return False
    return len(line[start:end]) >= 2 and line[start - 1 : start] == " " and line[end : end + 1] == " "


# A wire dateline printing the whole date after the place (中央社記者"吳欣紜台北2018年12月3日電"): the year and
# month go, leaving the day-only shape the dateline reader knows ("吳欣紜台北3日電"), not a value cut at the date.
_DATED_WIRE = re.compile(r"^([\u4e00-\u9fff、]{4,20}?)(?:\d{4}年)?\d{1,2}月(\d{1,2}日[专專]?[电電])")


def _enclosed_editor(line: str, start: int, end: int, label: str) -> bool:
    """``（编辑 蔺晨）``: an editor's credit alone in round brackets sets its name off by the space as a colon
    would (the name may be led by a rare surname; a bare 编辑 elsewhere needs a person's name after it)."""
    return (
        _KIND[label] == EDITOR
        and line[start - 1 : start] in ("（", "(")
        and line[end : end + 1] == " "
        and line.rstrip()[-1:] in ("）", ")")
    )


def cut_value(raw: str) -> str:
    """A label's value: separators after the label dropped, cut at the first time or field separator."""
    value = _VALUE_LEAD.sub("", raw)
    if "月" in value:
        value = _DATED_WIRE.sub(r"\1\2", value, count=1)
    value = TIME.split(value, maxsplit=1)[0]
    # A glued middle dot parts the value from the next field ("星洲日報·報道:X"): no name or outlet ends with one.
    return _VALUE_END.split(value, maxsplit=1)[0].strip(" :：,，;；、-·•")


def _is_label(line: str, start: int, end: int) -> bool:
    label = line[start:end]
    base = canonical(label)
    after = line[end : end + 1]
    before = line[start - 1 : start]
    # no anchor in _SEPARATED: the same as matching line[end:]
    separated = _SEPARATED.match(line, end) is not None or _bracketed(line, start, end)
    if label in _COLON_ONLY and (after != ":" or not (start == 0 or before in _BOUNDARY)):
        # "【记录】我家装修全过程": a post's tag in brackets; only "记录：乔怡" credits a note-taker, and only as a
        # field of its own: glued after a word it ends a compound ("本帖最近评分记录：威望 +5", "会议记录：").
        return False
    if _KIND[label] == SOURCE and line[max(0, start - 2) : start] == "注明":
        return False  # "转载请注明来源：X网": the reprint notice names the site itself, no story's source
    if after == "等" and _KIND[label] in _WRITERS:
        return False  # "本文为自媒体、作者等百家号作者上传并发布": "writers and others", a platform's notice
    if label in _NEED_SEPARATOR:
        # "文/李四", "摄影：张三" — and at a boundary, so "中文/英文" or "新闻图/" stay words. A bar's own
        # fields of two characters or more with a colon right after them end the value before them even
        # when glued to it ("作者:王逸字号:大 中 小", "供稿:化学学院摄影:张三"): no name or outlet ends
        # in "字号:" or "摄影:".
        if len(label) >= 2 and not label.isascii() and after == ":" and label not in REPORT_CREDITS:
            return True  # (a report's verb glued after a word is that word's: "据报道：", "相关报道：")
        if after == "《" and _KIND[label] == SOURCE and (start == 0 or before in _BOUNDARY):
            return True  # "转载自《明道月刊》第128期": a publication's title marks set its name off as a colon would
        if "・" in label and after == " ":
            return True  # "取材・文　山田花子": a Japanese credit of two words is no word of prose, a gap will do
        if after == "·" and base in _DOTTED_CREDITS and (start == 0 or before in _BOUNDARY):
            # "文·林晓峰 图·网络": a magazine's dot after the role; the picture's credit may name a stock source
            return base in _DOTTED_PHOTO or _DOTTED_NAME.match(line, end + 1) is not None
        if base in _SPACED_CREDITS and (start == 0 or before in _BOUNDARY) and _SPACED_NAME.match(line, end):
            # "编译 蓝宁", "文 张三 图 李四": a credit's label set off by a space, a surname-led name right after
            # and nothing else of a sentence ("编译 工作" is prose: no surname leads a name of it ending there)
            return True
        if base in _SPACED_ORIGINS and after == " " and (start == 0 or before in _BOUNDARY or before.isdigit()):
            # "来源于 财新网" opening a bar part, or glued after the time element before it ("18:42来源于 X"),
            # "转载自 南方都市报"; "来源于网络" glued, or after a word, is prose
            return True
        return separated and (start == 0 or before in _BOUNDARY or before.isdigit())
    if _KIND[label] == ACCOUNT:
        # "头条号：某某", "澎湃号 > 某某", and "百家号 某某" in a bar with a time; "关注该公众号" names nobody. The
        # bar may part its fields by dots ("企鹅号 · 某某 · 09-02") and show the day without its year.
        if _PLATFORM_CHANNEL.match(line, end):
            return True  # "澎湃号·湃客 > 数据叨叨": the platform's channel, then the account after the step
        dotted = _ACCOUNT_DOT.match(line, end) is not None
        if dotted and start == 0 and _LONE_HANDLE.fullmatch(line, end):
            return True
        return separated or ((after == " " or dotted) and (TIME.search(line) or _MONTH_DAY.search(line)) is not None)
    if base == "编辑" and not (separated or after == " "):
        return False  # "编辑链接", "编辑推荐": a bare 编辑 glued to a word is that word
    if label in _COMMENTATOR and not (separated or after == " "):
        return False  # "本报评论员文章", "评论员观察": the commentary's own words, never a name glued on
    if _KIND[label] == REPORTER and (after in _REPORTER_WORDS or after in ")），,"):
        # 记者会, 记者节, 记者证: words; "王小明(学生记者)", "苏琦 BBC中文记者，宁波": a role closed after the name
        return False
    if _KIND[label] == REPORTER:
        # "澎湃新闻记者 张三", "（记者唐霁）": glued to the outlet before it and the name after it.
        return True
    if base.endswith("来源") and after in "于於" and _SEPARATED.match(line, end + 1):
        return True  # "本文来源于：人民网"
    if base.endswith("来源") and line.startswith("人民", end):
        return True  # "本文来源人民网，版权归…": 人 opens the outlet's name, no word "来源人"
    if (base in ("来源", "编辑", "作者") or base.endswith("来源")) and after in (
        "于",
        "於",
        "部",
        "者",
        "推",
        "室",
        "人",
        "按",
        "的",
    ):
        return False  # 来源于, 编辑部, 编辑推荐, 作者按: words, not labels
    if label in ("作者", "文章作者") and after in ("系", "为", "為", "是", "现", "現"):
        return False  # "（作者系中国人民大学教授）", "作者為台大教授": the author's affiliation, naming nobody
    if label in ("作者", "文章作者") and _AUTHOR_LIST.match(line, _MENU_GAP.match(line, end).end()):
        # "作者最新文章", "作者其他作品": a sidebar heading over the author's other stories; "作者 | 投稿": two
        # items of a site's menu
        return False
    # "来源CSDN", "| 作者魏星" at a boundary; "本文作者", "资料来源" glued to a word before them are words.
    return separated or start == 0 or before in _BOUNDARY or before.isdigit()


_DANGLING = re.compile("(?:" + "|".join(map(re.escape, CREDIT_LABELS)) + r")\s*[:|]\s*$")
# A line opening with a label of its own ("发布日期：2021-05-19", "责任编辑：孙悦") or ending a sentence:
# never a dangling label's value, whether or not the tokenizer knows the label.
_LABEL_LEAD = re.compile(r"^[\u4e00-\u9fffA-Za-z ]{2,6}:|.*[。！？]")
# A time's own label before a slash or bar and the time ("更新 / 2014-05-06 16:02", "发布 | 2023-11-05"): the
# time's field, never a dangling label's value.
_TIME_FIELD_LEAD = re.compile(r"^[\u4e00-\u9fff]{2,4}\s*[/|]\s*(?=" + TIME.pattern + ")")
# A label alone in its element, no separator: "<dt>来源</dt><dd>新华网</dd>", "<td>作者</td><td>张三</td>".
# Not a bare 编辑, which is as often a tool link ("编辑 | 删除") as a label.
_LONE_LABEL = re.compile(
    "(?:"
    + "|".join(
        re.escape(label) for label in (*CREDIT_LABELS, *both_spellings(POSTER_LABELS)) if label not in ("编辑", "編輯")
    )
    + ")"
)


# Words labelling a cell only inside a list of label cells (alone elsewhere 编辑 is as often a tool link, "编辑 |
# 删除", and 摄影 a menu's channel): a bare 编辑 and a photographer's label of two characters or more.
# 资料来源 too: a bar's field there (README), a word of its own elsewhere.
LIST_LABELS = frozenset(
    ("编辑", "編輯", "资料来源", "資料來源", *(label for label in _LABELS[PHOTO] if len(label) > 1))
)
# A date's or a category's label alone in its cell (<th>發佈日期</th><td>2016-11-08</td>, <th>類別</th><td>義工服務
# </td>) opens or continues such a list as a credit's does.
_META_CELL = re.compile(r"(?:发布|發佈|發布|更新|公告|刊登)?(?:日期|时间|時間)|类别|類別|分类|分類|栏目|欄目|类型|類型")


# Any label ending the words before a line's first colon: "高阳责编:任绍敏" is a value glued to the next label.
_LABEL_TAIL = re.compile("(?:" + "|".join(map(re.escape, _ALL)) + "):")


def _own_label(line: str) -> bool:
    """A line opening with a label of its own, so no dangling label's value ("发布日期：…" under "来源："); a name
    glued to the next field's label ("高阳责编：任绍敏" under "作者：", a <br> between label and name) is one."""
    if (lead := _LABEL_LEAD.match(line)) is None:
        return False
    tail = _LABEL_TAIL.search(line, 0, lead.end()) if lead.group().endswith(":") else None
    head = line[: tail.start()].strip() if tail else ""
    return not head or _LABEL_PREFIX.search(head) is not None  # "发布日期:": 发布 is the label's own word


def ends_in_label(text: str) -> bool:
    """``text`` ends with a credit label and its separator (``来源：``), the value still to come."""
    return _DANGLING.search(fold(text)) is not None


def is_lone_label(text: str) -> bool:
    """``text`` (folded) is nothing but a credit label (``来源``, ``作者``): a label whose value stands in the
    next element, or a menu's item of the same word."""
    return _LONE_LABEL.fullmatch(text) is not None


def _cell_label_after(lines: list[str], index: int) -> bool:
    """The line after the next is a label alone (``编辑`` / ``周舟`` / ``审核``): the lines are a label/value
    list's cells, though the window they were read in cut the list's first cells off."""
    if index + 2 >= len(lines):
        return False
    later = fold(lines[index + 2])
    return bool(_LONE_LABEL.fullmatch(later)) or later in LIST_LABELS or canonical(later) in _LABELS[OTHER]


# A picture's caption opens with a pointing mark ("▲哈弗F7在高速上的表现…"): no label's value, even right under an
# empty one ("编辑：" whose name the template left out).
_CAPTION_MARKS = ("▲", "△", "↑", "↓", "▼")


def join_dangling_labels(lines: list[str]) -> list[str]:
    """``来源：`` in one element and ``新华网`` in the next are one field: a line ending in a label's
    separator takes the line after it, and so does a line that is nothing but a label (``来源`` in a
    ``<dt>``, its value in the ``<dd>``). The lines come back ``fold``-ed (each folded once: the raw join
    is folded again, since folding trims each part's edges)."""
    joined: list[str] = []
    pending = ""
    from_cell = False  # the pending label stood alone in its element (a <dt>, a <td>)
    in_list = False  # the line before was such a label's value: the lines are a label/value list's cells
    dated = False  # the line before was a date's or a category's label alone in its cell
    for index, line in enumerate(lines):
        if pending and (
            _own_label(folded_next := fold(line))
            or folded_next.endswith(":")
            or _TIME_FIELD_LEAD.match(folded_next)
            or folded_next.startswith(_CAPTION_MARKS)
        ):
            # "来源：" over an empty <dd>, then "发布日期：": no value shown; nor when the next line waits for its
            # own text (a notice's addressee, "各村（社区）、镇直各单位：", opening the story under an empty bar)
            joined.append(fold(pending))
        elif pending:
            line = pending + line
        was_cell, pending, from_cell = from_cell and bool(pending), "", False
        folded = fold(line)
        if _DANGLING.search(folded) and len(line) <= settings.BYLINE_SHORT_LINE_CHARS:
            pending = line
            continue
        if _LONE_LABEL.fullmatch(folded) or (folded in LIST_LABELS and (in_list or _cell_label_after(lines, index))):
            # "<dt>编辑</dt><dd>曾一凡</dd>" after "<dt>作者</dt><dd>X</dd>", or before "<dt>审核</dt>": inside a
            # list of label cells.
            pending, from_cell = folded + ":", True
            continue
        in_list, dated = was_cell or dated, _META_CELL.fullmatch(folded) is not None
        joined.append(folded)
    return [*joined, fold(pending)] if pending else joined
