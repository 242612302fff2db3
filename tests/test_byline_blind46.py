"""Byline classes first missed on blind46 (session 16), each tested in words the batch does not use where the
class allows."""

from __future__ import annotations

import pytest

from newscorpus.scrapers.byline import parse_line


@pytest.mark.parametrize(("line", "source"), [("来源：本庵", None), ("来源：本宫", None), ("來源：本廟", None)])
def test_a_religious_site_s_own_house_by_a_pronoun_names_no_outlet(line: str, source: str | None) -> None:
    assert parse_line(line).source == source


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("文／牧师 陈恩光", "陈恩光"),
        ("作者：法師 陳明德", "陳明德"),
        ("撰文：長老 林志成", "林志成"),
        ("作者：神父", None),
    ],
)
def test_clergy_before_the_name_goes(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("作者：学院宣传部 来源：学院宣传部", "学院宣传部"),
        ("来源：县委宣传部 作者：县委宣传部", "县委宣传部"),
        ("作者：市政府新闻办 来源：市政府新闻办", "市政府新闻办"),
    ],
)
def test_a_publicity_office_credited_as_writer_and_source_is_both(line: str, source: str) -> None:
    assert parse_line(line).source == source
