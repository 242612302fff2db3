"""Related lists first missed on blind39 (session 13), in a template of our own words."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_STORY = "".join(
    f"<p>第{n}段：晶片大厂今天召开股东常会，董事长会后受访表示，海外第二座厂仍在评估，将视客户需求与补助而定。</p>"
    for n in range(5)
)
_TITLES = [
    "外资连卖三天 台股终场下跌",
    "新台币收盘小贬 成交量萎缩",
    "伺服器需求强 代工厂股价创新高",
    "出口连九黑 官员称下半年回温",
    "半导体库存调整 持续到年底",
    "央行理监事会前 市场观望",
    "电动车电池厂 扩产计划出炉",
    "航运股集体走弱 运价续跌",
]


def _card(n: int, title: str) -> str:
    # ul > li > div > div > h3 > a: the headline five levels under the list, as a stream card nests it.
    return (
        f'<li class="stream-item"><div class="card"><div class="thumb"><img src="/img/{n}.jpg" alt=""></div>'
        f'<div class="text"><div class="meta"><span>财经社</span> · <span>2023/06/0{n % 6 + 1}</span></div>'
        f'<h3><a href="/{title.replace(" ", "-")}-{10203040 + n}.html">{title}</a></h3></div></div></li>'
    )


def _page(after_story: str) -> str:
    return (
        "<html><head><title>晶片大厂评估海外二厂</title></head><body><main><h1>晶片大厂评估海外二厂</h1>"
        f'<div class="body">{_STORY}</div>{after_story}</main></body></html>'
    )


def _related(after_story: str) -> list[str]:
    article = parse_html(_page(after_story), "https://money.example.com/chip-plant-10203000.html", Registry.load())
    assert not any("外资连卖" in line for line in article.paragraphs)
    return [item.title for item in article.related]


def _cards(titles: list[str]) -> str:
    return "<ul>" + "".join(_card(n, title) for n, title in enumerate(titles)) + "</ul>"


def test_an_unheaded_list_nesting_its_headlines_five_levels_deep_is_found() -> None:
    # About the story (its titles share the headline's words), unheaded: found once the depth allows it.
    titles = [f"晶片大厂{word}" for word in ("海外设厂进度", "股东会重点", "资本支出不变", "先进封装扩产")]
    assert _related(f'<div class="next">{_cards(titles)}</div>') == titles


@pytest.mark.parametrize("label", ["更多新闻", "更多新聞", "More stories"])
def test_a_feed_of_cards_labelled_more_stories_is_the_list_when_no_other_is(label: str) -> None:
    # blind39's Yahoo page: 更多新聞 over the only list after the story; it names no other kind of box.
    assert _related(f'<div class="more"><h2>{label}</h2>{_cards(_TITLES)}</div>') == _TITLES


def test_a_feed_labelled_as_something_else_stays_out() -> None:
    assert _related(f'<div class="more"><h2>图片新闻</h2>{_cards(_TITLES)}</div>') == []


def test_more_stories_beside_a_related_list_stays_the_sites() -> None:
    related = (
        '<div class="xgyd"><h3>延伸阅读</h3><ul>'
        + "".join(f'<li><a href="/chip-{n}-20230606.html">晶片大厂海外布局之{n}</a></li>' for n in range(3))
        + "</ul></div>"
    )
    got = _related(related + f'<div class="more"><h2>更多新闻</h2>{_cards(_TITLES)}</div>')
    assert got == [f"晶片大厂海外布局之{n}" for n in range(3)]


def _note(slug: str, title: str, writer: str, handle: str) -> str:
    # 简书's note card: the headline, a snippet, then the writer's profile link (no avatar, so two links).
    return (
        f'<div class="note"><a class="title" href="/p/{slug}">{title}</a>'
        f'<p class="description">{title}，这是摘要里的一句话……</p>'
        f'<a class="author" href="/u/{handle}"><span class="name">{writer}</span></a></div>'
    )


def test_a_cards_writer_profile_link_is_no_item_of_its_own() -> None:
    notes = [
        ("91e4f0c7aa12", "深夜食堂：巷子口的一碗馄饨", "阿七的小本子", "7f6e5d4c3b2a"),
        ("2b7d8e1a04cf", "在北京租房的第五个年头", "木子李", "0b1c2d3e4f5a"),
        ("c4a0d93b5e77", "独处是一种能力", "清晨的猫", "1a2b3c4d5e6f"),  # a short headline
    ]
    box = '<div class="recommended"><div class="recommend-title">推荐阅读</div>'
    box += "".join(_note(*note) for note in notes) + "</div>"
    assert _related(box) == [title for _, title, _, _ in notes]
