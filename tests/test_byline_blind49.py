"""Byline classes first missed on blind49 (session 18), each tested in words the batch does not use where the
class allows."""

from __future__ import annotations

import pytest

from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.bylinebare import is_outlet


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者：文/图 周岚", "周岚"),  # the 图 of 文/图 set off by a space
        ("作者：住持 释慧明", "释慧明"),  # a monastery's office, then a monk's name led by 释
        ("作者：釋宏法", "釋宏法"),
        ("文/财经频道专栏作家 马行远", "马行远"),  # a column's role before the name
        ("执笔：省委党史研究室 郭平", "郭平"),  # a research office, like a unit
        ("来源：健康医生（ID：jiankangys）", "健康医生"),  # an account keeps the title its brand ends in
        ("作者：梁志恆牧師", "梁志恆"),  # a person's glued title still goes
        ("青禾｜文", "青禾"),  # a pen name signing with the role alone on its line
        ("释放", None),  # a word, no monk
    ],
)
def test_blind49_author_classes(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("word", "outlet"),
    [
        ("齐鲁晚报-齐鲁壹点", True),  # a paper and its app, one outlet
        ("人民网－人民日报", True),
        ("张三-李四", False),
        ("2019-新华网", False),
    ],
)
def test_two_outlets_joined_by_a_dash_are_one(word: str, outlet: bool) -> None:
    assert is_outlet(word) is outlet


def test_a_joined_outlet_before_a_reporter_names_the_source() -> None:
    byline = parse_line("齐鲁晚报-齐鲁壹点 记者 孙敏 实习生 刘畅")
    assert (byline.author, byline.source) == ("孙敏 刘畅", "齐鲁晚报-齐鲁壹点")
