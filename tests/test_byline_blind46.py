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


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者：眼科 王丽 神经内科 陈涛", "王丽 陈涛"),  # each writer's ward before the name
        ("作者：王丽 麻醉医学科 陈涛", "王丽 陈涛"),
        ("作者：王丽 李晓科", "王丽 李晓科"),  # a three-character name ending in 科 is a person
    ],
)
def test_each_writer_s_ward_before_the_name_goes(line: str, author: str) -> None:
    assert parse_line(line).author == author


def test_a_school_then_a_class_before_the_writer_both_go() -> None:
    # blind29's row went wrong the other way (the school was the author): units before the name go in a run.
    assert parse_line("作者：青州市第一中学 初三（2）班 王雨萱").author == "王雨萱"


@pytest.mark.parametrize("button", ["关注", "關注", "+关注", "订阅"])
def test_a_follow_button_after_the_writer_is_no_name(button: str) -> None:
    assert parse_line(f"作者 山间小溪 {button}").author == "山间小溪"
