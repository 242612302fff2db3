"""Chinese publish-time formats -> ISO 8601 at +08:00 (issue 4)."""

from __future__ import annotations

import pytest

from newscorpus.scrapers.dates import first_datetime, parse_datetime


@pytest.mark.parametrize(
    ("text", "year", "want"),
    [
        ("2023年10月31日 08:30", None, "2023-10-31T08:30:00+08:00"),
        ("发布时间：2023-10-31 08:30:00", None, "2023-10-31T08:30:00+08:00"),
        ("10-31 08:30", 2023, "2023-10-31T08:30:00+08:00"),
        ("10-31 08:30", None, None),
        ("2019-09-07T00:31:40.109Z", None, "2019-09-07T08:31:40+08:00"),
        ("2019-05-18", None, "2019-05-18T00:00:00+08:00"),
        ("1567816300", None, "2019-09-07T08:31:40+08:00"),
        ("2023-02-30 08:30", None, None),
    ],
)
def test_parse_datetime(text: str, year: int | None, want: str | None) -> None:
    assert parse_datetime(text, default_year=year) == want


def test_labelled_time_beats_an_earlier_date() -> None:
    lines = ["2019-08-19 热点", "发布时间：2019-09-26 10:09:11"]
    assert first_datetime(lines, None) == "2019-09-26T10:09:11+08:00"


def test_year_comes_from_the_url() -> None:
    assert first_datetime(["10-31 08:30 来源：新华社"], "https://x.cn/2022/1031/1.html") == "2022-10-31T08:30:00+08:00"
