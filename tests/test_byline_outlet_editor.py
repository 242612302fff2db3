"""An editor credited under its reporter's outlet word (``每经记者 X 每经编辑 Y``) is the editor, not a second name.

Two batches written apart printed it (a 每日经济新闻 credit on its own site and reprinted on 163's money
channel); the outlets here are other ones, so no word list can pass this test."""

import pytest

from newscorpus.scrapers.byline import parse_line


@pytest.mark.parametrize(
    ("line", "author", "editor"),
    [
        ("每经记者 张明双 每经编辑 陈俊杰", "张明双", "陈俊杰"),
        ("楚天记者 何小溪 楚天编辑 罗一鸣", "何小溪", "罗一鸣"),
        ("本报记者 周凯 本报编辑 孙蔚", "周凯", "孙蔚"),
        ("潇湘实习记者 龙飞 潇湘编辑：钟灵", "龙飞", "钟灵"),
        ("台視記者 林美君 台視編輯 黃志明", "林美君", "黃志明"),
    ],
)
def test_the_reporters_outlet_glued_to_editor_labels_it(line: str, author: str, editor: str) -> None:
    byline = parse_line(line)
    assert (byline.author, byline.editor) == (author, editor)


@pytest.mark.parametrize(
    "line",
    [
        "楚天记者 何小溪 编辑推荐",  # a word, not a label: no gap or separator after it
        "楚天记者 何小溪 湘江编辑 罗一鸣",  # another outlet's word: nothing says it is a label
        "何小溪 楚天编辑 罗一鸣",  # no reporter label to share its outlet with
    ],
)
def test_without_the_shared_outlet_no_editor_is_read(line: str) -> None:
    assert parse_line(line).editor is None
