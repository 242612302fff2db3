"""Dates in URL paths (/2024/05/15/, /20240515/, /shx/240423/): the part of the URL grammar that finds them."""

from __future__ import annotations

import re

# A segment that is (the start of) a date: 2024, 202405, 20240515, 2024-05, 2024_05_15, 2024-05-15, and
# the six-digit yymmdd of some CMSs (/shx/240423/).
YEAR_MONTH = re.compile(r"20\d\d(?:[-_]?[01]\d(?:[-_]?[0-3]\d)?)?|[0-3]\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_DATE_REST = re.compile(r"[01]?\d(?:[-_]?[0-3]\d)?|[0-3]?\d")  # the month/day segments after a year
_MONTH_END = re.compile(r"(?:20\d\d[-_]?)?[01]?\d")  # 202409, 2024-09, or a month after a year folder
_YEAR = re.compile(r"20\d\d")
# A digit run that is only a date (20240515), not an id.
ONLY_DATE = re.compile(r"20\d\d(?:[-_]?[01]\d(?:[-_]?[0-3]\d)?)?")


def date_end(segments: list[str]) -> int | None:
    """The index of the first segment after the path's year-and-month date, when one follows it."""
    for start, segment in enumerate(segments):
        if not YEAR_MONTH.fullmatch(segment):
            continue
        end = start + 1
        while end < len(segments) and end - start < 3 and _DATE_REST.fullmatch(segments[end]):
            end += 1
        has_month = len(segment) > 4 or end > start + 1
        return end if has_month and end < len(segments) else None
    return None


def ends_month(segments: list[str]) -> bool:
    """The path so far ends at a month, no day (/201809, /2018/09): a number after it may be the day."""
    if not segments or not _MONTH_END.fullmatch(segments[-1]):
        return False
    return len(segments[-1]) > 2 or (len(segments) >= 2 and bool(_YEAR.fullmatch(segments[-2])))
