"""A wire dateline in square brackets names its agency as the round-bracketed one does (README: the bracketed
dateline's outlet is the source): ``【中央社記者X台北3日電】`` (blind27's strings) as ``（中央社記者X台北3日電）``."""

import pytest

from newscorpus.scrapers.byline import parse_line


@pytest.mark.parametrize("brackets", ["（）", "【】", "[]"])
def test_the_datelines_agency_in_any_bracket(brackets: str) -> None:
    byline = parse_line(f"{brackets[0]}中央社記者陳家豪高雄9日電{brackets[1]}")
    assert (byline.author, byline.source) == ("陳家豪", "中央社")


def test_a_bracketed_credit_without_a_dateline_names_no_source() -> None:
    assert parse_line("【海峡都市报记者 林晓】").source is None
