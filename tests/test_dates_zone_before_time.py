"""A zone's abbreviation may stand between the date and the time (RTHK's item footer: ``2020-04-15 HKT 13:22``),
as a written zone does (``香港時間15時32分``); before, the time was lost and the page dated 00:00 (blind28)."""

import pytest

from newscorpus.scrapers.dates import parse_datetime


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-11-03 HKT 09:47", "2021-11-03T09:47:00+08:00"),
        ("2021-11-03 09:47 HKT", "2021-11-03T09:47:00+08:00"),
        ("2021-11-03 JST 09:47", "2021-11-03T08:47:00+08:00"),
        ("2021-11-03 UTC 01:47", "2021-11-03T09:47:00+08:00"),
    ],
)
def test_the_zone_before_or_after_the_time(text: str, expected: str) -> None:
    assert parse_datetime(text) == expected


def test_capitals_running_on_are_no_zone() -> None:
    # "HKTV" is a broadcaster's name, not Hong Kong time: the date stands alone
    assert parse_datetime("2021-11-03 HKTV 09:47") == "2021-11-03T00:00:00+08:00"
