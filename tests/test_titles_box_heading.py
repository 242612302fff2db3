"""A rule's title selector that hits a list box's heading (相关推荐, 24小时排行) takes the next candidate:
a box's name is never a story's headline (blind13's guancha op-ed came out titled 相关推荐)."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.headings import names_a_box
from newscorpus.scrapers.registry import Registry


@pytest.mark.parametrize(
    "text", ["相关推荐", "相关阅读：", "24小时排行", "热榜", "为您推荐", "延伸阅读", "相關新聞", "本周排行榜"]
)
def test_box_names(text: str) -> None:
    assert names_a_box(text)


@pytest.mark.parametrize(
    "text",
    [
        "新年贺词",
        "欧洲能源危机，是市场失灵还是政策失误？",
        "高考志愿填报指南发布",
        "世界杯排行榜前十的球队都来自哪里",
        "推荐",
    ],
)
def test_headlines_are_not_box_names(text: str) -> None:
    assert not names_a_box(text)


_STORY = "".join(
    f"<p>第{n}段：欧洲的天然气价格在一年内涨了数倍，工业用户减产，居民账单上涨，各国政府纷纷出台补贴措施。</p>"
    for n in range(1, 6)
)


@pytest.mark.parametrize("box", ["相关推荐", "24小时排行", "相关阅读"])
def test_a_rule_title_selector_skips_a_box_heading(box: str) -> None:
    # The op-ed template keeps the headline in <h1>; the rule's first selector (an older template's <h3>)
    # now hits the boxes' headings before it.
    html = (
        "<html><head><title>欧洲能源危机，是市场失灵还是政策失误？</title></head><body>"
        f"<div class='content-main'><h3>{box}</h3><ul><li><a href='/a/1.shtml'>另一篇评论文章的标题在这里</a></li></ul>"
        "<div class='article-content'><h1>欧洲能源危机，是市场失灵还是政策失误？</h1>"
        f"<div class='all-txt'>{_STORY}</div></div></div></body></html>"
    )
    article = parse_html(html, "https://www.guancha.cn/LiChenYang/2022_09_14_657000.shtml", Registry.load())
    assert article.title == "欧洲能源危机，是市场失灵还是政策失误？"
