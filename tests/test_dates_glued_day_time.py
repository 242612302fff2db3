"""A two-digit day glued to its time by a bar's elements (``2020-07-02<span>15:08</span>`` reads
``2020-07-0215:08``) is still that day at that time (blind29's stcn brief had no date); a one-digit hour or a
run of more digits stays unread, since the split is not certain there."""

import pytest

from newscorpus.scrapers.dates import parse_datetime


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-03-0909:41来源：证券时报", "2021-03-09T09:41:00+08:00"),
        ("2021/03/0923:05:17", "2021-03-09T23:05:17+08:00"),
        ("2021-03-09 09:41", "2021-03-09T09:41:00+08:00"),
    ],
)
def test_a_day_glued_to_its_time(text: str, expected: str) -> None:
    assert parse_datetime(text) == expected


@pytest.mark.parametrize("text", ["2021-3-099:41", "2021-03-0909:411", "2021-03-091"])
def test_an_uncertain_split_is_no_date(text: str) -> None:
    assert parse_datetime(text) is None
