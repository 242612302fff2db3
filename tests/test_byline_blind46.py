"""Byline classes first missed on blind46 (session 16), each tested in words the batch does not use where the
class allows."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.registry import Registry


# Since session 38 a labelled pronoun for the site's own house is the source as shown, as 本站 is; unlabelled, none.
@pytest.mark.parametrize(
    ("line", "source"),
    [("来源：本庵", "本庵"), ("来源：本宫", "本宫"), ("來源：本廟", "本廟"), ("本庵 2019-05-02", None)],
)
def test_a_religious_site_s_own_house_by_a_pronoun_is_the_source_as_shown(line: str, source: str | None) -> None:
    assert parse_line(line).source == source


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("文／牧师 陈恩光", "陈恩光"),
        ("作者：法師 陳明德", "陳明德"),
        ("撰文：長老 林志成", "林志成"),
        ("作者：神父", None),
    ],
)
def test_clergy_before_the_name_goes(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("作者：学院宣传部 来源：学院宣传部", "学院宣传部"),
        ("来源：县委宣传部 作者：县委宣传部", "县委宣传部"),
        ("作者：市政府新闻办 来源：市政府新闻办", "市政府新闻办"),
    ],
)
def test_a_publicity_office_credited_as_writer_and_source_is_both(line: str, source: str) -> None:
    assert parse_line(line).source == source


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者：眼科 王丽 神经内科 陈涛", "王丽 陈涛"),  # each writer's ward before the name
        ("作者：王丽 麻醉医学科 陈涛", "王丽 陈涛"),
        ("作者：王丽 李晓科", "王丽 李晓科"),  # a three-character name ending in 科 is a person
    ],
)
def test_each_writer_s_ward_before_the_name_goes(line: str, author: str) -> None:
    assert parse_line(line).author == author


def test_a_school_then_a_class_before_the_writer_both_go() -> None:
    # blind29's row went wrong the other way (the school was the author): units before the name go in a run.
    assert parse_line("作者：青州市第一中学 初三（2）班 王雨萱").author == "王雨萱"


@pytest.mark.parametrize("button", ["关注", "關注", "+关注", "订阅"])
def test_a_follow_button_after_the_writer_is_no_name(button: str) -> None:
    assert parse_line(f"作者 山间小溪 {button}").author == "山间小溪"


_CREDIT_TABLE_PAGE = """<html><head><meta charset="gbk"><title>全力保障夏季用电_公司要闻</title></head><body>
<div id="top"><a href="/">首页</a> <a href="/gsyw/">公司要闻</a></div>
<div class="show"><h1>全力保障夏季用电</h1><div class="show_info">2015-07-20 浏览：302</div>
<div class="show_text">
<p>入夏以来全市用电负荷屡创新高，公司启动迎峰度夏保障预案，全力确保电网安全稳定运行和居民可靠用电。</p>
<p>公司提前完成多座变电站扩容改造，新增配电变压器两百余台，有效缓解了城区和工业园区的供电压力。</p>
<p>公司还组建抢修队伍三十支，城区故障抢修平均到达现场时间缩短至三十分钟以内，群众满意度明显提升。</p>
</div>
<table class="show_zz"><tr><td>通讯员：</td><td>宋佳 林立</td><td>摄影：</td><td>周凯</td>
<td>责任编辑：</td><td>吕方</td></tr></table>
<div class="tool"><a href="javascript:window.print();">打印本页</a> |
<a href="javascript:window.close();">关闭窗口</a></div>
</div><div id="foot">版权所有：某某供电公司</div></body></html>"""


def test_a_credit_table_under_a_short_story_is_read_to_its_last_cell() -> None:
    # blind46's supply-company page: label and value cells each a line; the header window held the first cells and
    # stopped before 责任编辑's value, read neither as header nor as the lines below the story.
    page = parse_html(_CREDIT_TABLE_PAGE, "http://www.power.example/gsyw/2015/0720/88.html", Registry.load())
    assert (page.author, page.editor) == ("宋佳 林立", "吕方")
