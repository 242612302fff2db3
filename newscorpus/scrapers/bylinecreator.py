"""A self-media post's meta line read as text: the account's handle, its time, and the platform's own words
around them (README "Bylines": accounts).

Every platform prints the publishing account beside the time with words that say what kind of line it is:
WeChat's ``发表于浙江`` and 头条's ``发布于广东`` (the poster's region), a creator badge
(``· 优质美食领域创作者``), 简书's ``关注 … 字数 2131``, a platform tag before or after
(``百家号 08-17 14:22 X``, ``X | 2020-11-30 09:40 | 百家号``, ``企鹅号 X``). One handle among those words
is the account that published the post, the author. A line with no such word (``X 2020-11-30 09:40``) is
left to the other readers: a commenter's line looks the same.

A writer cited by a platform's handle (``知乎 @X 授权转载``) is read here too (``mentioned_writer``).

How it could misfire: a reply floor printed with its region (``网友 2023-01-05 发表于浙江``) under a story
that names no writer; an outlet's account (``界面新闻 网易号``) is left to the outlet rules.
"""

from __future__ import annotations

import re

from newscorpus import settings
from newscorpus.scrapers import bylinebare as bare
from newscorpus.scrapers import bylinenames as names
from newscorpus.scrapers.bylinechrome import is_bar_tool
from newscorpus.scrapers.bylinegrammar import POSTER_REGION, TIME
from newscorpus.scrapers.bylinelabels import PLATFORM_TAGS, PLATFORMS

# A handle: words and digits, a Latin letter inside ("程序员老K"), no punctuation or spaces.
_HANDLE = r"([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9_]{1,15})"
# When the post went up: a stamp, or a relative time on the platforms that print one ("2小时前").
_WHEN = r"(?:(?:\d{2}-)?\d{2}-\d{2}\s+\d{1,2}:\d{2}|" + TIME.pattern + r"|\d{1,2}\s*(?:分钟|小时|小時|天)前|刚刚|剛剛)"
# The platform's words around the handle: the poster's region, a creator badge, 简书's counters, the
# platform's tag.
_MARK = (
    r"(?:发表于|發表於|发布于|發佈於|IP属地)[:：]?\s*[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{0,8}领域创作者"
    r"|[\u4e00-\u9fff]{0,8}領域創作者|字数\s*[\d,]+|字數\s*[\d,]+|阅读\s*[\d,.]+万?|閱讀\s*[\d,.]+萬?"
    r"|"
    + PLATFORM_TAGS
    # a blog post's own mark after its time ("明月松间 2011-04-05 10:22:16 [原创]", 新浪博客); not [转载], a repost
    + r"|[\[【]\s*(?:原创|原創)\s*[\]】]"
)
# A follow button is no such word: a site's own name beside its time prints one too ("路边小店 2021-07-01 关注").
_FOLLOW = r"(?:\s*(?:关注|關注))?"
_GAP = r"\s*[·•|｜/]?\s*"
_MARKS = r"(?:" + _GAP + r"(?:" + _MARK + r"))+" + _FOLLOW
# "X 2019-08-12 18:03 发表于台湾", "X 2小时前 · 优质财经领域创作者", "X | 2020-11-30 09:40 | 百家号",
# "简书作者 X 关注 2019.05.12 22:41 字数 2131": the handle, the time, then the platform's words. The time glued to
# the handle ("家电老王说2024-05-23", spans read without a gap) starts after its last character, never inside a
# run of digits (the handle does not take the year's "20").
_HANDLE_FIRST = re.compile(
    r"^(?:简书作者|簡書作者)?\s*" + _HANDLE + r"(?:\s+(?:关注|關注))?" + _GAP + r"(?<!\d)" + _WHEN + _MARKS + r"\s*$"
)
# "百家号 08-17 14:22 X", "企鹅号 X", "网易号 创作者 X": the platform's tag, then the handle last (its follow
# button after it perhaps), set apart by spaces or a bar; a middle dot after the tag names the platform's
# channel ("澎湃号·湃客", "澎湃号·政务"), a spaced one parts the fields ("百家号 09-14 18:03 · X"). The poster's
# region may stand before the handle ("· 来自北京 · X", "发布于 浙江 | X"), and the platform's badge after it
# ("X官方账号": the account's name is X, ``_unbadged``).
_APART = r"\s*[|｜/]?\s+|\s*[|｜/]\s*|\s+[·•]\s+"
_REGION = POSTER_REGION + r"[:：]?\s*[\u4e00-\u9fff]{2,4}"
_THEN = r"(?:" + _APART + r")"
_TAG_FIRST = re.compile(
    r"^(?:" + PLATFORM_TAGS + r")" + _THEN + r"(?:(?:创作者|創作者)" + _THEN + r")?(?:" + _WHEN + _THEN + r")?"
    r"(?:" + _REGION + _THEN + r")?(?!" + POSTER_REGION + r")" + _HANDLE + _FOLLOW + r"$"
)


# The platform's badge glued after a handle, or alone where a handle stands.
_BADGES = ("官方账号", "官方帳號", "官方帐号")
# A thread's or a Q&A page's roles, printed where a handle stands: nobody's name.
_NOBODY = frozenset({"楼主", "樓主", "游客", "遊客", "匿名用户", "匿名用戶", "作者", "小编", *_BADGES})
# Every such line holds one of the platform's words: the cheap test most lines fail before the full grammar.
_CUE = re.compile(_MARK)


def self_media_account(line: str) -> str | None:
    """The account a self-media meta line names between the platform's own words; None for any other line."""
    if len(line) > settings.BYLINE_MAX_LINE_CHARS or not _CUE.search(line):
        return None
    match = _HANDLE_FIRST.match(line) or _TAG_FIRST.match(line)
    if match is None:
        return None
    handle = _unbadged(match.group(1))
    if bare.is_outlet(handle) or handle in PLATFORMS or handle in names.PLACEHOLDERS or handle in _NOBODY:
        return None  # an outlet's account stays the source (README); a platform or a placeholder is nobody
    if is_bar_tool(handle):
        return None  # "赞赏支持 2017.09.14 22:08:32 字数 1,286": the tip button where the handle would stand
    return handle


def _unbadged(handle: str) -> str:
    """The handle without the platform's badge glued after it (``财经锐眼官方账号`` -> ``财经锐眼``)."""
    for badge in _BADGES:
        if handle.endswith(badge) and len(handle) > len(badge) + 1:
            return handle.removesuffix(badge)
    return handle


# A writer cited by a platform handle: "知乎 @X 授权转载", "转自：知乎 @X", "本文系作者 @X 授权本站发表". The
# platform or the writer's word right before the @ makes it a credit; a bare "@X" in a line may be a mention.
_MENTION = re.compile(
    r"(?:(?:知乎|简书|簡書|豆瓣|微博|小红书|小紅書|B站)(?:用户|用戶)?|作者(?:為|为)?)\s*[@＠]([^\s@＠,，。:：;；()（）]{2,20})"
)


def mentioned_writer(line: str) -> list[str]:
    """The handle a platform's or the writer's credit names by its @ (``知乎 @跑步的老王``, ``知乎用户 @X``)."""
    match = _MENTION.search(line)
    if match is None or is_bar_tool(match.group(1)):
        return []
    before = line[: match.start()].lstrip("（(")  # a bracket around the whole credit is no note
    if before.count("（") + before.count("(") > before.count("）") + before.count(")"):
        return []  # "作者：周小鹿（微博@周小鹿在路上）": a note on the named writer's handle elsewhere
    return [match.group(1)]
