"""Publish times as Chinese pages write them, normalised to ISO 8601 at +08:00 (the corpus's zone)."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings

# The parts that may follow a date: a weekday (星期三, （周三）, (水), Wed), then a time with its
# meridiem before (下午3:20, Japanese 10時20分) or after it (3:20 PM), then an offset.
_WEEKDAY = (
    r"(?:\s*[（(]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][)）]?|\s*[（(][月火水木金土日][)）]"
    r"|\s*,?\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?)?"
)
_MERIDIEM = r"上午|下午|早上|晚上|傍晚|凌晨|中午|[AaPp]\.?[Mm]\.?"
_TIME = (
    _WEEKDAY + rf"(?:,?[\sT]*(?P<ap>{_MERIDIEM})?\s*(?P<H>\d{{1,2}})\s*[:：时時]\s*(?P<M>\d{{1,2}})"
    r"(?:\s*[:：分]\s*(?P<S>\d{1,2}))?(?:\.\d+)?(?:\s*(?P<ap2>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2}(?!\d)|GMT|UTC)?"
)
_FULL = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[年\-/.]\s*(?P<m>\d{1,2})\s*[月\-/.]\s*(?P<d>\d{1,2})(?!\d)\s*日?" + _TIME)
# Taiwan's Republic years (民國113年5月15日 is 2024): only with 年, 月 and 日 written out, and 民國 before
# or a time after (a bare "100年5月1日" may be a count of years in a sentence).
_ROC = re.compile(
    r"(?P<roc>民[國国]\s*)?(?<!\d)(?P<y>1[01]\d|[89]\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日" + _TIME
)
_ROC_OFFSET = 1911
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = (
    r"(?P<mon>(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?)"
)
# English dates of HK and overseas pages: May 15, 2024 10:20 AM; 15 May 2024; Wed, 15 May 2024 02:20:00 GMT.
_ENGLISH = re.compile(
    rf"(?:{_MONTH_NAME}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})"
    rf"|(?P<d2>\d{{1,2}})\s+{_MONTH_NAME.replace('mon>', 'mon2>')},?\s+(?P<y2>(?:19|20)\d{{2}}))" + _TIME,
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")  # a cheap test before the English grammar runs
_PM_WORDS = ("下午", "晚上", "傍晚", "中午")
# "10-31 08:30" or "10月31日 08:30": the year comes from context (the URL, or the fetch date).
_NO_YEAR = re.compile(
    r"(?<![\d\-/.年])(?P<m>\d{1,2})\s*[月\-/]\s*(?P<d>\d{1,2})\s*日?\s+(?P<H>\d{1,2})\s*[:：]\s*(?P<M>\d{2})"
)
# "18-08-01 10:07": a two-digit year is only trusted with a time after it (a bare "18-08-01" may be anything).
_SHORT_YEAR = re.compile(
    r"(?<![\d\-/.])(?P<y>\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\s+(?P<H>\d{1,2})[:：](?P<M>\d{2})"
    r"(?:[:：](?P<S>\d{2}))?"
)
# Relative times, resolved against the fetch time when the caller knows it.
_AGO = re.compile(r"(?P<n>\d{1,3})\s*(?P<unit>秒|分钟|小时|天)前")
_DAY_WORD = re.compile(r"(?P<day>今天|昨天|前天)\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})")
_AGO_UNITS = {"秒": "seconds", "分钟": "minutes", "小时": "hours", "天": "days"}
_DAYS_BACK = {"今天": 0, "昨天": 1, "前天": 2}
# A date written inside a URL is where the page was filed, not the time it shows: read around it.
_URL_TEXT = re.compile(r"(?:https?:)?//\S+|www\.\S+")
# Lines naming another time than the publication: an update, a recommended article, a comment, a deadline.
# Only when the word leads into the date ("更新于 2023-..."), not when it is another field of the same bar.
_NOT_PUBLISHED = re.compile(
    r"(?:更新|修改|最新|推荐|推薦|评论|評論|回复|回覆|截止|到期|编辑于|編輯於|[Uu]pdated)\D{0,12}\d"
)
_URL_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})[-/_]?(?P<m>[01]\d)[-/_]?(?P<d>[0-3]\d)")
# A labelled time ("发布时间：...") beats any other date near the headline.
_LABEL = re.compile(
    r"发布时间|发表时间|发布日期|发表于|发布于|时间[:：]|日期[:：]|于\s*\d{2,4}\D.{0,20}发布"
    r"|[發发][佈布表]時間|[發发][佈布]日期|[發发][佈布表]於|時間[:：]|刊登日期|公開日|配信日|掲載日|投稿日|[Pp]ublished"
)
_EPOCH = re.compile(r"^1\d{9}(\d{3})?$")
# Where a page states its publish time for machines; the first two in priority order after the metas.
_METADATA_QUERY = 'meta, script[type="application/ld+json"], time[datetime]'
_TIME_META = (
    "article:published_time",
    "og:release_date",
    "pubdate",
    "publishdate",
    "PubDate",
    "publish_time",
    "ptime",
    "weibo:article:create_at",
    "datePublished",
    "sailthru.date",
    "parsely-pub-date",
    "og:published_time",
    "pubtime",
    "publishtime",
    "dc.date.issued",
    "DC.date.issued",
    "dcterms.created",
    "citation_publication_date",
)
# Keys of the state objects that script-rendered pages embed (window.__INITIAL_STATE__ and the like).
_STATE_DATE = re.compile(
    r"""["']?(?:publishDate|publishTime|publish_time|pubDate|pubTime|datePublished|publishedAt)["']?\s*[:=]\s*"""
    r"""["']?([^"',}]{8,40})"""
)
_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
_CHINA = timezone(timedelta(hours=8))


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
        return _build(match["y"], match["m"], match["d"], _hour(match), match["M"], match["S"], match["tz"])
    match = _SHORT_YEAR.search(text)
    if match:
        return _build(f"20{match['y']}", match["m"], match["d"], match["H"], match["M"], match["S"], None)
    if "年" in text and (match := _ROC.search(text)) and (match["roc"] or match["H"]):
        year = str(int(match["y"]) + _ROC_OFFSET)
        return _build(year, match["m"], match["d"], _hour(match), match["M"], match["S"], match["tz"])
    if _YEAR.search(text) and (match := _ENGLISH.search(text)):
        month = str(_MONTHS.index((match["mon"] or match["mon2"])[:3].lower()) + 1)
        day, year = match["d"] or match["d2"], match["y"] or match["y2"]
        return _build(year, month, day, _hour(match), match["M"], match["S"], match["tz"])
    # A relative time is a byline field; in a sentence ("他刚刚到达", "2天前，...") it is story, not a date.
    if now is not None and len(text) <= settings.RELATIVE_TIME_LINE_MAX_CHARS and (when := _relative(text, now)):
        return when
    if default_year is not None:
        match = _NO_YEAR.search(text)
        if match:
            return _build(str(default_year), match["m"], match["d"], match["H"], match["M"], None, None)
    return None


def first_datetime(lines: list[str], url: str | None, fetched_at: str | None = None) -> str | None:
    """The publish time among lines: a labelled one first, else the first date found.

    Dates on lines about something else (更新于, 最新推荐文章于, comments) only count when no other line
    has one.
    """
    year = year_from_url(url) or _year_in(lines)
    now = china_time(fetched_at)
    ranked: list[tuple[int, str]] = []
    for line in lines:
        if when := parse_datetime(line, year, now):
            rank = 2 if _NOT_PUBLISHED.search(line) else 0 if _LABEL.search(line) else 1
            ranked.append((rank, when))
    return min(ranked, key=lambda found: found[0])[1] if ranked else None


def china_time(stamp: str | None) -> datetime | None:
    """An ISO 8601 time (any offset; naive means China time) as naive China time, None when unreadable."""
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(_CHINA).replace(tzinfo=None) if moment.tzinfo else moment


def _relative(text: str, now: datetime) -> str | None:
    if "刚刚" in text:
        return _iso(now.replace(second=0, microsecond=0))
    if match := _AGO.search(text):
        delta = timedelta(**{_AGO_UNITS[match["unit"]]: int(match["n"])})
        return _iso((now - delta).replace(second=0, microsecond=0))
    if match := _DAY_WORD.search(text):
        day = now - timedelta(days=_DAYS_BACK[match["day"]])
        try:
            return _iso(day.replace(hour=int(match["H"]), minute=int(match["M"]), second=0, microsecond=0))
        except ValueError:
            return None
    return None


def _iso(moment: datetime) -> str:
    return moment.isoformat() + settings.DEFAULT_TZ_OFFSET


def published_from_metadata(tree: LexborHTMLParser) -> str | None:
    """Publish time from meta tags, JSON-LD or <time datetime>, in that order."""
    # One pass over the page for all three sources (a selector per meta name and attribute cost 33): each
    # selector names its own tag, so the tag tells which one found a node, in page order.
    found: dict[str, list[LexborNode]] = {"meta": [], "script": [], "time": []}
    for node in tree.css(_METADATA_QUERY):
        if (group := found.get(node.tag or "")) is not None:
            group.append(node)
    content_by_name: dict[str, str | None] = {}
    for node in found["meta"]:
        attributes = node.attributes
        for attribute in ("property", "name", "itemprop"):
            if (key := attributes.get(attribute)) is not None:
                content_by_name.setdefault(key, attributes.get("content"))
    for name in _TIME_META:
        if name in content_by_name and (when := parse_datetime(content_by_name[name])):
            return when
    for script in found["script"]:
        if when := _json_ld_date(script.text()):
            return when
    for node in found["time"]:
        if when := parse_datetime(node.attributes.get("datetime")):
            return when
    return None


def published_from_scripts(tree: LexborHTMLParser) -> str | None:
    """The publish date in a script's state object (pages rendered by JavaScript show no date in HTML).

    Such state often nests the dates of other stories inside the page's own object; the least nested
    date is the page's.
    """
    best: tuple[int, str] | None = None
    for script in tree.css("script"):
        text = script.text()
        for match in _STATE_DATE.finditer(text):
            when = parse_datetime(match.group(1))
            if when is None:
                continue
            before = text[: match.start()]
            depth = before.count("{") + before.count("[") - before.count("}") - before.count("]")
            if best is None or depth < best[0]:
                best = (depth, when)
    return best[1] if best else None


def year_from_url(url: str | None) -> int | None:
    match = _URL_DATE.search(url or "")
    return int(match["y"]) if match else None


def _year_in(lines: list[str]) -> int | None:
    """The year of the first full date among the lines, for 'MM-DD HH:MM' written next to it."""
    for line in lines:
        if match := _FULL.search(line):
            return int(match["y"])
    return None


def _json_ld_date(raw: str) -> str | None:
    """datePublished of the JSON-LD objects, @graph included; by pattern when the JSON is broken (often)."""
    try:
        data = json.loads(raw)
    except ValueError:
        match = _LD_PUBLISHED.search(raw)
        return parse_datetime(match.group(1)) if match else None
    entries = data if isinstance(data, list) else [data]
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        graph = entry.get("@graph")
        for item in [entry, *(graph if isinstance(graph, list) else [])]:
            if isinstance(item, dict) and (when := parse_datetime(str(item.get("datePublished") or ""))):
                return when
    return None


def _from_epoch(seconds: int) -> str | None:
    try:
        return datetime.fromtimestamp(seconds, _CHINA).replace(tzinfo=None).isoformat() + settings.DEFAULT_TZ_OFFSET
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
    if meridiem in ("AM", "凌晨") and value == 12:
        return "0"
    return hour


def _build(y: str, m: str, d: str, hh: str | None, mm: str | None, ss: str | None, tz: str | None) -> str | None:
    try:
        moment = datetime(int(y), int(m), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
    except ValueError:
        return None
    if tz:
        # A stated offset (often Z in JSON) is converted, so every time in the corpus reads the same way.
        hours, minutes = (0, 0) if tz in ("Z", "GMT", "UTC") else (int(tz[1:3]), int(tz[-2:]))
        sign = -1 if tz.startswith("-") else 1
        offset = timezone(sign * timedelta(hours=hours, minutes=minutes))
        moment = moment.replace(tzinfo=offset).astimezone(_CHINA).replace(tzinfo=None)
    return moment.isoformat() + settings.DEFAULT_TZ_OFFSET
