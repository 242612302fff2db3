"""Byline families learnt from blind16 (tune material for byline-b16), written as variants of other wording,
markup and era: the 發佈 spelling of Hong Kong and Macau labels (``發佈單位：交通事務局``), a drafting credit
after a writer's credit naming a co-writer (``主笔：周敏　执笔：何平``), and a credit line set off by gaps alone
(``取材・文　佐藤花子　写真　鈴木一郎``). Each family has negatives a careless rule would break.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.registry import Registry


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("發佈單位：新聞局", "新聞局"),
        ("發佈日期：2021-03-02　發佈單位：衛生局", "衛生局"),
        ("發佈機構：香港天文台", "香港天文台"),
        ("發布單位：臺北市政府工務局", "臺北市政府工務局"),
    ],
)
def test_hong_kong_spelling_of_the_issuing_unit(line: str, source: str) -> None:
    assert parse_line(line).source == source


_STORY = (
    "<p>為配合道路維修工程，有關部門將於下週一起在市中心多條道路實施臨時交通管制措施，並調整部分巴士路線及站點。</p>"
    "<p>當局呼籲市民及旅客盡量使用公共交通工具出行，留意現場指示，並預留充足時間前往目的地，以免延誤行程。</p>"
)


@pytest.mark.parametrize(
    ("meta", "source"),
    [
        (  # a definition list, the unit linked
            "<dl><dt>發佈日期：</dt><dd>2020-05-06 10:30</dd>"
            '<dt>發佈單位：</dt><dd><a href="/entity/dsal/">勞工事務局</a></dd></dl>',
            "勞工事務局",
        ),
        (  # a table row of cells
            "<table><tr><td>發佈機構：</td><td>民政事務總署</td><td>發佈時間：</td><td>2018-11-02</td></tr></table>",
            "民政事務總署",
        ),
        (  # one line of spans
            "<div><span>發佈單位：環境保護局</span> <span>發佈日期：2022-01-18</span></div>",
            "環境保護局",
        ),
    ],
)
def test_government_press_release_issuing_unit(meta: str, source: str) -> None:
    html = (
        "<html><head><title>臨時交通管制措施</title></head><body><div class='news'>"
        f"<h1>臨時交通管制措施</h1>{meta}<div class='content'>{_STORY}</div></div></body></html>"
    )
    article = parse_html(html, "https://www.gov.example.mo/zh-hant/news/12345/", Registry.load())
    assert article.source == source
    assert article.author is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("主笔：周敏　执笔：何平", "周敏 何平"),
        ("主笔：钱多多 执笔人：孙晓", "钱多多 孙晓"),
        ("撰文：王立新　撰写：刘芳　校对：张红", "王立新 刘芳"),
        ("作者：李明 | 执笔：陈静", "李明 陈静"),
        ("文／张三　執筆者：李四", "张三 李四"),
    ],
)
def test_drafting_credit_after_a_writer_names_a_co_writer(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("主笔：周敏　执笔：本报评论部", "周敏"),  # a desk, no co-writer
        ("执笔：何平", "何平"),
        ("主笔：周敏　校对：何平", "周敏"),  # a proofreader writes nothing
    ],
)
def test_drafting_credit_naming_no_person_adds_nobody(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("取材・文　佐藤花子　写真　鈴木一郎", "佐藤花子"),
        ("取材・文　高橋健太　撮影　中村真由美", "高橋健太"),
        ("文・写真　山本美咲　撮影　小林翔", "山本美咲"),
        ("取材・文 伊藤直樹 写真 渡辺彩", "伊藤直樹"),
        ("作者 张三 摄影 李四", "张三"),
    ],
)
def test_credit_line_set_off_by_gaps(line: str, author: str) -> None:
    assert parse_line(line).author == author


def test_credit_word_glued_to_a_name_stays_in_it() -> None:
    """Only a credit word between gaps is a label: one glued to the name is left to the name rules."""
    assert parse_line("取材・文／佐藤写真館").author != "佐藤"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("三（2）班 刘小雨妈妈", "刘小雨妈妈"),
        ("初二（3）班 王小明家长", "王小明家长"),
        ("五年级一班 陈静老师", "陈静老师"),
        ("（高一（5）班 赵一鸣爸爸）", "赵一鸣爸爸"),
        ("四(1)班 孙悦奶奶", "孙悦奶奶"),
    ],
)
def test_class_then_a_pupils_relation_on_a_line_of_its_own(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize("line", ["三（2）班 全体同学", "办公室 大家老师", "刘小雨妈妈"])
def test_relation_without_a_name_or_a_unit_names_nobody(line: str) -> None:
    assert parse_line(line).author is None
