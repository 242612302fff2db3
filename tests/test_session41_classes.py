"""Classes session 41 found in blind96n's strings and pages (flipped to tune at the session's start): a Western name
with an accented letter cut at that letter (``Thomas Müller`` -> ``Thomas``). Written as other names and wordings
than the batch's, each with controls.
"""

from __future__ import annotations

import pytest

from .helpers import line_fields


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("原文作者：Jürgen Weiß", "Jürgen Weiß"),
        ("作者：Inés Muñoz", "Inés Muñoz"),
        ("By François Lefèvre | 2021-05-02", "François Lefèvre"),
        ("By Zoë Hart and Søren Dahl", "Zoë Hart Søren Dahl"),
        ("作者：Łukasz Wójcik　编辑：王敏", "Łukasz Wójcik"),
        # controls: plain ASCII names and Han names read as before
        ("原文作者：Peter Lang", "Peter Lang"),
        ("By Mary Ann Chen | 2020-01-02", "Mary Ann Chen"),
        ("作者：周文斌", "周文斌"),
    ],
)
def test_a_western_name_keeps_its_accented_letters(line: str, author: str) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("来源：互联网　如有侵权请联系删除", "互联网"),
        ("来源：网络 转载请注明出处", "网络"),
        ("来源：网络整理　版权归原作者所有", "网络整理"),
        # controls: the value alone, an outlet before the notice, and a bar tool after the value
        ("来源：网络", "网络"),
        ("来源：长江日报　如有侵权请联系删除", "长江日报"),
        ("来源：本站原创 点击数：", "本站原创"),
    ],
)
def test_a_rights_notice_after_the_source_ends_it(line: str, source: str) -> None:
    assert line_fields(line)[1] == source


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("（湖州日报 沈立 报道）", ("沈立", "湖州日报", None)),
        ("（市慈善总会 顾敏、唐伟 报道）", ("顾敏 唐伟", None, None)),
        ("（嘉兴商会 邱雨 報道）", ("邱雨", None, None)),
        # controls: a note without the verb needs the outlet before the names; a unit alone reports nobody
        ("（湖州日报 沈立）", ("沈立", "湖州日报", None)),
        ("（嘉兴商会 邱雨）", (None, None, None)),
        ("（市慈善总会 报道）", (None, None, None)),
    ],
)
def test_a_closing_note_with_the_report_verb_names_its_writers(
    line: str, fields: tuple[str | None, str | None, str | None]
) -> None:
    assert line_fields(line) == fields


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者：网友 青山依旧", "青山依旧"),
        ("作者：热心网友 陈立群", "陈立群"),
        ("網友 半夏微涼 投稿", "半夏微涼"),
        # controls: the word alone names nobody, a handle starting with it stays whole
        ("作者：网友", None),
        ("作者：网友小林", "网友小林"),
    ],
)
def test_a_visitor_word_before_a_handle_is_no_part_of_it(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("本报讯（周振华）昨天上午，市图书馆新馆正式开放。", "周振华"),
        ("本镇讯（镇宣传委员 何丽萍）3月12日，镇里召开春耕动员会。", "何丽萍"),
        ("本校讯（校办 吴思远）近日，学校举行秋季运动会。", "吴思远"),
        ("本县讯（通讯员 孟凡）连日来，县里组织开展防汛演练。", "孟凡"),
        # controls: a note in the lead's bracket names nobody; an outlet's bracketed tag stays the source's
        ("本报讯（图文）昨天上午，市图书馆新馆正式开放。", None),
        ("本报讯（综合）昨天上午，市图书馆新馆正式开放。", None),
    ],
)
def test_a_lead_bracket_without_a_label_names_its_writers(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("本村讯（村主任 周建国）", ("周建国", None, None)),
        ("本院讯 记者 谢婷报道：", ("谢婷", None, None)),
        # control: a bracketed tag names its outlet, even one opening with 本 (本溪)
        ("【本溪日报讯】记者 孙立", ("孙立", "本溪日报", None)),
    ],
)
def test_a_units_own_news_tag_names_no_outlet(line: str, fields: tuple[str | None, str | None, str | None]) -> None:
    assert line_fields(line) == fields
