"""Publish times as Chinese pages write them, normalised to ISO 8601 at +08:00 (the corpus's zone)."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone

from selectolax.lexbor import LexborHTMLParser

from newscorpus import settings

_FULL = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[年\-/.]\s*(?P<m>\d{1,2})\s*[月\-/.]\s*(?P<d>\d{1,2})(?!\d)\s*日?"
    r"(?:[\sT]*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{1,2})(?:\s*[:：分]\s*(?P<S>\d{1,2}))?(?:\.\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2}(?!\d))?"
)
# "10-31 08:30" or "10月31日 08:30": the year comes from context (the URL, or the fetch date).
_NO_YEAR = re.compile(
    r"(?<![\d\-/.年])(?P<m>\d{1,2})\s*[月\-/]\s*(?P<d>\d{1,2})\s*日?\s+(?P<H>\d{1,2})\s*[:：]\s*(?P<M>\d{2})"
)
_URL_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})[-/_]?(?P<m>[01]\d)[-/_]?(?P<d>[0-3]\d)")
# A labelled time ("发布时间：...") beats any other date near the headline.
_LABEL = re.compile(r"发布时间|发表时间|发布日期|发表于|发布于|时间[:：]|日期[:：]")
_EPOCH = re.compile(r"^1\d{9}(\d{3})?$")
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
)
# Keys of the state objects that script-rendered pages embed (window.__INITIAL_STATE__ and the like).
_STATE_DATE = re.compile(
    r"""["']?(?:publishDate|publishTime|publish_time|pubDate|pubTime|datePublished|publishedAt)["']?\s*[:=]\s*"""
    r"""["']?([^"',}]{8,40})"""
)
_CHINA = timezone(timedelta(hours=8))


def parse_datetime(text: str | None, default_year: int | None = None) -> str | None:
    """Return the first plausible date-time in ``text`` as ISO 8601, or None when there is none."""
    if not text:
        return None
    text = text.strip()
    if _EPOCH.match(text):
        return _from_epoch(int(text[:10]))
    match = _FULL.search(text)
    if match:
        return _build(match["y"], match["m"], match["d"], match["H"], match["M"], match["S"], match["tz"])
    if default_year is not None:
        match = _NO_YEAR.search(text)
        if match:
            return _build(str(default_year), match["m"], match["d"], match["H"], match["M"], None, None)
    return None


def first_datetime(lines: list[str], url: str | None) -> str | None:
    """The publish time among lines: a labelled one first, else the first date found."""
    year = year_from_url(url) or _year_in(lines)
    found = [(when, bool(_LABEL.search(line))) for line in lines if (when := parse_datetime(line, year))]
    labelled = [when for when, has_label in found if has_label]
    return (labelled or [when for when, _ in found] or [None])[0]


def published_from_metadata(tree: LexborHTMLParser) -> str | None:
    """Publish time from meta tags, JSON-LD or <time datetime>, in that order."""
    # One pass collecting every <meta>, then the names in priority order: a selector per name and
    # attribute cost 33 passes over the page.
    content_by_name: dict[str, str | None] = {}
    for node in tree.css("meta"):
        attributes = node.attributes
        for attribute in ("property", "name", "itemprop"):
            if (key := attributes.get(attribute)) is not None:
                content_by_name.setdefault(key, attributes.get("content"))
    for name in _TIME_META:
        if name in content_by_name and (when := parse_datetime(content_by_name[name])):
            return when
    for script in tree.css('script[type="application/ld+json"]'):
        if when := _json_ld_date(script.text()):
            return when
    for node in tree.css("time[datetime]"):
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
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    for entry in data if isinstance(data, list) else [data]:
        if isinstance(entry, dict) and (when := parse_datetime(str(entry.get("datePublished", "")))):
            return when
    return None


def _from_epoch(seconds: int) -> str | None:
    try:
        return datetime.fromtimestamp(seconds, _CHINA).replace(tzinfo=None).isoformat() + settings.DEFAULT_TZ_OFFSET
    except (OverflowError, OSError, ValueError):
        return None


def _build(y: str, m: str, d: str, hh: str | None, mm: str | None, ss: str | None, tz: str | None) -> str | None:
    try:
        moment = datetime(int(y), int(m), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
    except ValueError:
        return None
    if tz:
        # A stated offset (often Z in JSON) is converted, so every time in the corpus reads the same way.
        hours, minutes = (0, 0) if tz == "Z" else (int(tz[1:3]), int(tz[-2:]))
        sign = -1 if tz.startswith("-") else 1
        offset = timezone(sign * timedelta(hours=hours, minutes=minutes))
        moment = moment.replace(tzinfo=offset).astimezone(_CHINA).replace(tzinfo=None)
    return moment.isoformat() + settings.DEFAULT_TZ_OFFSET
