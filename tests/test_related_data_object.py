"""A related list that exists only in a page's data object under a name of its own (ifeng's ``var allData``,
qq's ``window.DATA``), filed under a key that says related (relatedRecommend, relateNews): read, while a key
saying only "recommended" there (the site's feed, DATA.recommend) is not. blind49's ifeng and qq pages."""

from __future__ import annotations

import json

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_STORY = "".join(
    f"<p>{text}</p>"
    for text in (
        "社区食堂开进老小区以后，不少独居老人中午不用再自己开火，花十几块钱就能吃上两荤一素。",
        "街道工作人员介绍，食堂由社区提供场地，餐饮企业负责运营，老年人凭卡就餐还能享受补贴。",
        "下一步，街道计划把送餐服务延伸到行动不便的老人家中，让更多老人吃上热乎饭。",
    )
)


def _stories(prefix: str, ids: range) -> list[dict[str, str]]:
    return [
        {"title": f"{prefix}：社区养老服务第{n}站", "url": f"https://news.example-portal.cn/a/2021101{n}A0ABC{n}00"}
        for n in ids
    ]


def _page(data: dict[str, object]) -> str:
    return (
        '<html><head><meta charset="utf-8"><title>老小区开起社区食堂_新闻</title></head><body>'
        "<h1>老小区开起社区食堂</h1><div>2021-10-28 09:12 北京日报</div>"
        f'<div class="content">{_STORY}</div><div id="related-box"></div>'
        f"<script>window.DATA = {json.dumps(data, ensure_ascii=False)};</script></body></html>"
    )


@pytest.mark.parametrize("key", ["relateNews", "relatedRecommend", "xgydList"])
def test_a_related_key_in_the_page_s_data_object_gives_the_list(key: str) -> None:
    data = {"recommend": _stories("推荐", range(1, 5)), "docData": {key: _stories("相关", range(5, 8))}}
    article = parse_html(_page(data), "https://news.example-portal.cn/a/20211028A08XYZ00", Registry(rules=()))
    assert [item.title[:2] for item in article.related] == ["相关"] * 3


def test_a_key_saying_only_recommended_is_the_site_s_feed() -> None:
    data = {"recommend": _stories("推荐", range(1, 5)), "hotNews": _stories("热点", range(5, 8))}
    article = parse_html(_page(data), "https://news.example-portal.cn/a/20211028A08XYZ00", Registry(rules=()))
    assert article.related == []
