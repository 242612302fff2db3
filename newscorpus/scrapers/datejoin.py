"""A date split across elements, glued back before the date grammar reads it: a label alone on its line and
the value on the next, a time or weekday alone after its date, a calendar badge's day before its year and month."""

from __future__ import annotations

import re

from newscorpus import settings

# A time of day or a weekday alone on its line: the rest of a date split across elements
# (<div>2016年3月5日</div><div>星期六</div><div>09:05</div>).
# The time may name its zone first and write 時/分 (<br>香港時間15時32分, HK government notes).
_TIME_ONLY = re.compile(
    rf"\s*(?:(?:{'|'.join(settings.WRITTEN_ZONE_WORDS)})\s*)?"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}[时時]\d{2}分?|(?:星期|周|週|礼拜|禮拜)[一二三四五六日天])\s*$"
)
# A calendar badge read apart by the bar's elements: its day alone (ending the line before, after a label
# perhaps), then its year and month alone ("15" / "2024-05"): glued back, the date grammar reads the badge.
_BADGE_DAY_END = re.compile(r"(?:^|[\s:：])[0-3]?\d\s*$")
# A line that shows a time of day already: a time alone after it is something else (an audio player's length
# "03:12" under a bar stamped "2019-05-28 17:42"), not the rest of its date.
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")
_YEAR_MONTH_ONLY = re.compile(r"\s*(?:19|20)\d{2}[-/.][01]\d\s*$")
# A time of day shown only as the date's last update, its label between the two (BBC 中文's "2014年 6月 13日" then
# "最后更新时间： 格林尼治标准时间 02:31"): the label goes, the time completes the date it follows.
_ZONED_CLOCK = rf"(?=(?:(?:{'|'.join(settings.WRITTEN_ZONE_WORDS)})\s*)?\d{{1,2}}:\d{{2}})"
_UPDATE_LABEL = r"(?:最后|最後)?更新(?:时间|時間)?\s*[:：]\s*"
_UPDATED_TIME = re.compile(rf"^\s*{_UPDATE_LABEL}{_ZONED_CLOCK}")
_DATE_THEN_UPDATED = re.compile(rf"(\d\s*日)\s*{_UPDATE_LABEL}{_ZONED_CLOCK}")


def with_labels(lines: list[str], key: re.Pattern[str]) -> list[str]:
    """The lines, a label alone on its line ("发布日期：") joined to the value on the next, a time or
    weekday alone on its line ("14:20", "星期六") to the date on the line before, and a badge's year and
    month alone ("2024-05") to its day ending the line before (split elements). ``key``: the date-word
    search (``datelines._KEY``) that tells a label alone on its line."""
    joined: list[str] = []
    carry = ""
    short = max(settings.DATE_TIME_ONLY_MAX_CHARS, settings.DATE_LABEL_ONLY_MAX_CHARS)
    for line in lines:
        if "更新" in line:
            line = _UPDATED_TIME.sub("", _DATE_THEN_UPDATED.sub(r"\1 ", line))
        if len(line) <= short:  # most lines are longer: one length test rules both cases out
            if joined and len(line) <= settings.DATE_TIME_ONLY_MAX_CHARS and _rest_of_date(joined[-1], line):
                joined[-1] = f"{joined[-1]} {line}"
                continue
            if joined and _YEAR_MONTH_ONLY.match(line) and _BADGE_DAY_END.search(joined[-1]):
                joined[-1] = joined[-1].rstrip() + line.strip()
                continue
            if (
                len(line) <= settings.DATE_LABEL_ONLY_MAX_CHARS
                and key.search(line)
                and not any(ch.isdigit() for ch in line)
            ):
                carry = line
                continue
        joined.append(f"{carry} {line}" if carry else line)
        carry = ""
    return joined


def _rest_of_date(before: str, line: str) -> bool:
    """A time or weekday alone on its line, completing the line before: not a second time after one."""
    return _TIME_ONLY.match(line) is not None and not (_HAS_TIME.search(before) and _HAS_TIME.search(line))
