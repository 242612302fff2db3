"""Publish times as Chinese pages write them, normalised to ISO 8601 with an offset."""

from __future__ import annotations

import re
from datetime import datetime

from newscorpus import settings

_FULL = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[年\-/.]\s*(?P<m>\d{1,2})\s*[月\-/.]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:[\sT]*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{1,2})(?:\s*[:：分]\s*(?P<S>\d{1,2}))?)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?"
)
# "10-31 08:30" or "10月31日 08:30": the year comes from context (the URL, or the fetch date).
_NO_YEAR = re.compile(
    r"(?<![\d\-/.年])(?P<m>\d{1,2})\s*[月\-/]\s*(?P<d>\d{1,2})\s*日?\s+(?P<H>\d{1,2})\s*[:：]\s*(?P<M>\d{2})"
)
_URL_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})[-/_]?(?P<m>[01]\d)[-/_]?(?P<d>[0-3]\d)")


def parse_datetime(text: str | None, default_year: int | None = None) -> str | None:
    """Return the first plausible date-time in ``text`` as ISO 8601, or None when there is none."""
    if not text:
        return None
    match = _FULL.search(text)
    if match:
        return _build(match["y"], match["m"], match["d"], match["H"], match["M"], match["S"], match["tz"])
    if default_year is not None:
        match = _NO_YEAR.search(text)
        if match:
            return _build(str(default_year), match["m"], match["d"], match["H"], match["M"], None, None)
    return None


def year_from_url(url: str | None) -> int | None:
    match = _URL_DATE.search(url or "")
    return int(match["y"]) if match else None


def _build(y: str, m: str, d: str, hh: str | None, mm: str | None, ss: str | None, tz: str | None) -> str | None:
    try:
        moment = datetime(int(y), int(m), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
    except ValueError:
        return None
    offset = settings.DEFAULT_TZ_OFFSET
    if tz == "Z":
        offset = "+00:00"
    elif tz:
        offset = tz if ":" in tz else f"{tz[:3]}:{tz[3:]}"
    return moment.isoformat() + offset
