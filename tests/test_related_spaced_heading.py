"""A related heading whose prefix and noun a middle dot or a gap sets apart (网易's ``延伸 · 推荐``): the same
heading. Run rule-less, 163's real page lost its one related item to the dot."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.relatedscan import HEADING

_STORY = "".join(
    f"<p>{text}</p>"
    for text in (
        "一位社区民警在核查辖区人口时，平均每天要拨出一百多个电话，结果被运营商以涉嫌诈骗为由停机。",
        "运营商核实情况后为民警恢复了通话，但这件事引发了网友对拦截规则是否过于简单的讨论。",
        "专家认为，拦截诈骗电话应当精准，不能只看通话频次，而应建立必要的核实程序，避免误伤。",
    )
)


@pytest.mark.parametrize(("text", "heading"), [("延伸 · 推荐", True), ("相关　阅读", True), ("相关人员", False)])
def test_a_set_apart_heading_is_one(text: str, heading: bool) -> None:
    assert bool(HEADING.fullmatch(text)) is heading


def test_the_list_under_a_dotted_heading_is_found() -> None:
    html = (
        '<html><head><meta charset="utf-8"><title>拦截诈骗电话也得精准</title></head><body>'
        f'<h1>拦截诈骗电话也得精准</h1><div>2019-09-07 16:20 来源：北京青年报</div><div class="post_text">{_STORY}'
        '<div class="special_tag_wrap"><div class="special_tag_ttl">延伸 · 推荐</div><div class="special_tag_cnt">'
        '<p><a href="https://news.example-portal.cn/19/0907/15/EOG04J6L0001875P.html">'
        "女警一天打100电话被停机 电信:核实非诈骗后恢复</a></p></div></div></div></body></html>"
    )
    article = parse_html(html, "https://news.example-portal.cn/19/0907/16/EOG1Q3BU0001875P.html", Registry(rules=()))
    assert [item.url.rsplit("/", 1)[-1] for item in article.related] == ["EOG04J6L0001875P.html"]
