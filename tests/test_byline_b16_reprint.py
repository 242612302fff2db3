"""A page's reprint notice opening its story names the account the story came from (``编者按：本文来自微信公众号
“硬核科技评论”（ID：hardcoretech），作者：周远，36氪经授权发布。``): blind16's 36kr page and blind8's, tune material for
byline-b16. The account is the page's source (README "source": the outlet the story came from) and the person in
the notice stays the author; the notice read alone as a string names its account as the source too since session 31
(the natural batches label so; blind12, 13, 15's README strings said none).
"""

from __future__ import annotations

import pytest

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.registry import Registry

_STORY = (
    "<p>今年以来，多家手机厂商陆续发布了新一代旗舰机型，屏幕、影像和续航成为各家比拼的重点，价格也水涨船高。</p>"
    "<p>业内人士认为，随着上游供应链逐步成熟，相关部件的成本有望在两到三年内明显下降，普通消费者可以再等等。</p>"
    "<p>也有分析指出，换机周期拉长已成定局，厂商需要在软件体验和服务上找到新的增长点，而不只是堆砌硬件参数。</p>"
)


def _page(notice: str, meta: str = "", *, after: int = 0) -> Article:
    paragraphs = _STORY.split("</p>")
    body = "</p>".join(paragraphs[:after]) + notice + "</p>".join(paragraphs[after:])
    html = f"""<html><head><title>旗舰手机为什么越来越贵？-科技频道</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/tech/">科技</a></div><div class="article">
<h1>旗舰手机为什么越来越贵？</h1><div class="info"><span>2021-04-12 09:30</span>{meta}</div>
<div class="content">{body}</div></div></body></html>"""
    return parse_html(html, "https://www.example-tech.cn/p/2210483.html", Registry.load())


@pytest.mark.parametrize(
    ("notice", "author", "source"),
    [
        (
            "<p>编者按：本文来自微信公众号“数码前沿观察”（ID：smqy2018），作者：林晓，经授权发布。</p>",
            "林晓",
            "数码前沿观察",
        ),
        ("<p>本文来自微信公众号「極客公園」，作者：张鹏飞，36氪经授权发布。</p>", "张鹏飞", "極客公園"),
        ("<p>本文经授权转载自微信公众号“硬件十万个为什么”，作者：周舟。</p>", "周舟", "硬件十万个为什么"),
        ('<p><strong>编者按：</strong>本文转自公众号"财经夜读"，作者：吴晓，经授权发布。</p>', "吴晓", "财经夜读"),
    ],
)
def test_reprint_notice_names_the_pages_source(notice: str, author: str, source: str) -> None:
    article = _page(notice)
    assert (article.author, article.source) == (author, source)


def test_a_labelled_source_wins_over_the_notice() -> None:
    article = _page("<p>本文来自微信公众号“数码前沿观察”，作者：林晓，经授权发布。</p>", "<span>来源：新京报</span>")
    assert article.source == "新京报"


def test_notice_deep_in_the_story_names_no_source() -> None:
    """Quoted past the story's opening lines, a notice is the story's talk about another article."""
    article = _page("<p>本文来自微信公众号“数码前沿观察”，作者：林晓，经授权发布。</p>", after=3)
    assert article.source is None


def test_the_notice_alone_as_a_string_names_its_account_as_the_source() -> None:
    # Since session 31 (the natural batches label so, 9 to 0), as the page's notice does.
    assert parse_line("本文来自微信公众号“数码前沿观察”，作者：林晓，经授权发布。").source == "数码前沿观察"
