"""Byline bars built from separate inline elements (issue 13; scrapers/bylinebar.py and the grammar's glued
labels): every element of the bar is its own field, a name split by markup stays whole, body text is as
it was. Pages are hand-written in the shapes the portal eval found (bench/portal_eval_templates2/3.py)."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import Byline, parse_byline, parse_line
from newscorpus.scrapers.bylinebare import is_person
from newscorpus.scrapers.bylinetail import editor_line
from newscorpus.scrapers.registry import Registry

_STORY = (
    "记者从市交通运输局获悉，本市地铁三号线二期工程已于日前完成全部轨道铺设，进入设备安装和联调联试阶段，"
    "预计将于明年上半年开通初期运营，届时全线将设车站十八座，与既有线路形成换乘。",
    "据介绍，二期工程全长十二点六公里，沿线经过三个行政区，建成后将大大缓解城市东部的交通压力，"
    "市民从东站到市中心的时间将由一小时缩短到二十五分钟左右，沿线居民出行将更加便利。",
    "市交通运输局有关负责人表示，下一步将抓紧推进各项验收工作，确保工程质量和运营安全，"
    "同时做好沿线公交线路的优化调整，方便市民换乘，并及时向社会公布开通运营的具体时间安排。",
)
_TITLE = "地铁三号线二期完成轨道铺设"


def _page(bar: str, story: tuple[str, ...] = _STORY) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in story)
    return (
        f"<html><head><meta charset='utf-8'><title>{_TITLE}_滨江晚报</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/yaowen/'>要闻</a></div>"
        f"<div class='main'><h1>{_TITLE}</h1>{bar}<div class='content'>{paragraphs}</div></div>"
        "<div class='footer'>滨江晚报 版权所有</div></body></html>"
    )


def _fields(html: str) -> tuple[str | None, str | None, str | None]:
    article = parse_html(html, "http://127.0.0.1:8000/news/1001.html", Registry.load())
    return article.author, article.source, article.editor


@pytest.mark.parametrize(
    ("bar", "expected"),
    [
        # A tip bar of <em>s with nothing between them: time, outlet, authors.
        ("<div class='tip'><em>2024-03-13 11:10</em><em>海峡晨报</em><em>胡磊丽</em></div>", ("胡磊丽", "海峡晨报")),
        (
            "<div class='tip'><em>2024-03-13 11:10</em><em>新华社</em><em>刘静 徐伟杰</em></div>",
            ("刘静 徐伟杰", "新华社"),
        ),
        # Colon-less labels, one span a field.
        (
            "<div class='info'><span>作者 胡磊丽</span><span>来源 海峡晨报</span><time>2024-03-14 11:37</time></div>",
            ("胡磊丽", "海峡晨报"),
        ),
        # Labels and values in separate elements.
        (
            "<div class='meta'><span>作者：</span><a href='/u/1'>王晓明</a><span>来源：</span><a href='/s'>江城日报</a>"
            "<span>2024-03-14 08:30</span></div>",
            ("王晓明", "江城日报"),
        ),
        # Nested inline elements: the outlet in an <em> inside its labelled span.
        (
            "<div class='i'><span>2024年03月13日 11:10</span><span>来源：<em>中原网</em></span>"
            "<span>作者：李娟</span></div>",
            ("李娟", "中原网"),
        ),
    ],
)
def test_each_element_of_a_bar_is_its_own_field(bar: str, expected: tuple[str, str]) -> None:
    assert _fields(_page(bar))[:2] == expected


@pytest.mark.parametrize(
    "bar",
    [
        "<div class='tip'><span>2024-03-13 11:10</span> 作者：张<b>三</b>丰</div>",  # markup inside a name
        "<div class='tip'><span>2024-03-13 11:10</span> 作者：<b>张</b><b>三丰</b></div>",  # one-character part
    ],
)
def test_a_name_that_markup_splits_stays_whole(bar: str) -> None:
    assert _fields(_page(bar))[0] == "张三丰"


def test_body_text_keeps_its_inline_elements_glued() -> None:
    story = (
        *_STORY[:2],
        "会上，<b>市交通运输局</b><a href='/x'>有关负责人</a>表示，下一步将抓紧推进各项验收工作。" + _STORY[2],
    )
    article = parse_html(
        _page("<div class='tip'><em>2024-03-13</em><em>新华社</em></div>", story), None, Registry.load()
    )
    assert any("会上，市交通运输局有关负责人表示" in p for p in article.paragraphs)
    assert article.source == "新华社"


def test_a_headline_of_several_elements_is_read_as_before() -> None:
    html = _page("<div class='tip'><em>2024-03-13 11:10</em><em>新华社</em><em>胡磊丽</em></div>")
    html = html.replace(f"<h1>{_TITLE}</h1>", "<h1><span>地铁三号线</span><span>二期完成轨道铺设</span></h1>")
    article = parse_html(html, None, Registry.load())
    assert article.title == _TITLE
    assert (article.author, article.source) == ("胡磊丽", "新华社")


def test_a_related_list_of_elements_above_no_bar_gives_no_byline() -> None:
    # Links glued in a nav line are no bar: no time beside them, so no unlabelled name or outlet.
    bar = "<div class='crumbs'><a href='/'>首页</a><a href='/yw/'>要闻</a><a href='/bj/'>北京</a></div>"
    assert _fields(_page(bar)) == (None, None, None)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("作者 胡磊丽来源 海峡晨报", Byline("胡磊丽", "海峡晨报")),
        ("作者：张三来源：新华网", Byline("张三", "新华网")),
        ("作者 张三责任编辑：李四", Byline("张三", None, "李四")),
        ("来源：人民网作者 王五", Byline("王五", "人民网")),
    ],
)
def test_a_label_glued_to_the_value_before_it_starts_a_field(line: str, expected: Byline) -> None:
    assert parse_line(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("本文作者 张三", Byline()),  # no field before it: "本文作者" is a word
        ("作者 王来源", Byline("王来源")),  # a name ending in the label's characters, nothing after them
        ("作者：李编辑 张三", Byline("李编辑 张三")),  # a bare 编辑 glued to a name is no label
    ],
)
def test_a_glued_label_needs_a_field_before_it_and_a_value_after_it(line: str, expected: Byline) -> None:
    assert parse_line(line) == expected


def test_a_label_alone_in_its_element_takes_the_next_element() -> None:
    lines = ["时间", "2024-03-13 08:03", "来源", "南岭新闻网", "作者", "徐艳超 罗伟"]
    assert parse_byline(lines) == Byline("徐艳超 罗伟", "南岭新闻网")
    assert parse_byline(["责任编辑", "王晓易"]) == Byline(None, None, "王晓易")


def test_a_lone_tool_link_or_a_label_word_inside_a_line_takes_nothing() -> None:
    assert parse_byline(["编辑", "删除"]) == Byline()  # a bare 编辑 is a tool link as often as a label
    assert parse_byline(["作者简介", "张三"]) == Byline()  # not a credit label at all


def test_a_definition_list_bar_gives_its_fields() -> None:
    bar = "<dl class='attr'><dt>时间</dt><dd>2024-03-13 08:03</dd><dt>来源</dt><dd>新华社</dd>"
    bar += "<dt>作者</dt><dd>黄洋</dd></dl>"
    assert _fields(_page(bar))[:2] == ("黄洋", "新华社")


@pytest.mark.parametrize("word", ["江城日报", "江南晚报"])
def test_an_outlet_led_by_a_surname_is_no_person(word: str) -> None:
    assert not is_person(word)


def test_a_bar_showing_only_its_outlet_credits_no_author() -> None:
    bar = "<div class='icons'><span><i class='icon-clock'></i>2024-03-14 13:37</span><span>江城日报</span></div>"
    assert _fields(_page(bar))[:2] == (None, "江城日报")


@pytest.mark.parametrize(
    ("lines", "editor"),
    [
        (["责任编辑", "王晓易"], "王晓易"),  # <dl><dt>责任编辑</dt><dd>王晓易</dd></dl> after the story
        (["责任编辑 张三"], "张三"),  # the separator drawn as an icon
        (["(责编 赵六)"], "赵六"),
        (["责任编辑推荐"], None),  # glued to a word: no label
        (["责任编辑"], None),  # nothing after it
    ],
)
def test_an_editor_line_anywhere_on_the_page(lines: list[str], editor: str | None) -> None:
    assert editor_line(lines) == editor
