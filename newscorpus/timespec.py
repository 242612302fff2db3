"""Times given on the command line: a date, an ISO 8601 time, or an age such as 36h or 7d."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from newscorpus import settings

_AGE = re.compile(r"(\d+)([mhd])")
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}


def parse_instant(value: str, now: datetime | None = None) -> datetime:
    """An aware datetime. Without an offset the time is read in the corpus's default zone (+08:00, as
    published_at is), so `--since 2024-03-01` means midnight in China for either --by. Raises ValueError,
    also for a time outside years 1-9999 once in UTC (an age of 99999999d, 9999-12-31T23:00-08:00):
    Python cannot hold it, and SQLite's julianday() reads it as NULL, which would match nothing."""
    text = value.strip()
    try:
        moment = _read(text, now or datetime.now(UTC))
        moment.astimezone(UTC)
    except OverflowError as exc:
        raise ValueError(f"{text!r} is outside the calendar") from exc
    return moment


def _read(text: str, now: datetime) -> datetime:
    age = _AGE.fullmatch(text)
    if age:
        return now - timedelta(**{_UNITS[age.group(2)]: int(age.group(1))})
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = datetime.fromisoformat(moment.isoformat() + settings.DEFAULT_TZ_OFFSET)
    return moment
