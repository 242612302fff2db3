"""A bar showing the time without its year (发布时间：03-16 21:05) keeps the full time in the page's state
object; Baidu's and NetEase's state objects call it ``ptime`` (as their meta tags do)."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_STORY = "".join(
    f"<p>第{n}段：社区卫生服务中心的医生介绍，春季是过敏性结膜炎的高发期，外出时应佩戴眼镜，回家后及时清洗双手。</p>"
    for n in range(1, 6)
)


def _page(bar: str, state: str) -> str:
    return (
        "<html><head><title>春季护眼指南</title></head><body><div class='wrap'><h1>春季护眼指南</h1>"
        f"<div class='info'>{bar}</div><div class='content'>{_STORY}</div></div>"
        f"<script>{state}</script></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "bar", "state", "want"),
    [
        (
            "https://baijiahao.baidu.com/s?id=1661234567890000001",
            "<span>发布时间：03-16</span><span>21:05</span>",
            'window.jsonData = {"bsData": {"newsId": "1", "ptime": "2020-03-16 21:05"}};',
            "2020-03-16T21:05:00+08:00",
        ),
        (
            "https://www.example-health.cn/a/9f3k2.html",
            "<em>03-16 21:05</em> 来源：健康时报",
            "var DATA = {'docid': 'X1', 'ptime': '2021-03-16 21:05:33', 'source': '健康时报'};",
            "2021-03-16T21:05:33+08:00",
        ),
        (
            "https://m.example-news.com.cn/detail?id=31",
            "<span class='time'>3月16日 21:05</span>",
            'window.__STATE__={"article":{"ptime":"2019-03-16 21:05:00","related":[{"ptime":"2019-03-01 08:00"}]}}',
            "2019-03-16T21:05:00+08:00",
        ),
    ],
)
def test_a_year_less_bar_takes_the_state_objects_ptime(url: str, bar: str, state: str, want: str) -> None:
    article = parse_html(_page(bar, state), url, Registry.load())
    assert article.published_at == want


def test_a_ptime_word_in_prose_is_not_a_state_key() -> None:
    # Only a key followed by ':' or '=' counts: the word in a string of the script is no date.
    state = 'var tips = "ptime 是发布时间的缩写";'
    article = parse_html(
        _page("<span>阅读 120</span>", state), "https://www.example-health.cn/a/1.html", Registry.load()
    )
    assert article.published_at is None
