"""Publish times as Chinese pages write them, normalised to ISO 8601 at +08:00 (the corpus's zone)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newscorpus import settings
from newscorpus.scrapers.daterelative import JUST_NOW, relative_time
from newscorpus.scrapers.numerals import NUMERALS, numeral

# The parts that may follow a date: a weekday (星期三, （周三）, Japanese (水), Hong Kong papers' bare numeral (一),
# Wed), then a time with its meridiem before (下午3:20, Japanese 10時20分) or after it (3:20 PM, and WordPress
# zh_CN's "9:42 下午": 上午/下午 after the time, no word of its own going on), then an offset.
_WEEKDAY = (
    r"(?:\s*[,，]?\s*[（(]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][)）]?|\s*[（(][月火水木金土日一二三四五六天][)）]"
    r"|\s*,?\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?)?"
)
# Zones written out after a time, often in brackets (2020-03-05 10:30（日本时间）), or before it (HK's
# government notes: 2018年6月5日（星期二） 香港時間15時32分). A bar's | may stand between date and time
# (2019年11月24日 | 6:45pm): the bar's two fields; so may a spaced dash (Drupal's "2017年3月12日 - 10:30") and
# an English "at" (WordPress Kubrick's half-translated "2008年3月2日 星期日 at 10:21 下午").
# Zones written out, as one alternation (no name is a prefix of another, none holds a regex character).
WRITTEN_ZONE_NAMES = "|".join(settings.WRITTEN_ZONE_WORDS)
# Zone abbreviations, after a time or before it (RTHK's "2020-04-15 HKT 13:22"): a word of capitals alone.
_ZONE_ABBREVIATIONS = r"(?:GMT|UTC|JST|KST|HKT)(?![A-Za-z])"
_MERIDIEM = r"上午|下午|早上|晚上|傍晚|凌晨|中午|午前|午後|[AaPp]\.?[Mm]\.?"
_TIME = (
    _WEEKDAY
    + r"(?:,?[\sT]*(?:[|｜]\s*|(?<=\s)[-–—]\s+|(?<=\s)(?:at|@)\s+)?"
    + rf"(?:(?P<tz0>{WRITTEN_ZONE_NAMES}|{_ZONE_ABBREVIATIONS})\s*)?"
    + rf"(?P<ap>{_MERIDIEM})?\s*(?P<H>\d{{1,2}})\s*[:：时時点點]\s*(?P<M>\d{{1,2}})"
    + r"(?:\s*[:：分]\s*(?P<S>\d{1,2}))?(?:\.\d+)?"
    + r"(?:\s*(?P<ap2>[AaPp]\.?[Mm]\.?(?![A-Za-z])|[上下]午(?![\u4e00-\u9fff])))?)?"
    + r"\s*(?:[（(]\s*)?(?P<tz>Z|[+-]\d{2}:?\d{2}(?!\d)|"
    + _ZONE_ABBREVIATIONS
    + "|"
    + WRITTEN_ZONE_NAMES
    + ")?"
)
# A two-digit day glued to its time by a bar's elements (2020-07-02<span>15:08</span> reads "2020-07-0215:08")
# is still the day: a time of day follows it at once.
_FULL = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[年\-/.]\s*(?P<m>\d{1,2})\s*[月\-/.]\s*"
    r"(?P<d>\d{1,2})(?:(?!\d)|(?<=[-/.]\d\d)(?=\d{2}[:：]\d{2}(?!\d)))\s*日?" + _TIME
)
# The year apart from a two-digit month/day by a space, as a bar styles the parts in their own elements
# (<em>2021</em> <em>06</em>/<em>12</em> 10:05:27): no 年 or dash after the year. Not before a unit or a
# decimal or 月 (2021 10.25万元 is a sum, 2021 10-12月 a span of months).
_SPACED_YEAR = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s+(?P<m>[01]\d)\s?[-/.]\s?(?P<d>[0-3]\d)(?![\d.万亿元%月])" + _TIME
)
# Year, month and day apart by spaces only, a time of day closing them (Pixnet's hidden stamp "2010 06 05 20:14"):
# only two-digit months and days and the time, as three bare numbers alone may be anything.
_SPACED_PARTS = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s+(?P<m>[01]\d)\s+(?P<d>[0-3]\d)\s+(?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)"
    r"(?::(?P<S>[0-5]\d))?(?![\d.])"
)
# A time of day right before the date it belongs to, nothing but a gap or a bar's separator between them
# ("13:05　2018年5月12日", a blog footer's "at 23:41 | 2013年3月16日").
_TIME_FIRST = re.compile(r"(?<![\d:])(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?(?:\s+|\s*[|｜丨]\s*)$")
# Taiwan's Republic years (民國113年5月15日 is 2024): only with 年, 月 and 日 written out, and 民國 before
# or a time after (a bare "100年5月1日" may be a count of years in a sentence).
_ROC = re.compile(
    r"(?P<roc>民[國国]\s*)?(?<!\d)(?P<y>1[01]\d|[89]\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日" + _TIME
)
# A Taiwan government page's dashed ROC date after its label (發布日期：107-05-21, 更新時間：112/03/15 10:20): only
# behind a date word, since a bare "107-05-21" may be anything.
_ROC_DASHED = re.compile(
    r"(?:日期|時間|时间|發布|发布|發佈|更新|上版|上架|公告|發文|刊登)\S{0,3}?\s*[:：]?\s*"
    r"(?<!\d)(?P<y>1[01]\d|[89]\d)\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})(?!\d)" + _TIME
)
_ROC_OFFSET = 1911
_MONTHS_IN_YEAR = 12
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = (
    r"(?P<mon>(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?)"
)
# A blog theme's calendar badge spells the parts in spans the page's text glues (<span>Sep</span><span>12
# </span><span>Wed</span><span>2018</span>: "Sep12Wed2018"), the weekday between the day and the year.
_BADGE_WEEKDAY = r"(?:,?\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?)?"
# A calendar badge: the day large, then the year and month small (<span class="day">15</span><span>2024-05
# </span>), glued by the page's text as "152024-05" or one space apart where the bar's elements are read
# apart ("15 2024-05", only opening the text or after a label: "阅读 3 2024-05" is a count). The month has
# two digits and ends the date (no day, digit or unit after it: "32024.50元" is a price); no 第/共 before.
_DAY_BADGE = re.compile(
    r"(?:(?:^\s*|(?<=[:：/])(?<!\d[:：])\s?)(?P<d>[0-3]?\d)\s?|(?<![\d.\-/第共])(?<!\d[:：])(?P<d2>[0-3]?\d))"
    r"(?P<y>(?:19|20)\d{2})[-/.](?P<m>[01]\d)(?![\d.\-/]|\s*[元%万亿期])" + _TIME
)
# A blog theme's date badge of spans with the month in Han (Pixnet: 8月 15 週五 2014 21:03, or 2016 5月 22 週日
# 11:37): the month with 月, the day, then the year after a weekday, or the year first. Month first needs the
# weekday: a sentence may say "8月15 2014…", no badge prints the day without its weekday.
_HAN_MONTH_BADGE = re.compile(
    r"(?<![\d年])(?P<m>1[0-2]|0?[1-9])月\s*(?P<d>[0-3]?\d)日?\s*(?:週|周|星期)[一二三四五六日天]\s*(?P<y>(?:19|20)\d{2})"
    + _TIME
)
_YEAR_HAN_MONTH = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s?(?P<m>1[0-2]|0?[1-9])月\s*(?P<d>[0-3]?\d)(?!\d)日?" + _TIME
)
# English dates of HK and overseas pages: May 15, 2024 10:20 AM; 15 May 2024; Wed, 15 May 2024 02:20:00 GMT.
_ENGLISH = re.compile(
    rf"(?:{_MONTH_NAME}\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{_BADGE_WEEKDAY},?\s*(?P<y>(?:19|20)\d{{2}})"
    rf"|(?P<d2>\d{{1,2}})\s+{_MONTH_NAME.replace('mon>', 'mon2>')},?\s+(?P<y2>(?:19|20)\d{{2}}))" + _TIME,
    re.IGNORECASE,
)
# Year first, as a blog's date badge spells it in spans (<span>2014</span><span>Aug</span><span>12</span>
# <span>Tue</span><span>15:38</span>: "2014Aug12Tue15:38", Pixnet); read only when the forms above find none
# (the same badge may repeat the year before its time: "2013 Jun 08 Sat 2013 16:42").
_ENGLISH_YEAR_FIRST = re.compile(
    rf"(?<!\d)(?P<y>(?:19|20)\d{{2}})\s*{_MONTH_NAME}\s*(?P<d>\d{{1,2}})(?!\d){_BADGE_WEEKDAY}" + _TIME,
    re.IGNORECASE,
)
# "14/05/2017 - 13:38": the year last, as European outlets' Chinese editions write it (day first; month
# first only when the second number cannot be a month). Read only after the year-first grammars fail.
# A Malaysian or Singaporean bar may print the time first: "发布: 3:45pm 15/03/2021".
# Dots too, as German and Swiss editions write it (15.05.2014); French ones name universal time TU after it.
_YEAR_LAST = re.compile(
    r"(?:(?<![\d:])(?P<H0>\d{1,2}):(?P<M0>\d{2})\s*(?P<ap0>[AaPp]\.?[Mm]\.?)\s*,?\s*)?"
    r"(?<![\d/.\-])(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?![\d/.\-])"
    r"(?:\s*[-,]?\s*(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\s*(?P<ap>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?"
    r"(?:\s*(?P<tz>GMT|UTC|TU)(?![A-Za-z]))?)?"
)
# An English-ordered date with the month's Chinese name, as Drupal's Chinese locales print its long format
# ("星期三, 十月 5, 2016 - 15:20"): month, day, comma, year, then the time after a dash.
_HAN_MONTH_FIRST = re.compile(
    r"(?<![一二三四五六七八九十\d])(?P<mon>十[一二]?|[一二三四五六七八九])月\s*(?P<d>\d{1,2})\s*[,，]\s*"
    r"(?P<y>(?:19|20)\d{2})(?:\s*-?\s*(?P<H>\d{1,2}):(?P<M>\d{2}))?"
)
_YEAR = re.compile(r"(?:19|20)\d\d")  # a cheap test before the English grammar runs
_PADDED_DIGITS = 2
_PM_WORDS = ("下午", "晚上", "傍晚", "中午", "午後")  # 午後 and 午前: Japanese afternoon and morning
# "10-31 08:30" or "10月31日 08:30": the year comes from context (the URL, or the fetch date).
_NO_YEAR = re.compile(
    r"(?<![\d\-/.年])(?P<m>\d{1,2})\s*[月\-/]\s*(?P<d>\d{1,2})\s*日?\s+(?P<H>\d{1,2})\s*[:：]\s*(?P<M>\d{2})"
)
# "18-08-01 10:07": a two-digit year is only trusted with a time after it (a bare "18-08-01" may be anything).
_SHORT_YEAR = re.compile(
    r"(?<![\d\-.])(?<![\x21-\x7e]/)(?P<y>\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\s+(?P<H>\d{1,2})[:：](?P<M>\d{2})"
    r"(?:[:：](?P<S>\d{2}))?"
)
# ... or opening its line in the bar right under the headline (<span class="date">18-05-28</span> 栏目：…),
# every part two digits and one separator throughout, then nothing, a bar's | or words: the bar's stamp.
_SHORT_DATE_ALONE = re.compile(
    r"\s*(?P<y>\d{2})(?P<sep>[-/.])(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)" + _WEEKDAY + r"(?:\s*$|\s*[|｜]|\s+\D)"
)
# Date-only forms too loose to trust alone, read only right after a date label (日期：16-03-05, 发布日期：
# 二〇二三年十一月二十日): a bare "16-03-05" may be anything, and a numeral date in a story is its subject's.
_LABEL = r"(?:日期|时间|時間)\s*[:：]\s*"
_SHORT_YEAR_LABELLED = re.compile(_LABEL + r"(?P<y>\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?![\d:：])")
# ... or a byline bar's: a source or author field right after it ("16-03-05　来源：区文化馆").
_BAR_FIELDS = ("来源", "來源", "作者")
_SHORT_YEAR_BAR = re.compile(r"(?<![\d\-/.])(?P<y>\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\s+(?:来源|來源|作者)")
_DATE_ONLY_WORDS = ("日期", "时间", "時間", *_BAR_FIELDS)
# A character every rare form needs (期 of 日期, 间 of 时间, 源 of 来源, 者 of 作者, a full-width digit):
# one class search rules them all out on nearly every line the other forms missed.
_RARE_HINT = re.compile(r"[期间間源者０-９]")
_NUMERAL_DATE = re.compile(
    _LABEL + rf"(?P<y>[{NUMERALS[:-1]}]{{4}})\s*年\s*(?P<m>[{NUMERALS}]{{1,2}})\s*月\s*(?P<d>[{NUMERALS}]{{1,3}})\s*日"
)
# Full-width digits and separators of old pages (２０２１－１０－３１　０８：３０), read as their ASCII forms.
_FULL_WIDTH_DIGIT = re.compile(r"[０-９]")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９－／．：　", "0123456789-/.: ")
# Any digit as the grammars read one (full-width too): without one only 刚刚 is a time.
_DIGIT = re.compile(r"\d")
# A year in Chinese numerals (二〇二三年): the one date form without a digit of any script.
_NUMERAL_YEAR = re.compile(f"[{NUMERALS[:-1]}]年")
# A date written inside a URL is where the page was filed, not the time it shows: read around it.
_URL_TEXT = re.compile(r"(?:https?:)?//\S+|www\.\S+")
# Not inside a longer digit run: an id (s?id=1641833947820531122) holds "20531122" and is no date.
_URL_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-/_]?(?P<m>[01]\d)[-/_]?(?P<d>[0-3]\d)")
# The full-date grammar and the URL pattern, shared with the line ranking in datelines.py.
FULL_DATE = _FULL
URL_TEXT = _URL_TEXT
_EPOCH = re.compile(r"^1\d{9}(\d{3})?$")
_CHINA = timezone(timedelta(hours=8))


def is_date_only(moment: str) -> bool:
    """Whether an ISO time this grammar wrote reads as a date without its time of day (its midnight)."""
    return moment.endswith("T00:00:00" + settings.DEFAULT_TZ_OFFSET)


def short_date_alone(text: str) -> str | None:
    """A two-digit-year date opening a line (18-05-28, 18-05-28 | 点击：12): trusted by callers only in the
    bar under the headline, since a bare "16-03-05" elsewhere may be anything."""
    match = _SHORT_DATE_ALONE.match(text)
    return _build(f"20{match['y']}", match["m"], match["d"], None, None, None, None) if match else None


def may_hold_datetime(text: str, now: datetime | None = None) -> bool:
    """Whether ``parse_datetime(part, year, now)`` may find a time in some part of ``text``: every grammar
    but 刚刚 (just now, read only with ``now``) and Chinese-numeral years needs a digit. A cheap test before
    a line's pieces are cut."""
    return (
        _DIGIT.search(text) is not None  # \d: full-width digits (２０２１) too
        or _NUMERAL_YEAR.search(text) is not None
        or (now is not None and JUST_NOW in text)
    )


def parse_datetime(text: str | None, default_year: int | None = None, now: datetime | None = None) -> str | None:
    """Return the first plausible date-time in ``text`` as ISO 8601, or None when there is none.

    ``now`` (China time, naive) resolves relative times (6小时前, 昨天 08:30); without it they give None.
    """
    if not text:
        return None
    text = text.strip()
    if _EPOCH.match(text):
        return _from_epoch(int(text[:10]))
    if "/" in text and ("//" in text or "www." in text):
        text = _URL_TEXT.sub(" ", text)
    match = _FULL.search(text)
    if match:
        if match["H"] is None and (first := _TIME_FIRST.search(text, 0, match.start())):
            # "13:05　2018年5月12日" (明報, Taiwan's papers): the time of day printed before its date.
            return _build(match["y"], match["m"], match["d"], first["H"], first["M"], first["S"], None)
        return _build(match["y"], match["m"], match["d"], _hour(match), match["M"], match["S"], _zone(match))
    if match := _SPACED_YEAR.search(text):
        return _build(match["y"], match["m"], match["d"], _hour(match), match["M"], match["S"], _zone(match))
    if match := _SPACED_PARTS.search(text):
        return _build(match["y"], match["m"], match["d"], match["H"], match["M"], match["S"], None)
    match = _SHORT_YEAR.search(text)
    if match:
        return _build(f"20{match['y']}", match["m"], match["d"], match["H"], match["M"], match["S"], None)
    if (
        ("/" in text or "." in text or "-" in text)
        and (match := _YEAR_LAST.search(text))
        and (when := _year_last(match))
    ):
        return when
    if match := _DAY_BADGE.search(text):
        day = match["d"] or match["d2"]
        return _build(match["y"], match["m"], day, _hour(match), match["M"], match["S"], _zone(match))
    if "月" in text and (match := _HAN_MONTH_BADGE.search(text) or _YEAR_HAN_MONTH.search(text)):
        return _build(match["y"], match["m"], match["d"], _hour(match), match["M"], match["S"], _zone(match))
    if ("年" in text and (match := _ROC.search(text)) and (match["roc"] or match["H"])) or (
        match := _ROC_DASHED.search(text)
    ):
        year = str(int(match["y"]) + _ROC_OFFSET)
        return _build(year, match["m"], match["d"], _hour(match), match["M"], match["S"], _zone(match))
    rare = _RARE_HINT.search(text) is not None
    if rare and any(word in text for word in _DATE_ONLY_WORDS) and (when := _labelled_date_only(text)):
        return when
    if "月" in text and (match := _HAN_MONTH_FIRST.search(text)):
        month = str(numeral(match["mon"]))
        return _build(match["y"], month, match["d"], match["H"], match["M"], None, None)
    if _YEAR.search(text) and (match := _ENGLISH.search(text)):
        month = str(_MONTHS.index((match["mon"] or match["mon2"])[:3].lower()) + 1)
        day, year = match["d"] or match["d2"], match["y"] or match["y2"]
        return _build(year, month, day, _hour(match), match["M"], match["S"], _zone(match))
    if _YEAR.search(text) and (match := _ENGLISH_YEAR_FIRST.search(text)):
        month = str(_MONTHS.index(match["mon"][:3].lower()) + 1)
        return _build(match["y"], month, match["d"], _hour(match), match["M"], match["S"], _zone(match))
    # A relative time is a byline field; in a sentence ("他刚刚到达", "2天前，...") it is story, not a date.
    if now is not None and len(text) <= settings.RELATIVE_TIME_LINE_MAX_CHARS and (when := relative_time(text, now)):
        return when
    if default_year is not None:
        match = _NO_YEAR.search(text)
        if match:
            return _build(str(default_year), match["m"], match["d"], match["H"], match["M"], None, None)
    if rare and _FULL_WIDTH_DIGIT.search(text):
        return parse_datetime(text.translate(_FULL_WIDTH), default_year, now)
    return None


def _zone(match: re.Match[str]) -> str | None:
    """The zone named before the time (香港時間15時32分), or else after it. Written before, it is the clock's own
    label; one after may open the next clock (BBC's "格林尼治标准时间 10:35 北京时间 18:35")."""
    return match["tz0"] or match["tz"]


def _year_last(match: re.Match[str]) -> str | None:
    """A year-last date, day first unless the second number cannot be a month (US: 09/25/2021). Dotted or dashed,
    only zero-padded (15.05.2014, RFI's and Hong Kong schools' 24-06-2022): a version number (1.2.2019) is dotted
    too."""
    if match["sep"] in ".-" and not len(match["a"]) == len(match["b"]) == _PADDED_DIGITS:
        return None
    day, month = (match["b"], match["a"]) if int(match["b"]) > _MONTHS_IN_YEAR else (match["a"], match["b"])
    if match["H"] is None and match["H0"] is not None:
        return _build(match["y"], month, day, _meridiem_hour(match["H0"], match["ap0"]), match["M0"], None, None)
    hour = _meridiem_hour(match["H"], match["ap"])
    return _build(match["y"], month, day, hour, match["M"], match["S"], match["tz"])


def _meridiem_hour(hour: str | None, meridiem: str | None) -> str | None:
    """``3`` and ``pm`` -> ``15``; ``12`` and ``am`` -> ``0``; an hour without a meridiem stays."""
    if hour is None or not meridiem:
        return hour
    pm = meridiem.replace(".", "").upper() == "PM"
    value = int(hour) % 12
    return str(value + 12 if pm else value)


def _labelled_date_only(text: str) -> str | None:
    """A two-digit-year or Chinese-numeral date right after a date label, as that day's midnight."""
    if match := _SHORT_YEAR_LABELLED.search(text) or _SHORT_YEAR_BAR.search(text):
        return _build(f"20{match['y']}", match["m"], match["d"], None, None, None, None)
    if match := _NUMERAL_DATE.search(text):
        year = "".join(str(numeral(ch)) for ch in match["y"])
        return _build(year, str(numeral(match["m"])), str(numeral(match["d"])), None, None, None, None)
    return None


def china_time(stamp: str | None) -> datetime | None:
    """An ISO 8601 time (any offset; naive means China time) as naive China time, None when unreadable."""
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(_CHINA).replace(tzinfo=None) if moment.tzinfo else moment


def year_from_url(url: str | None) -> int | None:
    match = _URL_DATE.search(url or "")
    return int(match["y"]) if match else None


def day_from_url(url: str | None) -> str | None:
    """The day a URL files its page under (``/html/2011-09/14/content_1.htm``), as ``YYYY-MM-DD``."""
    match = _URL_DATE.search(url or "")
    return f"{match['y']}-{match['m']}-{match['d']}" if match else None


def _from_epoch(seconds: int) -> str | None:
    try:
        return _china(datetime.fromtimestamp(seconds, _CHINA).replace(tzinfo=None))
    except (OverflowError, OSError, ValueError):
        return None


def _hour(match: re.Match[str]) -> str | None:
    """The hour on a 24-hour clock: 下午3:20 and 3:20 PM are 15:20, 12:05 AM is 00:05."""
    hour, meridiem = match["H"], (match["ap"] or match["ap2"] or "").replace(".", "").upper()
    if hour is None or not meridiem:
        return hour
    value = int(hour)
    if (meridiem == "PM" or meridiem in _PM_WORDS) and value < 12:
        if meridiem == "中午" and value >= 11:
            return hour  # 中午11:30 is before noon; 中午1:00 is 13:00
        return str(value + 12)
    if meridiem in ("AM", "凌晨", "午前") and value == 12:
        return "0"
    return hour


def _china(moment: datetime) -> str:
    """A naive China time as the corpus writes every time."""
    return moment.isoformat() + settings.DEFAULT_TZ_OFFSET


def from_wall_clock(moment: datetime, zone_name: str) -> str:
    """A naive time on a named place's clock (daylight saving included) as China time; China time as shown when
    the IANA database lacks the zone (slim images without ``tzdata``). Shared by the written city clocks here and
    the sites' own wall clocks (``localtime``)."""
    try:
        zone = ZoneInfo(zone_name)
    except ZoneInfoNotFoundError:
        return _china(moment)
    return _china(moment.replace(tzinfo=zone).astimezone(_CHINA).replace(tzinfo=None))


def _build(y: str, m: str, d: str, hh: str | None, mm: str | None, ss: str | None, tz: str | None) -> str | None:
    try:
        moment = datetime(int(y), int(m), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
    except ValueError:
        return None
    if tz in settings.WRITTEN_ZONE_CLOCKS:
        # A day alone stays that day, as a wall clock's day does (settings.LOCAL_TIME_DAY_ZONES): no hour to move.
        return from_wall_clock(moment, settings.WRITTEN_ZONE_CLOCKS[tz]) if hh is not None else _china(moment)
    if tz:
        # A stated offset (often Z in JSON) is converted, so every time in the corpus reads the same way.
        tz = settings.NAMED_TZ_OFFSETS.get(tz.upper(), tz)
        hours, minutes = int(tz[1:3]), int(tz[-2:])
        sign = -1 if tz.startswith("-") else 1
        offset = timezone(sign * timedelta(hours=hours, minutes=minutes))
        moment = moment.replace(tzinfo=offset).astimezone(_CHINA).replace(tzinfo=None)
    return _china(moment)
