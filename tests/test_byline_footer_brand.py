"""The site's own name beside the time when only its copyright footer names the site (issue 13): blind8 and
blind9 portal pages (tune material in session 7) whose <title> holds the headline alone showed the brand in the
bar and in the footer. It was no source until session 27; the natural batches' writers label the site's own name
shown beside the time the source, so it is read as shown, whatever names the site."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers import metadata
from newscorpus.scrapers.registry import Registry

_STORY = "".join(
    f"<p>第{n}段：全市二十个老旧小区的加装电梯工程已经全部开工，预计年底前陆续投入使用，居民出行将更加方便。</p>"
    for n in range(1, 7)
)
_URL = "https://www.example-daily.cn/news/2023/0412/a1024.html"


def _page(bar: str, footer: str) -> str:
    return (
        "<html><head><title>老旧小区加装电梯全面开工</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/news/'>新闻</a></div>"
        f"<h1>老旧小区加装电梯全面开工</h1><div class='article-info'>{bar}</div>"
        f"<div class='article-body'>{_STORY}</div><div class='foot'><p>{footer}</p><p>联系我们 | 广告服务</p></div>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("bar", "footer"),
    [
        ("<span>江城晚报</span><span>2023-04-12 09:15</span>", "Copyright © 2005-2023 江城晚报 版权所有"),
        ("<em>2023-04-12 09:15</em> <em>江城晚报</em>", "版权所有：江城晚报社 ©2023"),
        ("<p>江城晚报 2023年04月12日 09:15</p>", "© 2023 江城晚报 All rights reserved"),
    ],
)
def test_a_brand_the_footer_claims_beside_the_time_is_the_source(bar: str, footer: str) -> None:
    assert parse_html(_page(bar, footer), _URL, Registry.load()).source == "江城晚报"


def test_a_labelled_or_foreign_outlet_stays_the_source() -> None:
    footer = "Copyright © 2005-2023 江城晚报 版权所有"
    labelled = _page("<span>2023-04-12 09:15</span><span>来源：江城晚报</span>", footer)
    assert parse_html(labelled, _URL, Registry.load()).source == "江城晚报"
    # Another outlet beside the time (a reprint) is not the name the footer claims.
    reprint = _page("<span>湖畔日报</span><span>2023-04-12 09:15</span>", footer)
    assert parse_html(reprint, _URL, Registry.load()).source == "湖畔日报"


def test_a_page_with_no_story_lines_reads_its_bar_without_an_opening_line() -> None:
    """A page whose story is empty (a mutated page: test_related_mutations found it) has no opening line: the
    bar's own name is still read, and the missing line is never handed to the dispatch-tag reader."""
    bar = "财联社 2024-05-19 10:00"
    tree = LexborHTMLParser(
        "<html><head><title>科创板新规出台_财联社</title><meta property='og:site_name' content='财联社'></head>"
        f"<body><h1>科创板新规出台</h1><div class='bar'>{bar}</div></body></html>"
    )
    article = Article(
        url="https://www.finance-wire.test/detail/1",
        title="科创板新规出台",
        source="财联社",
        paragraphs=[],
        site="generic",
        parser="generic",
        parser_version=1,
    )
    assert metadata.shown_source(article, [bar], tree, [bar]) == "财联社"
