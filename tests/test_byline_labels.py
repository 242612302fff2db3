"""Round 4 of the byline grammar (issue 13): unit and English labels, name lists with interns, op-ed
affiliations, outlets' apps, values in the next cell, self-media platform notices; and the fresh
held-out set's shape (its values are scored by `python -m bench.extract_bylines`, never asserted here).
"""

from __future__ import annotations

import json

import pytest

from bench.byline_pages import load_template_pages
from bench.extract_bylines import FIELDS, FRESH_DIR
from newscorpus.scrapers.byline import clean_author, parse_byline, parse_line
from newscorpus.scrapers.bylinebare import is_outlet
from newscorpus.scrapers.bylineregion import self_media_notice

MIN_FRESH_PAGES = 20
MIN_FRESH_STRINGS = 60


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("供稿：物理学院 摄影：陈晓", "物理学院"),
        ("来稿单位：计算机学院", "计算机学院"),
        ("发布机构：国家统计局 发布日期：2023-01-17", "国家统计局"),
        ("Source: Global Times | Editor: 赵梅", "Global Times"),
    ],
)
def test_units_and_english_labels_name_the_source(text: str, source: str) -> None:
    assert parse_line(text).source == source


def test_latin_labels_need_their_separator() -> None:
    # "source" and "editor" in running text are words, not labels.
    assert parse_line("open source editor 2024-05-15") == parse_line("")
    assert parse_line("Editor: Liu Xin").editor == "Liu Xin"


def test_a_glued_two_character_field_ends_the_value_before_it() -> None:
    assert parse_line("供稿：化学学院摄影：张三 编辑：李思").source == "化学学院"


def test_an_affiliation_names_nobody() -> None:
    assert parse_line("（作者系中国人民大学教授）").author is None
    assert parse_line("作者为中央党校（国家行政学院）教授").author is None
    assert parse_line("（作者：孟捷，系中国社会科学院大学教授）").author == "孟捷"
    assert clean_author("陆铭（上海交通大学安泰经济与管理学院教授）") == "陆铭"


def test_interns_and_correspondents_join_the_reporters() -> None:
    assert parse_line("本报记者 刘宇 实习生 马婷婷 通讯员 杨帆").author == "刘宇 马婷婷 杨帆"
    assert parse_line("记者 张三 实习生 李四 摄").author is None  # they took the picture


def test_a_unit_before_a_name_is_the_employer() -> None:
    assert parse_line("文/图：宣传部 李华 编辑：孙悦").author == "李华"
    assert parse_line("作者：王科 李四").author == "王科 李四"  # a two-character name ending in 科 is a person


@pytest.mark.parametrize("word", ["央视新闻APP", "新浪财经APP", "安吉县融媒体中心"])
def test_apps_and_county_media_centres_are_outlets(word: str) -> None:
    assert is_outlet(word)


@pytest.mark.parametrize("word", ["下载APP", "打开App"])
def test_app_prompts_are_no_outlets(word: str) -> None:
    assert not is_outlet(word)


def test_a_label_takes_its_value_from_the_next_cell() -> None:
    found = parse_byline(["索引号：", "000014349/2023-00012", "发布机构：", "国家统计局", "作者：", "刘畅"])
    assert (found.author, found.source) == ("刘畅", "国家统计局")


def test_platform_notices_mark_self_media_posts() -> None:
    assert self_media_notice(["平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。"])
    assert self_media_notice(["本文来自网易号作者新京报。"])
    assert self_media_notice(["特别声明：以上内容为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。"])
    assert not self_media_notice(["本平台所载文章仅供参考", "关于我们 | 联系我们"])
    # A story about self-media is no notice.
    assert not self_media_notice(["近年来，各类自媒体平台快速发展，监管部门表示将加强对平台内容的审核。"])


def test_the_fresh_held_out_set_is_large_and_labelled() -> None:
    pages = load_template_pages(FRESH_DIR, split="fresh")
    rows = [json.loads(line) for line in (FRESH_DIR / "strings.jsonl").open(encoding="utf-8")]
    assert len(pages) >= MIN_FRESH_PAGES and len(rows) >= MIN_FRESH_STRINGS
    assert all(page.split == "fresh" and page.html for page in pages)
    for row in rows:
        assert set(FIELDS) <= row.keys() and (isinstance(row.get("text"), str) or isinstance(row.get("lines"), list))


def test_translated_writers_lose_their_nationality_and_translators_are_not_authors() -> None:
    assert parse_line("作者：[美]托马斯·弗里德曼 译者：何帆").author == "托马斯·弗里德曼"
    assert parse_line("译者：何帆").author is None


def test_portal_channels_and_titled_publications_beside_a_time_are_sources() -> None:
    assert parse_line("2019-05-06 09:30 新浪科技").source == "新浪科技"
    assert parse_line("2018年04月02日 08:15 《求是》").source == "求是"
    assert parse_line("2020-08-01 12:00 《人生》连载 第三章").source is None


def test_other_bar_and_colon_characters_separate_fields() -> None:
    found = parse_line("文▏周洋 编辑▏孙晓")
    assert (found.author, found.editor) == ("周洋", "孙晓")
    assert parse_line("作者︰高岩 来源︰人民政协报").source == "人民政协报"


def test_a_role_after_the_name_credits_the_writer_not_the_photographer() -> None:
    assert parse_line("■ 林海/文 陈卓/图").author == "林海"
    assert parse_line("苏晓/摄").author is None
    assert parse_line("中文/文言 对照").author is None  # no surname-led name before the slash


def test_a_bar_printed_as_separate_elements_is_read_as_one() -> None:
    assert parse_byline(["光明日报", "2017-06-20 05:30"]).source == "光明日报"
    assert parse_byline(["2019-08-01 14:22", "苏青", "分享到："]).author == "苏青"
    # Only a neighbour of the time-only line, and never a section heading.
    assert parse_byline(["2020-03-02 09:00", "来源：", "中国经济网", "钱伟"]).author is None
    assert parse_byline(["国内新闻", "2019-08-01"]).source is None
