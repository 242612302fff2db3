"""Byline classes first missed on blind47 (session 17), each tested in words the batch does not use where the
class allows."""

from __future__ import annotations

import pytest

from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.bylinefold import padded_names


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("本报记者  王 静  李\u3000明", "王静 李明"),  # two padded names in a row, as people.com.cn aligns them
        ("本报记者 刘 洋 陈 思 赵 晨", "刘洋 陈思 赵晨"),
        ("本报记者 王 静", "王静"),
    ],
)
def test_several_padded_names_in_a_row_are_each_joined(line: str, author: str) -> None:
    assert parse_line(line).author == author


def test_a_run_of_lone_characters_not_led_by_surnames_stays_apart() -> None:
    # The font-size switch (大 中 小) and a four-character run whose pairs are no names are no padded names.
    assert padded_names(["字号", "大", "中", "小"]) == ["字号", "大", "中", "小"]
    assert padded_names(["上", "一", "下", "一"]) == ["上", "一", "下", "一"]
    assert padded_names(["王", "静", "李", "明"]) == ["王静", "李明"]
