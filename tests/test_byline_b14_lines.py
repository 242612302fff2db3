"""Byline families learnt from blind14 (tune material for byline-b14), as hand-written variants of other
wordings, markup and eras: a name alone on its line right above or below the bar holding the time (the bar's
labels beside the time, a mail address between them); a button's words standing where an empty label's value
would (``责任编辑：`` then ``展开全文``); a writer named by a relation or a role after a school class
(``三（2）班 刘小雨妈妈``); an outlet's wire tag whose reporter credit runs into the story's first words
(``【本報訊】記者X報道：…``).
"""

from __future__ import annotations

import pytest

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_byline, parse_line
from newscorpus.scrapers.registry import Registry

_STORY = (
    "<p>市环境局昨天宣布，今年上半年全市共报告登革热病例八百余例，比去年同期增加近五倍，当局呼吁居民每周清理积水。</p>"
    "<p>环境局指出，今年的病例主要集中在北部和西部的几个住宅区，工作人员已经加强了巡查和灭蚊工作。</p>"
)


def _page(head: str) -> Article:
    html = f"""<html><head><title>上半年登革热病例激增 - 城市日报</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div>
<div class="article"><h1>上半年登革热病例激增</h1>{head}<div class="content">{_STORY}</div></div></body></html>"""
    return parse_html(html, "http://www.example-daily.sg/news/story20190716-1.html", Registry.load())


# --- a name alone beside the time bar -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "author"),
    [
        (
            '<div class="by">陈婉琪</div><div class="mail">wanqi@example.sg</div><div>发布/2019年7月16日 5:00 AM</div>',
            "陈婉琪",
        ),
        ('<p class="author">林志强</p><p class="date">发布时间：2018-03-02 09:15</p>', "林志强"),
        ('<div class="date">更新：2021年06月10日 05:52 | 来源：</div><div class="writer">王嘉敏</div>', "王嘉敏"),
        ("<span>黄俊杰</span><br><span>2016年05月12日 08:30 &nbsp;阅读：1024</span>", "黄俊杰"),
        ("<div>欧阳明</div><div>发表时间：2013-11-02 17:40 点击：</div>", "欧阳明"),
        ("<div><b>郑宇航</b></div><div>zhengyh@example.com</div><div>时间：2020/08/09 14:22</div>", "郑宇航"),
        ('<div class="info">日期：2015-04-07</div><div class="name">刘晓东</div>', "刘晓东"),
        ("<p>吴佩珊</p><p>2023-01-05 18:00 · 浏览 88</p>", "吴佩珊"),
    ],
)
def test_a_name_alone_beside_the_time_bar_is_the_author(head: str, author: str) -> None:
    assert _page(head).author == author


@pytest.mark.parametrize(
    "head",
    [
        '<div class="channel">国内</div><div>发布时间：2018-03-02 09:15</div>',  # a channel's word
        '<div>发布时间：2018-03-02 09:15</div><div class="tag">专题</div>',
        "<div>编辑：林志强</div><div>发布时间：2018-03-02 09:15</div>",  # labelled: the editor, no author
    ],
)
def test_a_word_beside_the_time_bar_that_is_no_name_credits_nobody(head: str) -> None:
    assert _page(head).author is None


def test_a_labelled_writer_in_the_bar_wins_over_a_name_beside_it() -> None:
    lines = ["发布时间：2020-01-02 10:00 作者：李四", "王小明"]
    assert parse_byline(lines, lines).author == "李四"


# --- a button's words are never a field ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "责任编辑：展开全文",
        "编辑：阅读原文",
        "作者：查看更多>>",
        "来源：打开App",
        "责任编辑：显示全部详情",
        "来源：进入专题",
        "作者：下载客户端",
        "责编：点此查看",
        "来源：复制链接",
        "編輯：展開全文",
        "责任编辑：扫一扫",
        "编辑：上一篇",
        "责任编辑：回到顶部",
        "作者：手机看新闻",
    ],
)
def test_a_buttons_words_are_no_value(line: str) -> None:
    found = parse_line(line)
    assert (found.author, found.source, found.editor) == (None, None, None)


def test_an_empty_editor_label_does_not_take_the_button_after_it() -> None:
    assert parse_byline(["责任编辑：", "展开全文"]).editor is None
    assert parse_byline(["责任编辑：", "展昭"]).editor == "展昭"  # a name led by the same character stays


def test_an_outlet_named_for_a_device_stays_a_source() -> None:
    assert parse_line("来源：手机中国").source == "手机中国"


@pytest.mark.parametrize(("line", "author"), [("作者：查理", "查理"), ("编辑：展昭", None), ("作者：显荣", "显荣")])
def test_names_led_by_a_buttons_first_character_stay(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


# --- a relation or role after a school class -----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("（撰稿：四（1）班 王子涵妈妈　摄影：李强）", "王子涵妈妈"),
        ("撰稿：三年级二班 刘小雨爸爸", "刘小雨爸爸"),
        ("文/四年级（1）班 李华老师", "李华老师"),
        ("作者：初一（5）班 王明家长", "王明家长"),
        ("撰稿：五（3）班 张佳怡奶奶", "张佳怡奶奶"),
        ("作者：高二（3）班 刘小雨", "刘小雨"),
    ],
)
def test_a_class_before_a_kin_named_writer_is_no_author(line: str, author: str) -> None:
    assert parse_line(line).author == author


# --- a wire tag's credit running into the story -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("【本报讯】记者张伟报道：昨天上午，市政府召开新闻发布会", "张伟", None),
        ("【星島日報專訊】記者陳家樂報道：警方昨日在旺角拘捕", "陳家樂", "星島日報"),
        ("【本報訊】記者何詠詩報道：食物安全中心今日公布", "何詠詩", None),
        ("【本报讯】今天上午，全市中小学开学", None, None),  # no credit after the tag
        ("[本报讯] 记者张伟报道：昨天上午，市政府召开", "张伟", None),
        ("本报讯 记者刘芳报道：昨天上午，市政府召开新闻发布会。", "刘芳", None),
        ("本网讯 通讯员 李明：近日，我区开展了垃圾分类宣传活动", "李明", None),
        ("【本報訊】記者黃嘉欣、李文傑報道：天文台昨日", "黃嘉欣 李文傑", None),
        ("最新资讯：张伟报道", None, None),  # no paper's own tag: a heading, no outlet "最新资"
    ],
)
def test_a_wire_tags_credit_ends_at_its_colon(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)
