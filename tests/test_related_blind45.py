"""Related lists first missed on blind45 (session 16), in templates of our own words."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.relatedvetoes import is_rejected_block, names_ad

_STORY = """<html><head><meta charset="utf-8"><title>菜价回落 市民菜篮子轻了_民生_城市日报</title></head><body>
<div class="wrap"><h1>菜价回落 市民菜篮子轻了</h1><div class="info">2023-03-02 09:10 来源：城市日报</div>
<div class="article">
<p>记者从市农业农村局了解到，随着本地露地蔬菜大量上市，近一周全市主要蔬菜批发均价环比下降一成以上。</p>
<p>在城东农贸市场，摊主告诉记者，青菜、菠菜每斤比上月便宜了五毛到一块，来买菜的市民明显多了起来。</p>
<p>市农业农村局相关负责人表示，将继续做好产销对接，保障节后蔬菜供应充足、价格平稳。</p>
</div>
{box}
</div><div class="footer">城市日报 版权所有</div></body></html>"""
_URL = "https://www.city-daily.example/news/2023/03/02/0017.html"
_CARDS = "".join(
    f"<div class='card'><a href='https://www.city-daily.example/news/2023/03/0{n}/00{n}5.html'>"
    f"<img src='/i/{n}.jpg'><p>{title}</p></a></div>"
    for n, title in enumerate(["春季蔬菜供应充足价格平稳", "本地草莓大量上市价格走低", "市区新增三个便民菜店"], 1)
)


@pytest.mark.parametrize("name", ["picAd", "topAds", "adBox", "box rightAd"])
def test_a_camel_case_ad_name_is_an_ad(name: str) -> None:
    div = LexborHTMLParser(f"<div class='{name}'></div>").css_first("div")
    assert div is not None
    assert names_ad(div)
    assert is_rejected_block(div, by_position=False)


@pytest.mark.parametrize("name", ["head", "Loading", "badge", "myAdapter", "gradient", "shadow"])
def test_words_holding_ad_are_no_ad(name: str) -> None:
    div = LexborHTMLParser(f"<div class='{name}'></div>").css_first("div")
    assert div is not None
    assert not names_ad(div)


def test_a_personal_feed_in_a_box_named_an_ad_is_no_related_list() -> None:
    # A recommendation network's widget (你可能会喜欢, sponsored cards) in a box the page names an ad by a
    # camelCase class: an ad, not the story's list. The same feed in a plain box is the list (README).
    ad = parse_html(
        _STORY.format(box=f"<div class='picAd'><span>你可能会喜欢</span>{_CARDS}</div>"), _URL, Registry.load()
    )
    plain = parse_html(
        _STORY.format(box=f"<div class='picBox'><span>你可能会喜欢</span>{_CARDS}</div>"), _URL, Registry.load()
    )
    assert ad.related == []
    assert len(plain.related) == 3


@pytest.mark.parametrize("bullet", ["▌", "►", "■ ", "◆"])
def test_an_inline_heading_led_by_a_bullet_closing_the_story_is_related(bullet: str) -> None:
    # blind45's Taiwan portal: "▌延伸閱讀：<a>…</a>" closes the story as 推荐阅读： does elsewhere.
    inline = (
        f"<p>{bullet}延伸閱讀：<a href='https://www.city-daily.example/news/2023/02/27/0031.html'>"
        "上月菜價為何上漲 專家解讀三大原因</a></p>"
    )
    page = parse_html(_STORY.replace("</div>\n{box}", inline + "</div>\n{box}").format(box=""), _URL, Registry.load())
    assert [item.url for item in page.related] == ["https://www.city-daily.example/news/2023/02/27/0031.html"]
    assert all("延伸" not in line for line in page.paragraphs)
