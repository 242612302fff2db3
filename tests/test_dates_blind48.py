"""Year-last dates with a 12-hour time (blind48's Sin Chew bar printed the time first): the meridiem counts on
either side of the date; and a dashed ROC date behind its date word (發布日期：107-05-21)."""

from __future__ import annotations

import pytest

from newscorpus.scrapers.dates import parse_datetime


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("发布: 9:20pm 02/07/2020", "2020-07-02T21:20:00+08:00"),  # the time first, then the day
        ("8:05 AM 28/02/2019", "2019-02-28T08:05:00+08:00"),
        ("12:15am 01/01/2022", "2022-01-01T00:15:00+08:00"),
        ("12:40pm 30/06/2023", "2023-06-30T12:40:00+08:00"),
        ("28/02/2019 8:05pm", "2019-02-28T20:05:00+08:00"),  # the time after the day: its pm counted too
        ("28/02/2019 20:05", "2019-02-28T20:05:00+08:00"),
        ("02/07/2020", "2020-07-02T00:00:00+08:00"),
    ],
)
def test_a_twelve_hour_time_beside_a_year_last_date(text: str, expected: str) -> None:
    assert parse_datetime(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("發布日期：107-05-21", "2018-05-21T00:00:00+08:00"),  # a Taiwan government page's dashed ROC date
        ("更新時間：112/03/15 10:20", "2023-03-15T10:20:00+08:00"),
        ("上版日期：99.12.01", "2010-12-01T00:00:00+08:00"),
        ("電話：107-05-21", None),  # no date word before it: a number
        ("107-05-21 10:22", None),
    ],
)
def test_a_dashed_roc_date_after_its_label(text: str, expected: str | None) -> None:
    assert parse_datetime(text) == expected
