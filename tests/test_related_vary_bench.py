"""``bench.related_vary`` locates a labelled list, rewrites it deterministically, and scores what comes back."""

from __future__ import annotations

import random

from bench.extract_related import url_key
from bench.related_vary import FAMILIES, score
from bench.related_vary_locate import Variant, locate
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_URL = "https://www.example-news.cn/2023/0601/c1024-40001234.html"
_ITEMS = [
    (f"https://www.example-news.cn/2023/05{20 + n}/c1024-4000{n}567.html", title)
    for n, title in enumerate(("夏粮收购工作全面展开", "多地出台稳就业新举措", "高温天气下的电力保供"))
]
_PAGE = (
    "<html><head><title>t</title></head><body><div class='article'><h1>全国夏收进度过半 小麦收获进入高峰期</h1>"
    + "".join(
        f"<p>第{n}段：农业农村部消息，各地抢抓晴好天气组织机收，确保颗粒归仓，夏收进展顺利。</p>" for n in range(4)
    )
    + "</div><div class='rel'><h3>相关阅读</h3><ul>"
    + "".join(f"<li><a href='{u}'>{t}</a></li>" for u, t in _ITEMS)
    + "</ul></div><div class='footer'>版权所有</div></body></html>"
)
_EXPECTED = frozenset(url_key(u) for u, _ in _ITEMS)


def _variants() -> list[Variant]:
    loc = locate("page", _PAGE, _URL, _EXPECTED)
    assert loc is not None
    rng = random.Random("17:page")
    return [variant for family in FAMILIES for variant in family(loc, rng)]


def test_the_list_is_located_with_its_heading() -> None:
    loc = locate("page", _PAGE, _URL, _EXPECTED)
    assert loc is not None
    assert "相关阅读" in loc.box and loc.expected == _EXPECTED
    assert [title for _url, title in loc.items] == [title for _url, title in _ITEMS]


def test_variants_are_deterministic_and_replace_the_box() -> None:
    first, second = _variants(), _variants()
    assert [v.html for v in first] == [v.html for v in second]
    assert len({v.family for v in first}) == len(FAMILIES)
    assert all("<div class='rel'>" not in v.html and 'class="rel"' not in v.html for v in first)


def test_scoring_counts_recall_and_foreign_items() -> None:
    registry = Registry.load()
    loc = locate("page", _PAGE, _URL, _EXPECTED)
    assert loc is not None
    by_name = {(v.family, v.name): v for v in _variants()}
    control = by_name[("1 heading words", "相关阅读")]
    got = {url_key(i.url) for i in parse_html(control.html, _URL, registry).related if i.url}
    assert score(control, loc, got, set()) == (True, 1.0, 0)
    rank = by_name[("7 not a list", "热门排行")]
    got = {url_key(i.url) for i in parse_html(rank.html, _URL, registry).related if i.url}
    assert score(rank, loc, got, set())[0] is True  # a hot rank over the same stories gives nothing
    assert score(rank, loc, set(_EXPECTED), set()) == (False, 0.0, len(_EXPECTED))


def test_the_dress_family_keeps_every_item_and_a_heading() -> None:
    """Family 9 changes only the dress: each variant still prints every item's link and title, under a
    related heading (in text or an image's alt), so a lost item is the detector's, not the bench's."""
    dressed = [v for v in _variants() if v.family == "9 dress"]
    assert len(dressed) >= 10 and all(v.keep for v in dressed)
    for variant in dressed:
        assert all(url in variant.html and title in variant.html for url, title in _ITEMS), variant.name
        assert "相关" in variant.html.split("<h1>", 1)[1], variant.name
