"""Classes session 36 found in blind91n's strings and pages (flipped to tune at the session's start): a closing
note whose second writer's label is qualified by a word glued before it (郑州台记者, 学生记者), read as a name.
Written as other outlets, names and wordings than the batch's, each with controls.
"""

from __future__ import annotations

import pytest

from newscorpus.scrapers.byline import parse_line


def _fields(line: str) -> tuple[str | None, str | None, str | None]:
    found = parse_line(line)
    return found.author, found.source, found.editor


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("（总台记者 刘晓燕 武汉台记者 陈志刚）", ("刘晓燕 陈志刚", None, None)),
        ("（校报记者 孙佳 学生记者 何宇航）", ("孙佳 何宇航", None, None)),
        ("记者 周鹏 长沙台记者 罗文", ("周鹏 罗文", None, None)),
        ("作者：钱坤 学生记者 谢雨桐", ("钱坤 谢雨桐", None, None)),
        ("记者 潘宁 学生通讯员 高雅", ("潘宁 高雅", None, None)),
        # Controls: names after their labels, and a name glued to the next label with no name before it.
        ("记者 周鹏 通讯员 罗文", ("周鹏 罗文", None, None)),
        ("本报记者 周鹏 孙佳 通讯员 罗文", ("周鹏 孙佳 罗文", None, None)),
        ("记者 周鹏 罗文", ("周鹏 罗文", None, None)),
    ],
)
def test_a_word_glued_before_the_next_reporter_label_is_the_labels(line: str, want: tuple[str | None, ...]) -> None:
    assert _fields(line) == want
