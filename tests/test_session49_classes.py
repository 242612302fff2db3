"""Classes session 49 found in blind104n's pages (flipped to tune at the session's start): a section of the site,
linked from the bar beside the site's own name and closing the page's breadcrumb, taken for an outlet the story
came from (侨报网　湾区新闻); a platform's account card whose avatar no class or address marks (hashed classes, a
CDN's picture) though the card holds a follow button; writers whose surname the tables lacked (郁芳芳 signing
off). Written as other sites, sections, names and wordings than the batch's, with controls: an outlet after the
site's name that no breadcrumb files the page under, a picture card with no follow button, and the words and
places those surnames start.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.bylinebare import is_person
from newscorpus.scrapers.registry import Registry

from .helpers import STORY_PROSE, line_fields


def _section_page(crumb: str, bar_tail: str, story: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>社区集会吁增警力 数百居民到场 - 华侨时报网</title></head><body>"
        "<div id='nav'><a href='/'>首页</a> <a href='/news/chinatown/'>华埠新闻</a>"
        " <a href='/news/community/'>侨社新闻</a> <a href='/news/ny/'>纽约新闻</a> <a href='/ent/'>娱乐</a></div>"
        f"<div class='pos'>{crumb}</div>"
        "<div class='art'><h1>社区集会吁增警力 数百居民到场</h1>"
        f"<div class='artinfo'>发布时间：2013-06-02 09:41 EDT &nbsp; 华侨时报网 &nbsp; {bar_tail} &nbsp; 字体："
        "<a href='#'>大</a> <a href='#'>小</a></div>"
        f"<div class='content'>{story}</div></div>"
        "<div class='footer'>Copyright © 华侨时报网 版权所有</div></body></html>"
    )


@pytest.mark.parametrize("repeat", [1, 6])
@pytest.mark.parametrize(
    ("crumb", "bar_tail", "source"),
    [
        ("首页 &gt; 华埠新闻", "<a href='/news/chinatown/'>华埠新闻</a>", "华侨时报网"),
        ("首页 » 侨社新闻", "<a href='/news/community/'>侨社新闻</a>", "华侨时报网"),
        ("当前位置：首页 &gt; 纽约新闻", "<a href='/news/ny/'>纽约新闻</a>", "华侨时报网"),
        # control: an outlet after the site's name, the page filed under another section, is where it came from
        ("首页 &gt; 华埠新闻", "星岛日报", "星岛日报"),
    ],
)
def test_a_section_the_breadcrumb_files_the_page_under_is_no_outlet(
    repeat: int, crumb: str, bar_tail: str, source: str
) -> None:
    html = _section_page(crumb, bar_tail, STORY_PROSE * repeat)
    article = parse_html(html, "https://www.huaqiaotimes.example/news/chinatown/2013/0602/8812.html", Registry.load())
    assert article.source == source


def _platform_post(card: str, story: str) -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>老城区的早市：豆浆油条和一碗热汤面</title></head>"
        "<body><div id='ssr-content'><div class='_9aQx1'><a href='https://www.baidu.com/'>百度首页</a></div>"
        "<div class='_4kLm2'><h1 class='_7pQr3'>老城区的早市：豆浆油条和一碗热汤面</h1>"
        f"{card}"
        f"<div data-testid='article'>{story}</div></div></div></body></html>"
    )


_PICTURE = (
    "<div class='_5tYu8'><img class='_2wEr4' src='https://pics.example-cdn.com/it/u=81,72&size=b200,200' alt=''></div>"
)


@pytest.mark.parametrize("repeat", [1, 6])
@pytest.mark.parametrize(
    ("card", "author"),
    [
        (
            f"<div class='_6yHn1'>{_PICTURE}<div><div class='_3sDf5'>江城吃货小周</div><div>"
            "<span data-testid='updatetime'>2023-11-18 07:02</span><span>湖北</span></div></div>"
            "<div class='_8uJk2'>关注</div></div>",
            "江城吃货小周",
        ),
        (
            f"<div class='_6yHn1'>{_PICTURE}<div><div class='_3sDf5'>山城老饕阿全</div>"
            "<div><span>2022-05-03 18:40</span></div></div><div class='_8uJk2'>+关注</div></div>",
            "山城老饕阿全",
        ),
        # control: a picture card with no follow button and nothing marking an avatar names no account
        (
            f"<div class='_6yHn1'>{_PICTURE}<div><div class='_3sDf5'>早市风味图集</div>"
            "<div><span>2023-11-18 07:02</span></div></div></div>",
            None,
        ),
    ],
)
def test_a_platform_card_with_a_follow_button_names_its_account(repeat: int, card: str, author: str | None) -> None:
    html = _platform_post(card, STORY_PROSE * repeat)
    article = parse_html(html, "https://baijiahao.baidu.com/s?id=1783300000000000001", Registry.load())
    assert article.author == author


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("（项目部 郁文静）", ("郁文静", None, None)),
        ("（办公室 杭晓蔚）", ("杭晓蔚", None, None)),
        ("（齐亚楠 楼建军）", ("齐亚楠 楼建军", None, None)),
        ("（应晓峰 冷晓东）", ("应晓峰 冷晓东", None, None)),
        ("（卫佳铭 宫宏宇）", ("卫佳铭 宫宏宇", None, None)),
    ],
)
def test_writers_of_the_rarer_surnames_sign(line: str, fields: tuple[str | None, str | None, str | None]) -> None:
    assert line_fields(line) == fields


@pytest.mark.parametrize(
    "word", ["杭州市", "冷空气", "宫颈癌", "应届生", "郁金香", "齐齐哈", "楼盘网", "卫生院", "应急办"]
)
def test_words_and_places_those_surnames_start_are_no_person(word: str) -> None:
    assert not is_person(word)


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("（宣教部 / 供稿）", (None, "宣教部", None)),
        ("（团委／供稿）", (None, "团委", None)),
        ("[ 信息中心 | 供稿 ]", (None, "信息中心", None)),
        # controls: a person before the slash writes; a photographer after the unit's credit is no outlet
        ("（刘晓燕/供稿）", ("刘晓燕", None, None)),
        ("（市摄影家协会 供稿 / 周海涛 摄）", (None, "市摄影家协会", None)),
    ],
)
def test_a_slash_between_a_unit_and_供稿(line: str, fields: tuple[str | None, str | None, str | None]) -> None:
    assert line_fields(line) == fields


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("供稿：药剂科　审稿：院办", (None, "药剂科", None)),
        ("来源：教务处 审稿人：党政办 点击：132", (None, "教务处", None)),
        # controls: a person reviewing is no editor; a writer before 审稿 stays the writer
        ("撰稿：孟晓丽　审稿：何立新", ("孟晓丽", None, None)),
        ("（供稿：外语系　审稿：胡卫国　编辑：罗佳）", (None, "外语系", "罗佳")),
    ],
)
def test_审稿_ends_the_value_before_it(line: str, fields: tuple[str | None, str | None, str | None]) -> None:
    assert line_fields(line) == fields
