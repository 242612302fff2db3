"""The metadata's day alone, nothing shown by the headline: a stamp of that same day elsewhere on the page gives
its time of day (a recipe's 菜谱创建时间 under the steps; blind28), and a stamp of another day does not."""

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_PAGE = """<html><head><meta charset="utf-8"><title>{title}</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Recipe","name":"{title}",
"datePublished":"2021-01-16"}}</script></head><body>
<div class="nav"><a href="/">首页</a> <a href="/category/">菜谱分类</a></div>
<h1>{title}</h1>
<div class="steps">{steps}</div>
<div class="time"><span>菜谱创建时间：{stamp}</span></div></body></html>"""
_PARA = "排骨冷水下锅焯水，撇去浮沫后捞出洗净；锅里少许油，放冰糖小火炒出糖色，再把排骨倒进去翻炒均匀上色。"


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [("2021-01-16 18:05:40", "2021-01-16T18:05:40+08:00"), ("2021-01-19 18:05:40", "2021-01-16T00:00:00+08:00")],
)
def test_a_same_day_stamp_completes_the_metadatas_day(stamp: str, expected: str) -> None:
    steps = "".join(f"<p>{n}. {_PARA}</p>" for n in range(1, 13))  # the stamp far under the headline
    html = _PAGE.format(title="糖醋排骨的家常做法", steps=steps, stamp=stamp)
    assert parse_html(html, "https://www.example-recipes.cn/recipe/10293381/", Registry.load()).published_at == expected
