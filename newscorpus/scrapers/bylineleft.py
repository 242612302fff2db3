"""What a meta bar's line leaves unlabelled: a name or an outlet standing alone beside its time, once every
label and its value are taken out (README "Bylines": a known outlet beside the time is the source).

An outlet glued to a reporter label is the writer's employer, not an unlabelled source: ``界面新闻记者 | 吴容``.
"""

from __future__ import annotations

import re

from newscorpus import settings
from newscorpus.scrapers import bylinebare as bare
from newscorpus.scrapers import bylinenames as names
from newscorpus.scrapers.bylinechrome import is_bar_tool
from newscorpus.scrapers.bylinegrammar import ACCOUNT, AUTHOR, REPORTER, SOURCE, TIME, Field
from newscorpus.scrapers.bylinelabels import PLATFORMS

# An outlet glued before a reporter label: the writer's employer ("界面新闻记者", "新京报首席记者",
# "聯合報記者X"). One space apart it stays the bar's outlet (`新民晚报 记者 X`, a labelled blind row).
_SENTENCE = re.compile(r"[。！？!?]")
_REPORTER_LABEL = r"(?:本报|特约|见习|实习|首席|全媒体|融媒体)?[记記]者"
_EMPLOYER = re.compile(r"[^\s|/:]{2,12}?(?=" + _REPORTER_LABEL + ")")
# A name beside its WeChat ID's label in a bar: a 公众号 naming itself, the post's author (README "accounts").
_ACCOUNT_WITH_ID = re.compile(
    r"(?:^|\s)([^\s\d:：|/]{2,20})\s+(?:微信号|微信ID|公众号ID|微信公众号)\s*:\s*[A-Za-z][\w-]{1,30}(?=\s|$)"
)
_SPACED_OUTLET = re.compile(r"^([^\s|/:：]{2,15})\s+" + _REPORTER_LABEL)


def unlabelled(line: str, fields: list[Field]) -> tuple[str | None, str | None]:
    """The person and the outlet standing alone in ``line`` once its labelled ``fields`` are taken out."""
    rest = line
    for item in fields:
        if item.kind == REPORTER and (employer := _EMPLOYER.search(rest)):
            # The outlet before 记者 employs the writer; it stands beside no time, so it is no unlabelled
            # source (README: "without a label").
            rest = rest[: employer.start()] + " " + rest[employer.end() :]
        # "来源：东南快报 李明轩": the outlet is the value's first part, a name after it stands alone.
        taken = (names.outlet(item.value) if item.kind == SOURCE else None) or item.value
        rest = _without_field(rest, item.label, taken)
    account = _ACCOUNT_WITH_ID.search(rest)
    if (
        account
        and account.start() == 0
        and account.end() == len(rest.rstrip())
        and not _calls_to_follow(account.group(1))
    ):
        return account.group(1), None  # "老编辑读书笔记 微信号：laobian_dushu" alone on its line: the account too
    rest = bare.without_unread_labels(rest)
    if (parts := bare.bare_parts(rest.strip(" :|/"))) is None:
        return None, None
    if account:
        return account.group(1), None  # "2016-08-21 老编辑读书笔记 微信号：laobian_dushu": the account posting
    if any(item.kind in (AUTHOR, REPORTER, ACCOUNT) for item in fields):
        parts = []  # a labelled credit on the line: its other words are not people
    elif (posted := _original_account(parts)) is not None:
        return posted, None
    outlet = None
    if not any(item.kind == SOURCE for item in fields):
        parts_left = bare.bare_parts(rest.strip(" :|/")) or []
        outlet = bare.bare_outlet(parts_left) or _joined_outlet(parts_left)
    if outlet and _hosts_platform(line, outlet):
        outlet = None
    outlet = _with_channel(rest, outlet) if outlet else None
    return bare.bare_person(names.padded_names(parts)), outlet  # "陈 晓 2015-11-02": one padded name


# An outlet's channel or app glued on by a middle dot ("大河报·豫视频", "钱江晚报·小时新闻"): one source as shown,
# as a labelled value keeps it (来源：大众网·海报新闻); a dot set off by gaps parts the bar's fields instead. Two
# characters there are the site's section ("界面新闻·宏观", linking its list page), no brand of its own.
_DOTTED_CHANNEL = r"·([\u4e00-\u9fffA-Za-z0-9]{3,8})(?=\s|$)"


def _with_channel(text: str, outlet: str) -> str:
    """``outlet`` with the channel glued after it by a middle dot in ``text``; a platform's tag there (an account
    of the outlet's) or a person's name is no channel."""
    joined = re.search(re.escape(outlet) + _DOTTED_CHANNEL, text)
    if joined is None or joined.group(1) in PLATFORMS or bare.is_person(joined.group(1)):
        return outlet
    return f"{outlet}·{joined.group(1)}"


def _without_field(line: str, label: str, value: str) -> str:
    """``line`` with a field's label and its value after it taken out. The value is looked for after the label:
    the same name may stand alone before it ("汪淼 2023/5/18 来源：IT之家 责编：汪淼", the writer who edited too)."""
    at = line.find(label)
    if at < 0:
        return line.replace(value, " ", 1) if value else line
    line = line[:at] + " " + line[at + len(label) :]
    after = line.find(value, at) if value else -1
    return line[:after] + " " + line[after + len(value) :] if after >= 0 else line


def _hosts_platform(line: str, outlet: str) -> bool:
    """The portal printed right before the platform tag leading an account (``腾讯新闻 企鹅号 · 鹿鸣财经``,
    ``凤凰网大风号：历史那些事儿``): the platform's host, where the post was published, no story's source. An
    outlet before a tag closing the part (``钱江晚报 企鹅号``) is the outlet's own account, its source."""
    at = line.find(outlet)
    return at >= 0 and bare.TAG_LEADING_ACCOUNT.match(line, at + len(outlet)) is not None


# A self-media platform's badge for the account's own work, opening its meta line ("原创 沙城教育 2017-06-07").
_ORIGINAL_BADGE = "原创"
# An account's handle: words and digits, no punctuation ("乡村那些事儿", "科技前哨2019").
_HANDLE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9_]{2,12}")


def _original_account(parts: list[str]) -> str | None:
    """The one name after an 原创 badge beside the time (printed once, or twice as WeChat's meta repeats it):
    the account that posted its own work, the author however it is shaped. An outlet there stays the source."""
    if len(parts) < 2 or parts[0] != _ORIGINAL_BADGE:
        return None
    rest = list(dict.fromkeys(parts[1:]))
    if len(rest) != 1 or bare.is_outlet(rest[0]) or len(rest[0]) > settings.BYLINE_MAX_HANDLE_CHARS:
        return None
    handle = rest[0]
    if is_bar_tool(handle):
        return None  # "原创 我要评论 …": the bar's tool, no account
    return handle if names.is_name(handle) or _HANDLE.fullmatch(handle) else None


# What a QR card says before the ID it asks readers to add ("长按识别 微信号：X", "搜索关注 微信号：X"): no account.
_FOLLOW_CALL = re.compile(r"关注|關注|长按|長按|识别|識別|搜索|添加|扫|掃|二维码|二維碼")


def _calls_to_follow(name: str) -> bool:
    return is_bar_tool(name) or _FOLLOW_CALL.search(name) is not None


def spaced_outlet(line: str) -> str | None:
    """An outlet opening the line one space before its reporter label, with or without a time beside it
    (``聯合報 記者王彥鈞／台中即時報導``, ``经济观察报 记者 陈伊凡``): the bar's outlet, the story's source."""
    match = _SPACED_OUTLET.match(line)
    return match.group(1) if match and bare.is_outlet(match.group(1)) else None


def names_beside_time_bar(lines: list[str]) -> list[str]:
    """A name alone on its line right above or below the bar holding the time, the bar's labels beside it
    (``陈婉琪`` over ``发布/2019年7月16日 5:00 AM``, ``钟华论`` over ``2021年06月10日05:52 | 来源：``): read as the
    time and the name, one bar (README "Bylines": a part standing alone beside the time). Lines left empty
    between them (a mail address taken out) do not part them. ``bylinebare.split_bars`` pairs a time-only line."""
    bars = [stripped for line in lines if (stripped := line.strip())]
    paired: list[str] = []
    for at, name in enumerate(bars):
        # The name first: most bars hold none, and their neighbours' times need not be searched.
        if len(name) > settings.BYLINE_MAX_PERSON_CHARS or not bare.is_person(name):
            continue
        for near in (at - 1, at + 1):
            if 0 <= near < len(bars) and (when := _time_bar(bars[near])):
                paired.append(f"{when} {name}")
    return paired


def _time_bar(line: str) -> str | None:
    """The time a bar holds beside its labels or counters; None for prose, a time alone (``split_bars``' case)
    or no time."""
    when = TIME.search(line) if len(line) <= settings.BYLINE_MAX_LINE_CHARS else None
    if when is None or when.group(0) == line or _SENTENCE.search(line):
        return None
    return when.group(0)


# Two outlets joined by a hyphen, the paper and its site ("环球时报-环球网", "南方日报-南方网"): one source as shown.
_JOINED = re.compile(r"^([\u4e00-\u9fff]{2,15})[-－—]([\u4e00-\u9fff]{2,15})$")


def _joined_outlet(parts: list[str]) -> str | None:
    """A part that is two outlets joined by a hyphen, each named like an outlet (w6a); a headline's or a
    place's hyphen (``北京-上海``) joins no outlets."""
    for part in parts:
        if (joined := _JOINED.match(part)) and bare.is_outlet(joined.group(1)) and bare.is_outlet(joined.group(2)):
            return part
    return None
