"""Relative times a byline shows (``3分钟前``, ``昨天 08:30``, ``刚刚``), resolved against the fetch time when
the caller knows it; ``dates.parse_datetime`` reads them last, on a short line only.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from newscorpus import settings

_AGO = re.compile(r"(?P<n>\d{1,3})\s*(?P<unit>秒|分钟|小时|天)前")
_DAY_WORD = re.compile(r"(?P<day>今天|昨天|前天)\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})")
JUST_NOW = "刚刚"
# The words a relative time holds (but 今天/昨天/前天 with a time): found by plain substring tests, a page's
# whole text is searched in C (a digit-led _AGO would be tried at every digit).
_RELATIVE_WORDS = ("天前", "时前", "钟前", "秒前", "刚刚")
_AGO_UNITS = {"秒": "seconds", "分钟": "minutes", "小时": "hours", "天": "days"}
_DAYS_BACK = {"今天": 0, "昨天": 1, "前天": 2}


def holds_relative(text: str) -> bool:
    """Whether ``text`` may hold a relative time (3天前, 昨天 08:30, 刚刚): one the fetch time resolves. A
    cheap test before a search of the page's elements; the grammar decides."""
    return any(word in text for word in _RELATIVE_WORDS) or ("天" in text and _DAY_WORD.search(text) is not None)


def relative_time(text: str, now: datetime) -> str | None:
    """The time ``text`` shows relative to ``now`` (the fetch time, China time), to the minute."""
    if JUST_NOW in text:
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
