"""Byline classes from the tune strings' leftovers (session 19), as hand-written variants in other wordings.

- an outlet's own word before a reporter is one label whatever the outlet is (本网/本台/本刊/本站记者), so a
  整理 credit it fills is read as empty and the teller and the writer both co-write;
- a site or column longer than any name and led by no surname, before people, is where they write, not a
  writer (README: a person named wins);
- WordPress's translated entry meta (本条目…作者是X) names the post's writer.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.registry import Registry

from .helpers import STORY_PROSE


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("口述：何桂英 整理：本台记者 孟凡", "何桂英 孟凡"),
        ("口述：何桂英　整理：本刊记者 孟凡", "何桂英 孟凡"),
        ("整理：本站实习记者 孟凡 口述：何桂英", "孟凡 何桂英"),
        ("口述：何桂英 整理：本網記者 孟凡", "何桂英 孟凡"),
        # The own word alone still names nobody: the reporter after it does.
        ("本台记者 孟凡 通讯员 宋可", "孟凡 宋可"),
    ],
)
def test_own_outlet_reporter_fills_an_empty_credit(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("文/新车评测 韩晓明", "韩晓明"),
        ("作者：虎嗅科技组 刘一鸣 彭芳", "刘一鸣 彭芳"),
        ("（文/易车研究院 苏航）", "苏航"),
        # Kept: a compound surname's four-character name, a handle alone, a short handle beside a person.
        ("作者：司马云飞 韩晓明", "司马云飞 韩晓明"),
        ("作者：半夏微凉", "半夏微凉"),
        ("作者：清风 韩晓明", "清风 韩晓明"),
        # Not only people after it: the handle is the writer and the words after it are no names.
        ("作者：半夏微凉 原创", "半夏微凉"),
    ],
)
def test_a_long_unnamed_word_before_people_is_where_they_write(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("本条目发布于2016年3月2日。属于随笔分类，被贴了 读书 标签。作者是南山客。", "南山客"),
        ("本条目发布于旅行，并被贴上川西、自驾标签。作者是苏小暖，发布于2017年10月5日。", "苏小暖"),
        ("本條目發佈於2015年1月9日。屬於生活分類。作者是阿棠。", "阿棠"),
        ("本条目发布于摄影，时间为2015年6月2日，作者为白石。", "白石"),
        # An outlet there is a syndicated feed's, not a writer; prose saying 作者是 names nobody by itself.
        ("本条目发布于2016年3月2日。作者是人民网。", None),
        ("这本书的作者是谁，至今没有定论。", None),
    ],
)
def test_wordpress_entry_meta_names_the_writer(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


def test_entry_meta_under_a_post_credits_its_writer(registry: Registry) -> None:
    html = (
        "<html><head><title>川西自驾第三天 | 苏小暖的小站</title></head><body><div id='content'>"
        "<article><h1 class='entry-title'>川西自驾第三天</h1><div class='entry-content'>"
        f"<p>{STORY_PROSE}</p><p>{STORY_PROSE}</p></div><footer class='entry-meta'>"
        "本条目发布于<a href='/category/travel/'>旅行</a>，并被贴上<a href='/tag/cx/'>川西</a>标签。"
        "作者是<a href='/author/sxn/'>苏小暖</a>，发布于<a href='/2017/10/05/day3/'>2017年10月5日</a>。"
        "</footer></article></div></body></html>"
    )
    article = parse_html(html, "https://sxn.example.com/2017/10/05/day3/", registry)
    assert article.author == "苏小暖"
    assert "本条目" not in article.body


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("本报讯（记者 罗晓 通讯员 许 可）连日来，我市各地", "罗晓 许可"),
        ("本報訊 (記者 葉欣 實習生 童言) 昨日上午", "葉欣 童言"),
        ("【星島日報訊】（記者 馮朗）前日凌晨", "馮朗"),
        # An unlabelled bracket after the tag is left to the dispatch reader; a genre note names nobody.
        ("本报讯（图文）连日来，我市各地", None),
    ],
)
def test_a_bracketed_credit_after_the_paper_tag_is_read_whole(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        # A role's word ends the names in either spelling, with or without its colon.
        ("編輯 何雅婷 審核 林家豪", "editor", "何雅婷"),
        ("責編 何雅婷 校對 林家豪", "editor", "何雅婷"),
        # A dynasty after a poet's name is no second name, for every era, not only the Tang.
        ("作者：左思 〔西晋〕", "author", "左思"),
        ("作者：谢灵运 〔南朝〕", "author", "谢灵运"),
        ("作者：苏轼 〔北宋〕", "author", "苏轼"),
    ],
)
def test_roles_and_eras_end_the_names(line: str, field: str, value: str) -> None:
    assert getattr(parse_line(line), field) == value
