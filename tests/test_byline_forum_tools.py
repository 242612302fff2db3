"""A forum post's tool row (``编辑 | 引用 | 回复``) names no editor: its bare 编辑 is the edit button, and the
quote and reply buttons beside it are no name (blind29's BBSXP thread gave the editor ``引用``)."""

import pytest

from newscorpus.scrapers.byline import parse_line


@pytest.mark.parametrize("row", ["编辑 | 引用", "编辑 | 回复 | 引用", "編輯 | 回覆", "编辑 | 删除"])
def test_a_tool_row_names_no_editor(row: str) -> None:
    assert parse_line(row).editor is None


def test_an_editor_named_before_a_tool_stays() -> None:
    assert parse_line("责任编辑：孟回 回复").editor == "孟回"


@pytest.mark.parametrize("call", ["我要评论", "我来说两句", "发表评论", "参与讨论"])
def test_a_call_to_act_is_no_empty_labels_value(call: str) -> None:
    # blind30's 荆楚网 page: an empty 责任编辑： under the story, its comment box's 我要评论 heading far below
    assert parse_line(f"责任编辑：{call}").editor is None
