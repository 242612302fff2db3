"""The fresh related templates (tests/fixtures/related/fresh), and the mechanisms related4 added while
tuning on the older ones: click-handler navigation, pinyin / 'relevant' block names, tab panes past a
spacer, unheaded feeds of alike story cards, feed headings that veto the box around a list.

The fresh templates were held out by related4 and scored once; related5 tunes on them, and
tests/test_related_shapes2.py asserts them item by item. Here they must parse without losing the story,
and the set must stay what it claims (many, labelled, negatives among them).
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from bench.extract_related import FRESH, fresh_cases, url_key
from newscorpus.parse import parse_html
from newscorpus.scrapers.linkshape import link_href
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.relatedlists import find_related

from .conftest import FIXTURES
from .helpers import STORY_PAGE_URL as PAGE
from .helpers import STORY_PROSE as PROSE

FRESH_DIR = FIXTURES / "related" / "fresh"
CITIES = ("杭州", "成都", "西安", "武汉", "长沙", "南京", "青岛", "厦门")


def _page(tail: str, title: str = "多地推出生育支持新举措") -> str:
    return f"<html><body><h1>{title}</h1><div class='story'>{PROSE}</div>{tail}</body></html>"


def _fresh_pages() -> list[Path]:
    return sorted(FRESH_DIR.glob("*.html"))


def test_the_fresh_batch_is_many_labelled_templates_with_negatives() -> None:
    pages = _fresh_pages()
    assert len(pages) >= 20
    labels = [json.loads(page.with_suffix(".json").read_text(encoding="utf-8")) for page in pages]
    assert sum(1 for label in labels if not label["related"]) >= 5
    assert all(label["url"].startswith("http") and label.get("notes") for label in labels)
    assert {case.split for case in fresh_cases()} == {FRESH}


@pytest.mark.parametrize("page", _fresh_pages(), ids=lambda p: p.stem)
def test_fresh_template_parses_and_keeps_its_story(page: Path, registry: Registry) -> None:
    label = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    article = parse_html(page.read_text(encoding="utf-8"), label["url"], registry)
    assert article.paragraphs
    assert all(item.url and item.url.startswith("http") for item in article.related)


def test_a_click_handler_names_the_url_of_a_link_that_goes_nowhere() -> None:
    tree = LexborHTMLParser(
        '<li id="open" onclick="window.open(\'/news/2015/1101/042708.html\')">t</li>'
        '<a id="quoted" href="javascript:;" onclick="window.open(&quot;https://x.test/p/78120034/&quot;)">t</a>'
        '<li id="href" onclick="location.href = \'/a/253812234_120009876?spm=1\'">t</li>'
        "<div id=\"share\" onclick=\"shareto('weibo', '/a/1.html')\">t</div>"
        '<li id="void" onclick="window.open(\'javascript:void(0)\')">t</li>'
    )
    found = {node.attributes["id"]: link_href(node) for node in tree.css("[id]")}
    assert found == {
        "open": "/news/2015/1101/042708.html",
        "quoted": "https://x.test/p/78120034/",
        "href": "/a/253812234_120009876?spm=1",
        "share": None,  # a share button names a URL, but opens no page of it
        "void": None,
    }


def test_items_navigated_by_onclick_are_a_related_list(registry: Registry) -> None:
    items = "".join(
        f"<li onclick=\"window.open('/news/2024/05{n:02d}/7{n}1234.html')\">"
        f"<span>{city}地铁新线年底前开通运营</span></li>"
        for n, city in enumerate(CITIES[:4])
    )
    article = parse_html(
        _page(f'<div class="xgnews"><div class="hd">相关新闻</div><ul>{items}</ul></div>'), PAGE, registry
    )
    assert [item.url for item in article.related] == [
        f"https://www.example-portal.test/news/2024/05{n:02d}/7{n}1234.html" for n in range(4)
    ]


@pytest.mark.parametrize("name", ["xglj", "xggj", "rm_relevant"])
def test_a_block_named_by_pinyin_initials_or_relevant_is_related(name: str) -> None:
    links = "".join(
        f'<li><a href="/system/2017/08/0{n}/5623371{n}.shtml">{c}暴雨过后全力抢修受损道路</a></li>'
        for n, c in enumerate(CITIES[:5])
    )
    items = find_related(LexborHTMLParser(_page(f'<div class="{name}"><ul>{links}</ul></div>')), PAGE)
    assert len(items) == 5


def test_a_tab_pane_is_found_past_a_spacer_line_beside_the_panes_wrapper() -> None:
    def pane(prefix: str, words: str) -> str:
        links = "".join(
            f'<li><a href="/content/2022-07/0{n}/{prefix}{n}1234.htm">{c}{words}</a></li>'
            for n, c in enumerate(CITIES[:3])
        )
        return f'<div class="tab-c"><ul>{links}</ul></div>'

    tail = (
        '<div class="tabs"><div class="tabs-hd"><ul>'
        '<li class="on"><span>延伸阅读</span></li><li><span>最新资讯</span></li></ul></div>'
        '<div class="tabs-line"></div>'
        f'<div class="tabs-bd">{pane("r", "养老服务补贴标准上调")}{pane("n", "马拉松赛报名人数创纪录")}</div></div>'
    )
    items = find_related(LexborHTMLParser(_page(tail)), PAGE)
    assert [item.url.rsplit("/", 1)[-1][:2] for item in items] == ["r0", "r1", "r2"]


def _cards(count: int, meta: str = '<span class="src">经济观察</span><span class="t">10-19 08:00</span>') -> str:
    return "".join(
        f'<div class="card"><a href="/article/77{n:04d}.html"><div class="pic"><img src="/{n}.jpg"></div>'
        f'<div class="title">{CITIES[n % len(CITIES)]}第{n}批重点项目集中开工建设</div></a>{meta}</div>'
        for n in range(count)
    )


def test_an_unheaded_feed_of_alike_cards_is_related_however_long_and_whatever_its_topic() -> None:
    items = find_related(LexborHTMLParser(_page(f'<div class="stream">{_cards(30)}</div>')), PAGE)
    assert len(items) == 30
    assert items[0].title == "杭州第0批重点项目集中开工建设"


def test_an_unheaded_rank_list_off_the_topic_is_no_feed() -> None:
    ranks = "".join(
        f'<li><em>{n + 1}</em><a href="/a/2024/05/{n}8812.html">{c}公布中小学暑假放假时间安排</a></li>'
        for n, c in enumerate(CITIES)
    )
    assert find_related(LexborHTMLParser(_page(f"<div><ol>{ranks}</ol></div>")), PAGE) == []


def test_a_feed_under_a_for_you_heading_bar_is_no_related_list() -> None:
    tabs = "".join(f"<li><span>{channel}</span></li>" for channel in ("推荐", "娱乐", "体育"))
    bar = f'<div class="ctrl"><div class="h2">为您推荐</div><ul>{tabs}</ul></div>'
    tail = f'<div class="post_recommend">{bar}<div class="news"><div>{_cards(12)}</div></div></div>'
    assert find_related(LexborHTMLParser(_page(tail)), PAGE) == []
    hot = f'<div class="mod"><div class="mod-title">24小时热闻</div><div class="feed">{_cards(12)}</div></div>'
    assert find_related(LexborHTMLParser(_page(hot)), PAGE) == []


def test_click_tracking_parameters_do_not_make_another_item() -> None:
    assert url_key("https://www.s.test/a/1_2?spm=smpc.content.fd-d.6") == url_key("http://www.s.test/a/1_2")
    assert url_key("https://x.test/p?id=7&utm_source=wx") == url_key("https://x.test/p?id=7")
    assert url_key("https://x.test/p?id=7") != url_key("https://x.test/p?id=8")


def test_a_picture_only_link_is_titled_by_its_alt_text_unless_a_headline_link_shows_one() -> None:
    grid = "".join(
        f'<li><a href="/n1/2020/08{n:02d}/c1-8812{n}.html"><img src="/{n}.jpg" alt="{c}城市更新项目集中签约"></a></li>'
        for n, c in enumerate(CITIES[:3])
    )
    items = find_related(LexborHTMLParser(_page(f"<div><h3>相关图集</h3><ul>{grid}</ul></div>")), PAGE)
    assert [item.title for item in items] == [f"{c}城市更新项目集中签约" for c in CITIES[:3]]
    cards = "".join(
        f'<li><a href="/n1/2020/08{n:02d}/c1-8812{n}.html"><img src="/{n}.jpg" alt="{c}_1"></a>'
        f'<a href="/n1/2020/08{n:02d}/c1-8812{n}.html">{c}城市更新项目集中签约</a></li>'
        for n, c in enumerate(CITIES[:3])
    )
    items = find_related(LexborHTMLParser(_page(f"<div><h3>相关图集</h3><ul>{cards}</ul></div>")), PAGE)
    assert [item.title for item in items] == [f"{c}城市更新项目集中签约" for c in CITIES[:3]]


@pytest.mark.parametrize(
    "handler",
    ["window.open(", "location.href=''", "window.open('", 'location.href="', "window.open(this.href)", "open(1)"],
)
def test_an_odd_click_handler_names_no_url_and_raises_nothing(handler: str) -> None:
    node = LexborHTMLParser(f'<li onclick="{escape(handler)}">城市更新项目集中签约</li>').css_first("li")
    assert node is not None and node.attributes.get("onclick") == handler
    assert link_href(node) is None


def test_a_feed_of_cards_a_box_names_as_something_else_is_no_related_list() -> None:
    named = f'<div class="mod"><div class="mod-hd">图片新闻</div><div class="grid">{_cards(12)}</div></div>'
    assert find_related(LexborHTMLParser(_page(named)), PAGE) == []
    byline = f'<div class="editor">（责任编辑：王五）</div><div class="grid">{_cards(12)}</div>'
    assert len(find_related(LexborHTMLParser(_page(byline)), PAGE)) == 12  # an editor's line names no box
