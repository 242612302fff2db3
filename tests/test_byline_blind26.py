"""Byline string rows blind26 missed when scored unseen, each fixed as the rule it belongs to (README: byline
section), with variants of other names and spellings and the negatives the rule must keep."""

from __future__ import annotations

import pytest

from newscorpus.scrapers.byline import parse_line


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("（邵阳日报记者 李超 通讯员 曾凡）", "李超 曾凡"),  # blind26's row
        ("记者 王芳 通讯员 曾强", "王芳 曾强"),
        ("本报记者 张伟 实习生 曾小燕", "张伟 曾小燕"),
        ("记者：刘洋 通讯员：曾凡华", "刘洋 曾凡华"),
        ("（記者 陳家樂 通訊員 曾詠琪）", "陳家樂 曾詠琪"),
        ("记者 曾凡", "曾凡"),
    ],
)
def test_a_co_writer_led_by_a_verb_surname_alone_is_named(line: str, author: str) -> None:
    # 曾 opens prose after 记者 ("记者曾多次前往"); a name-shaped person alone as the label's value is no prose.
    assert parse_line(line).author == author


@pytest.mark.parametrize("line", ["记者曾多次前往当地调查", "记者 曾 前往现场", "记者曾经走访过这里"])
def test_prose_after_the_reporter_label_names_nobody(line: str) -> None:
    assert parse_line(line).author is None


@pytest.mark.parametrize(
    "line",
    [
        "作者為台大歷史系教授",
        "作者為資深媒體人",
        "（作者現任北京大學教授）",
        "作者为中国人民大学教授",
        "作者系资深律师",
    ],
)
def test_an_affiliation_in_either_script_names_nobody(line: str) -> None:
    assert parse_line(line).author is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("由 秘書處 於 2019年7月8日 14:20 發佈", None),  # blind26's row: an office, traditional script
        ("由 宣傳部 於 2020年1月2日 發佈", None),
        ("由 總務處 於 2018-03-02 10:00 發表", None),
        ("由 辦公室 於 2017年5月6日 上傳", None),
        ("由 陳大文 於 2019年7月8日 14:20 發佈", "陳大文"),
        ("由 小满 于 2021-03-02 发布", "小满"),
    ],
)
def test_an_office_posting_names_no_writer_in_either_script(line: str, author: str | None) -> None:
    assert parse_line(line).author == author
