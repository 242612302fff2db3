"""A credit bracket over the story (【文/观察者网 王世纯】) leaves the body as boilerplate, and is still read
as the byline it is: the story filter dropping it once cost a rule page its author (blind16's guancha)."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_STORY = "".join(
    f"<p>第{n}段：当地时间3月18日，中美高层战略对话在美国阿拉斯加州安克雷奇举行，这是两国之间的首次高层面对面会晤。</p>"
    for n in range(1, 6)
)


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("<p>【文/观察者网 王世纯】</p>", "王世纯"),
        ("<p><strong>【文／观察者网 陈思佳】</strong></p>", "陈思佳"),
        ("<p>【文/观察者网 王世纯 编辑/周远】</p>", "王世纯"),
    ],
)
def test_a_credit_bracket_the_story_filter_drops_is_still_the_byline(credit: str, author: str) -> None:
    html = (
        # The bar under the headline names the outlet only: the rule reads it and walks no further.
        "<html><head><title>中美高层战略对话</title></head><body><div class='content'><ul><li class='left left-main'>"
        "<h1>中美高层战略对话：中方严正回应美方无端指责</h1><div class='time fix'><span>2021-03-19 08:26:11</span>"
        f"<span>来源：观察者网</span></div></li></ul><div class='content all-txt'>{credit}{_STORY}</div></div>"
        "</body></html>"
    )
    article = parse_html(html, "https://www.guancha.cn/internation/2021_03_19_584573.shtml", Registry.load())
    assert article.author == author
    assert not any("观察者网" in line for line in article.paragraphs)
