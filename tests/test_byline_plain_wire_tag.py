"""An outlet's wire tag without brackets opening the story, its credits before the first comma or colon:
``南都讯 记者X 通讯员Y 6月11日，…`` (blind30's 163 local page named nobody), ``本报讯 记者X 通讯员Y报道：“…``.
A day word after the names is the story's (``昨日``), no second name; a sentence after the tag names nobody."""

import pytest

from newscorpus.scrapers.byline import parse_line, story_credit

_REST = "市交通运输局召开新闻通气会，通报今年上半年全市公交线网优化情况，中心城区共调整线路四十六条。"


@pytest.mark.parametrize(
    ("lead", "authors"),
    [
        ("晚报讯 记者钱思远 通讯员孙雨桐 6月11日，", "钱思远 孙雨桐"),
        ("本报讯 记者 钱思远 通讯员 孙雨桐 昨日，", "钱思远 孙雨桐"),
        ("本报讯 记者钱 锋 通讯员孙雨桐报道：“", "钱锋 孙雨桐"),  # a two-character name padded
    ],
)
def test_the_tags_credits(lead: str, authors: str) -> None:
    assert story_credit(lead + _REST).author == authors


@pytest.mark.parametrize("lead", ["本报讯 昨日，记者从市交通运输局获悉，", "新京报讯 市政府昨日召开会议，"])
def test_a_sentence_after_the_tag_names_nobody(lead: str) -> None:
    assert story_credit(lead + _REST).author is None


def test_a_day_after_a_reporters_name_is_no_name() -> None:
    assert parse_line("本报记者 钱思远 昨日").author == "钱思远"


@pytest.mark.parametrize(("line", "author"), [("（秘书处 钱 锋）", "钱锋"), ("（办公室 孙雨桐）", "孙雨桐")])
def test_a_units_closing_credit_with_a_padded_name(line: str, author: str) -> None:
    # blind30's trade association: "（秘书处 王 蕾）" closing the story, the name padded to three characters' width
    assert parse_line(line).author == author


def test_three_lone_characters_after_a_word_are_no_padded_name() -> None:
    assert parse_line("（字号 大 中 小）").author is None


@pytest.mark.parametrize(
    ("line", "author"),
    [("作者：晚风与海", "晚风与海"), ("作者：钱思远与孙雨桐", "钱思远 孙雨桐"), ("作者：钱锋和孙雨桐", "钱锋 孙雨桐")],
)
def test_a_handle_holding_and_is_one_name(line: str, author: str) -> None:
    # blind30's douban note: "小满与立夏" is one user's handle; 与 joins two writers only when both are people
    assert parse_line(line).author == author
