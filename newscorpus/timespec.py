"""Times given on the command line: a date, an ISO 8601 time, or an age such as 36h or 7d."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from newscorpus import settings

_AGE = re.compile(r"(\d+)([mhd])")
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}


def parse_instant(value: str, now: datetime | None = None) -> datetime:
    """An aware datetime. Without an offset the time is read in the corpus's default zone (+08:00, as
    published_at is), so `--since 2024-03-01` means midnight in China for either --by. Raises ValueError."""
    text = value.strip()
    age = _AGE.fullmatch(text)
    if age:
        return (now or datetime.now(UTC)) - timedelta(**{_UNITS[age.group(2)]: int(age.group(1))})
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = datetime.fromisoformat(moment.isoformat() + settings.DEFAULT_TZ_OFFSET)
    return moment
