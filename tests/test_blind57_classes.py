"""Classes learnt from blind57 (tune material once blind58 was written, session 20), as hand-written variants
in other wordings, markup and sites: never a copy of a blind page.

Bylines: a reporter's credit opening the story before the paper's wire tag (证券时报记者 X 本报讯 …); a 来源 label
outranks the publishing unit's row (發佈單位 beside 資料來源); a share tool glued after the source; one post before
the names it covers; twentyten's Chinese entry meta; a writer's credit in its own element past a rule's body.
Titles: a column's label heading over the headline it opens, both hit by a rule's selectors.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.bylinestory import spaced_lead_writers
from newscorpus.scrapers.registry import Registry

from .helpers import STORY_PROSE

PARAGRAPHS = f"<p>{STORY_PROSE}</p><p>{STORY_PROSE}</p>"


@pytest.mark.parametrize(
    ("line", "author", "source", "editor"),
    [
        ("發佈單位：秘書室公共事務組 資料來源：化學系", None, "化學系", None),
        ("发布单位：区教育局 来源：区教育局", None, "区教育局", None),
        ("来源：新华网 发布单位：某某区政府办", None, "新华网", None),
        ("2018-05-02 09:10 来源：南方日报分享到", None, "南方日报", None),
        ("义工 陈美玲 黄志强", "陈美玲 黄志强", None, None),
        ("此条目是由 阿杰 发表在 随笔 分类目录的", "阿杰", None, None),
    ],
)
def test_byline_lines(line: str, author: str | None, source: str | None, editor: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source, found.editor) == (author, source, editor)


def test_a_reporters_credit_before_the_papers_wire_tag() -> None:
    line = "上海证券报记者 何晓东 本报讯 中国人民银行昨日宣布下调存款准备金率0.5个百分点，释放长期资金约一万亿元。"
    assert spaced_lead_writers(line) == ["何晓东"]


def test_a_columns_label_over_the_headline_it_opens(registry: Registry) -> None:
    html = (
        "<html><head><title>金灿荣：大国竞争进入新阶段</title></head><body><div class='content'>"
        "<div class='main content-main'><ul class='content-title1'><li><h3><span>金灿荣</span></h3></li></ul>"
        "<h3 class='content-title1'>金灿荣：大国竞争进入新阶段</h3>"
        "<div class='time fix'><span>2022-05-10 08:12:30</span><span>来源：观察者网</span></div>"
        f"<div class='content all-txt'>{PARAGRAPHS}</div></div></div></body></html>"
    )
    article = parse_html(html, "https://www.guancha.cn/JinCanRong/2022_05_10_637123.shtml", registry)
    assert article.title == "金灿荣：大国竞争进入新阶段"


def test_a_writers_credit_past_a_rules_body(registry: Registry) -> None:
    html = (
        "<html><head><title>城中村改造启动_资讯_凤凰网</title></head><body><div id='artical'>"
        "<h1 id='artical_topic'>城中村改造启动</h1><div id='artical_sth'><p class='p_time'><span class='ss01'>"
        "2010年10月08日 07:30</span><span class='ss03'><a href='http://www.example-daily.test/'>羊城晚报</a></span>"
        f"</p></div><div id='main_content'>{PARAGRAPHS}<p align='center'>改造中的城中村。</p></div>"
        "<p class='zb_ph'>作者：林海、周雪</p></div></body></html>"
    )
    article = parse_html(html, "http://news.ifeng.com/mainland/detail_2010_10/08/2712345_0.shtml", registry)
    assert article.author == "林海 周雪"
