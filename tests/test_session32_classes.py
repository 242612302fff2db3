"""Classes session 32 found in blind85n's strings (now tune): a reprint's 原标题 quoting a headline that ends in a
question mark, a design credit (视觉, 插画) after the editor, a where-from label set off by a space (转载自 X), a
bar printed after a reprint notice's last sentence, and a dispatch's dateline cut before its story. Written as other
outlets, names and wordings than the batch's, each with controls.
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
        # The quoted headline's own question or exclamation mark is no sentence of the bar's.
        ("原标题：菜价为何一路走高？ 来源：扬子晚报 记者 顾小萍 编辑：沈洁", ("顾小萍", "扬子晚报", "沈洁")),
        ("本文原标题：暑期游火了！ 来源：钱江晚报 记者 章然", ("章然", "钱江晚报", None)),
        ("原標題：颱風何時登陸？ 來源：聯合報 記者 林志明", ("林志明", "聯合報", None)),
        # Controls: a headline alone names nobody; a sentence after the bar's fields is still prose.
        ("原标题：菜价为何一路走高？", (None, None, None)),
        ("原标题：菜价为何一路走高？ 来源：扬子晚报 记者 顾小萍。今年入夏以来，本市菜价持续上涨。", (None, None, None)),
    ],
)
def test_original_title_with_question_mark(line: str, want: tuple[str | None, ...]) -> None:
    assert _fields(line) == want


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("文｜周子安\u3000编辑｜郑晓雯\u3000视觉｜何川", "郑晓雯"),
        ("作者：周子安 责任编辑：郑晓雯 插画：何川", "郑晓雯"),
        ("文/周子安 编辑/郑晓雯 视觉/何川 排版/王宁", "郑晓雯"),
        # Control: a picture agency's name is no label ("视觉中国" has no separator after 视觉).
        ("来源：视觉中国 编辑：郑晓雯", "郑晓雯"),
    ],
)
def test_design_credit_ends_the_editor(line: str, editor: str) -> None:
    assert _fields(line)[2] == editor


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("转载自 扬子晚报\u3000作者 顾小萍", ("顾小萍", "扬子晚报", None)),
        ("轉載自 聯合報　作者 林志明", ("林志明", "聯合報", None)),
        ("本文转载自 中国青年报", (None, "中国青年报", None)),
        # The where-from label before a platform's tag is no account's name.
        ("转载自 微信公众号 扬子晚报", (None, "扬子晚报", None)),
        # Controls: prose around the words; the bare word glued to its value.
        ("他的文章被转载自 各大网站", (None, None, None)),
        ("社保百事通 头条号 2020-01-01", ("社保百事通", None, None)),
    ],
)
def test_where_from_label_after_a_space(line: str, want: tuple[str | None, ...]) -> None:
    assert _fields(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "本文来自微信公众号“城市数据派”（ID：citydata），作者：沈洁，界面新闻经授权发布。\n责编：何川",
            ("沈洁", "城市数据派", "何川"),
        ),
        ("本文经授权转载，如有侵权请联系删除。 责任编辑：王宁", (None, None, "王宁")),
        ("会议要求各单位抓好落实。 来源：南通日报", (None, "南通日报", None)),
        # Controls: a reprint notice telling others how to credit the site names no source; a sentence after
        # the label is prose.
        ("文章观点不代表本站立场。如若转载请注明出处。来源出处：财经早知道", (None, None, None)),
        ("会议要求各单位抓好落实。 编辑说，这次会议开得很好。", (None, None, None)),
    ],
)
def test_fields_after_the_last_sentence(line: str, want: tuple[str | None, ...]) -> None:
    assert _fields(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("人民网杭州10月8日电 （章然、顾小萍）", ("章然 顾小萍", "人民网", None)),
        ("新华社南京6月3日电（沈洁）", ("沈洁", "新华社", None)),
        # Controls: a bracket that names no person; no dispatch's dateline before the bracket.
        ("新华社南京6月3日电（综合）", (None, "新华社", None)),
        ("城市更新推进会召开（章然、顾小萍）", (None, None, None)),
    ],
)
def test_dispatch_dateline_cut_before_its_story(line: str, want: tuple[str | None, ...]) -> None:
    assert _fields(line) == want
