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


STORY = "".join(
    f"<p>{line}</p>"
    for line in (
        "记者今天从市交通运输局获悉，全市公交线网优化方案已经完成公示，将于下月起分批实施。",
        "根据方案，中心城区将新开线路十二条，调整线路三十条，撤销重复线路五条，站点覆盖率进一步提高。",
        "交通部门表示，调整期间将在站台张贴告示，并通过官方渠道发布每条线路的具体变化，方便市民出行。",
    )
)


def _tabbed_page(first: str, second: str) -> str:
    def pane(start: int, hidden: str) -> str:
        links = "".join(
            f'<li><a href="/news/2024/0{n}/1{n}.html">第{n}条公交线路调整方案征求市民意见</a></li>'
            for n in range(start, start + 3)
        )
        return f'<div class="pane"{hidden}><ul>{links}</ul></div>'

    return (
        "<html><head><title>公交线网优化方案下月实施</title></head><body><div class='main'>"
        f"<h1>公交线网优化方案下月实施</h1><div class='content'>{STORY}</div>"
        f"<div class='tabs'><div class='tab-hd'><span>{first}</span><span>{second}</span></div>"
        f"<div class='tab-bd'>{pane(1, '')}{pane(4, ' style=display:none')}</div></div>"
        "</div></body></html>"
    )


def test_a_reading_tab_beside_the_related_one_is_a_related_list_too() -> None:
    from newscorpus.parse import parse_html
    from newscorpus.scrapers.registry import Registry

    article = parse_html(_tabbed_page("相关阅读", "推荐阅读"), "https://city.example.test/news/1.html", Registry.load())
    assert [item.url.rsplit("/", 1)[1] for item in article.related] == [f"1{n}.html" for n in range(1, 7)]


def test_a_hot_tab_beside_the_related_one_stays_out() -> None:
    from newscorpus.parse import parse_html
    from newscorpus.scrapers.registry import Registry

    article = parse_html(_tabbed_page("相关推荐", "热点推荐"), "https://city.example.test/news/1.html", Registry.load())
    assert [item.url.rsplit("/", 1)[1] for item in article.related] == [f"1{n}.html" for n in range(1, 4)]


def test_a_poems_lines_past_its_linked_poet_and_era_are_its_snippet() -> None:
    """Between the title and the lines, a short line of label links (the poet's page, the era's) is no
    snippet and no end of the item: the lines after it are."""
    cards = "".join(
        f'<div class="w"><p><a href="/shi/{n}.html"><b>《{name}》</b></a></p>'
        f'<p class="by"><a href="/poet/{n}.html">{poet}</a><a href="/era/tang.html">〔唐代〕</a></p>'
        f'<div class="lines">{lines}</div></div>'
        for n, name, poet, lines in (
            (101, "春晓", "孟浩然", "春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。"),
            (102, "静夜思", "李白", "床前明月光，疑是地上霜。举头望明月，低头思故乡。"),
            (103, "登鹳雀楼", "王之涣", "白日依山尽，黄河入海流。欲穷千里目，更上一层楼。"),
        )
    )
    assert _items(cards) == [
        ("春晓", "春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。"),
        ("静夜思", "床前明月光，疑是地上霜。举头望明月，低头思故乡。"),
        ("登鹳雀楼", "白日依山尽，黄河入海流。欲穷千里目，更上一层楼。"),
    ]


def test_a_story_link_after_a_title_ends_its_item() -> None:
    """A short line whose link is a story is the next item, never stepped over for a snippet."""
    got = _items(
        '<div><p><a href="/2024/05/01/a1.html">城市更新行动方案出台</a></p>'
        '<p><a href="/2024/05/02/a2.html">老旧小区加装电梯</a></p>'
        "<p>今年计划完成改造项目一百二十个，惠及居民三万余户。</p></div>"
    )
    assert got[0] == ("城市更新行动方案出台", None)


def test_a_subtitle_is_no_headline() -> None:
    got = _items(
        '<ul><li><a href="/a/7.html"><span class="subtitle">专访</span><span class="title">'
        "十年扎根山区的乡村教师</span></a></li></ul>"
    )
    assert got[0][0] == "十年扎根山区的乡村教师"
