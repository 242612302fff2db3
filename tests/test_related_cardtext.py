"""related-b7: an item's title is its card's headline line, its snippet the card's summary without the
card's source and time (published_at keeps the time). Hand-written variants, none a copy of a blind page."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.scrapers.relateditems import items_from
from newscorpus.scrapers.relatedtext import summary_only, unquoted

BASE = "https://news.example.test/a/1.html"


def _items(list_html: str) -> list[tuple[str, str | None]]:
    tree = LexborHTMLParser(f"<html><body><div id=box>{list_html}</div></body></html>")
    root = tree.css_first("#box")
    assert root is not None
    return [(item.title, item.snippet) for item in items_from([root], BASE)]


@pytest.mark.parametrize(
    ("card", "title", "snippet"),
    [
        # headline and a <time> as inline elements of the link
        (
            '<a href="/a/2.html"><b class="t">城市轨道交通新线下月开通运营</b><time>3小时前</time></a>',
            "城市轨道交通新线下月开通运营",
            None,
        ),
        # a headline span named a title, then a summary span: the summary is the snippet
        (
            '<a href="/a/3.html"><span class="item-title">旧城改造项目完成首批签约</span>'
            '<span class="item-summary">涉及居民四百余户，年内启动建设</span></a>',
            "旧城改造项目完成首批签约",
            "涉及居民四百余户，年内启动建设",
        ),
        # a block card body: headline span, then a date span
        (
            '<div data-href="/a/4.html"><div class="pic"></div><div class="body">'
            '<span class="hd">全市新增公共充电桩两千个</span><span class="date">2023/4/9</span></div></div>',
            "全市新增公共充电桩两千个",
            None,
        ),
        # a Japanese list: title em, time in words
        (
            '<a href="/a/5.html"><em>新駅の建設工事が本格化へ</em><span>11月2日 9時30分</span></a>',
            "新駅の建設工事が本格化へ",
            None,
        ),
    ],
)
def test_a_card_link_is_titled_by_its_headline_line(card: str, title: str, snippet: str | None) -> None:
    others = '<a href="/a/9.html">另一条相关新闻的完整标题</a>'
    assert _items(f"<ul><li>{card}</li><li>{others}</li></ul>")[0] == (title, snippet)


def test_a_headline_in_inline_markup_stays_whole() -> None:
    """<em>Chat</em><em>GPT</em>: no element names a title or a time, the words run on."""
    got = _items('<ul><li><a href="/a/6.html"><em>Chat</em><em>GPT</em>新版本发布</a></li></ul>')
    assert got[0][0] == "ChatGPT新版本发布"


@pytest.mark.parametrize(
    ("shown", "summary"),
    [
        ("人民日报 2022-03-01 08:00", ""),
        ("· (2015-07-21)", ""),
        ("光明网 · 12分钟前", ""),
        ("[2019-10-11]", ""),
        (
            "2021-08-30 教育部就新学期疫情防控作出部署，要求各地压实责任。",
            "教育部就新学期疫情防控作出部署，要求各地压实责任。",
        ),
        ("专家建议完善社区养老服务网络。 经济日报 5天前", "专家建议完善社区养老服务网络。"),
        # a short word before the date that ends no sentence is the summary's own
        ("夏季用电 负荷 创新高 07-22", "夏季用电 负荷 创新高"),
        ("Markets fell sharply on Monday 2024-05-01", "Markets fell sharply on Monday"),
    ],
)
def test_a_snippet_loses_the_cards_source_and_time(shown: str, summary: str) -> None:
    assert summary_only(shown) == summary


def test_a_date_only_line_under_a_title_is_no_snippet_but_the_time_is_kept() -> None:
    tree = LexborHTMLParser(
        "<html><body><div id=box><ul>"
        '<li><a href="/2019/05/06/c_1.htm">防汛抗旱工作会议召开部署全年任务</a><span>2019-05-06</span></li>'
        '<li><a href="/2019/05/04/c_2.htm">春季植树造林面积超过往年同期</a><span>2019-05-04</span></li>'
        "</ul></div></body></html>"
    )
    root = tree.css_first("#box")
    assert root is not None
    items = items_from([root], BASE)
    assert [item.snippet for item in items] == [None, None]
    assert items[0].published_at is not None and items[0].published_at.startswith("2019-05-06")


def test_a_works_quoted_name_is_the_title() -> None:
    got = _items(
        '<ul><li><a href="/shi/101.html">《春晓》</a> 孟浩然</li>'
        '<li><a href="/shi/102.html">《静夜思》</a> 李白</li></ul>'
    )
    assert [title for title, _ in got] == ["春晓", "静夜思"]


@pytest.mark.parametrize(
    ("title", "name"), [("《春晓》", "春晓"), ("《人民日报》评论员文章：坚定信心", "《人民日报》评论员文章：坚定信心")]
)
def test_only_a_name_quoted_whole_loses_its_marks(title: str, name: str) -> None:
    assert unquoted(title) == name
