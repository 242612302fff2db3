"""Publish times first missed on blind47 (session 17)."""

from __future__ import annotations

import pytest

from newscorpus.scrapers.datelines import shown_datetime


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        # Hong Kong papers print the weekday as a bare numeral in brackets between the date and the time.
        (["2016年11月21日(一)", "18:42"], "2016-11-21T18:42:00+08:00"),
        (["2016年11月20日（日） 07:05"], "2016-11-20T07:05:00+08:00"),
        (["2016年11月23日(三)"], "2016-11-23T00:00:00+08:00"),
    ],
)
def test_a_bare_numeral_weekday_between_the_date_and_the_time(lines: list[str], want: str) -> None:
    assert shown_datetime(lines, None) == want
