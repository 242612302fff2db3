"""Generic next-page detection (scrapers/pager.py) and the stitching of parts into one article."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.models import Article, RelatedItem
from newscorpus.parse import parse_html
from newscorpus.scrapers.pager import next_page_url, page_key
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.rule import SiteRule
from newscorpus.scrapers.stitch import stitch

PROSE = "记者从有关部门获悉，今年以来当地持续推进重点项目建设，各项工作取得积极进展，群众获得感不断增强。"


def page(pager: str, head: str = "", after: str = "") -> str:
    body = "".join(f"<p>{PROSE}第{i}段。</p>" for i in range(4))
    return (
        f"<html><head><title>一篇分页的新闻</title>{head}</head><body><div class='nav'><a href='/'>首页</a></div>"
        f"<div class='main'><h1>一篇分页的新闻</h1><div class='content'>{body}</div>"
        f"<div class='pages'>{pager}</div></div>{after}</body></html>"
    )


def detect(html: str, url: str) -> str | None:
    return parse_html(html, url, Registry(())).next_page_url


@pytest.mark.parametrize(
    ("url", "pager", "expected"),
    [
        # numbered pager with 下一页, first page
        (
            "http://n.example.cn/a/2024/0315/5.html",
            '<a href="5.html">1</a><a href="5_2.html">2</a><a href="5_3.html">3</a><a href="5_2.html">下一页</a>',
            "http://n.example.cn/a/2024/0315/5_2.html",
        ),
        # numbers only, middle page: the lowest number above this page's
        (
            "http://n.example.cn/a/2024/0315/5_2.html",
            '<a href="5.html">1</a><span>2</span><a href="5_3.html">3</a><a href="5_4.html">4</a>',
            "http://n.example.cn/a/2024/0315/5_3.html",
        ),
        # people.com.cn style -N suffix after a long numeric id
        (
            "http://p.example.cn/n1/2019/0615/c1013-31153719.html",
            '<a href="c1013-31153719-2.html">[2]</a><a href="c1013-31153719-2.html">下一页 &gt;&gt;</a>',
            "http://p.example.cn/n1/2019/0615/c1013-31153719-2.html",
        ),
        # query parameter
        (
            "http://q.example.cn/news/detail?id=77",
            '<a href="/news/detail?id=77&page=2">后一页</a>',
            "http://q.example.cn/news/detail?id=77&page=2",
        ),
        # index.html, then index_1.html as page two
        (
            "http://c.example.cn/2024/03/15/ARTI1/index.html",
            '<a href="index_1.html">2</a><a href="index_2.html">3</a>',
            "http://c.example.cn/2024/03/15/ARTI1/index_1.html",
        ),
        # last page: 下一页 points back at itself
        (
            "http://n.example.cn/a/2024/0315/5_3.html",
            '<a href="5.html">1</a><a href="5_2.html">2</a><a href="5_3.html">下一页</a>',
            None,
        ),
    ],
)
def test_next_page_found_on_pagers(url: str, pager: str, expected: str | None) -> None:
    assert detect(page(pager), url) == expected


def test_rel_next_in_head() -> None:
    html = page("", head='<link rel="next" href="https://r.example.cn/story/88_2.shtml">')
    assert detect(html, "https://r.example.cn/story/88.shtml") == "https://r.example.cn/story/88_2.shtml"


@pytest.mark.parametrize(
    "pager",
    [
        '<a href="/a/2024/0315/6.html">下一篇：另一篇完全不同的新闻标题</a>',  # the next article
        '<a href="news_124.html">邻近的另一篇新闻的完整标题</a>',  # a neighbouring id, with a headline
        '<a href="/comments/list_2.html">下一页</a>',  # another series (a comment list)
        '<a href="http://other.example.cn/news_123_2.html">下一页</a>',  # another host
        '<a href="javascript:void(0)">下一页</a>',
    ],
)
def test_links_that_are_not_this_storys_next_page(pager: str) -> None:
    assert detect(page(pager), "http://n.example.cn/news_123.html") is None


def test_pager_far_from_the_story_is_not_searched() -> None:
    """A list pager in the page footer (a channel's next page) is not the story's."""
    footer = '<div class="foot"><div><div><a href="/news_123_2.html">下一页</a></div></div></div>'
    assert detect(page("", after=footer), "http://n.example.cn/news_123.html") is None


def test_site_rule_without_next_page_selector_uses_the_generic_pager() -> None:
    rule = SiteRule(name="x", hosts=("x.example.cn",), version=1, body=("div.content",))
    html = page('<a href="9_2.html">下一页</a>')
    article = parse_html(html, "http://x.example.cn/9.html", Registry((rule,)))
    assert article.site == "x" and article.next_page_url == "http://x.example.cn/9_2.html"


def test_a_site_rules_own_next_page_selector_wins() -> None:
    rule = SiteRule(name="x", hosts=("x.example.cn",), version=1, body=("div.content",), next_page=("a.more",))
    html = page('<a href="9_2.html">下一页</a><a class="more" href="9-p2.html">更多</a>')
    article = parse_html(html, "http://x.example.cn/9.html", Registry((rule,)))
    assert article.next_page_url == "http://x.example.cn/9-p2.html"


def test_page_key_reads_the_series_and_number() -> None:
    one, two = page_key("http://h.cn/a/5.html"), page_key("http://h.cn/a/5_2.html")
    assert one is not None and two is not None
    assert one.series == two.series and (one.number, two.number) == (0, 2)
    assert page_key("http://h.cn/a/c1-31153719.html").number == 0  # type: ignore[union-attr]
    assert page_key("mailto:x@h.cn") is None


def test_next_page_url_without_url_or_body() -> None:
    tree = LexborHTMLParser(page('<a href="5_2.html">下一页</a>'))
    assert next_page_url(tree, None, None) is None
    assert next_page_url(tree, "http://h.cn/5.html", None) == "http://h.cn/5_2.html"


def _part(paragraphs: list[str], **fields: object) -> Article:
    return Article(url=None, site="generic", parser="generic", parser_version=1, paragraphs=paragraphs, **fields)


def test_stitch_keeps_order_first_page_fields_and_the_last_editor() -> None:
    first = _part(["一", "二"], title="标题", author="张三", next_page_url="http://h.cn/5_2.html")
    first.related = [RelatedItem("相关一", "http://h.cn/r1.html")]
    middle = _part(["三"], title="标题（2）", author="李四", source="新华社")
    last = _part(["四"], editor="王五", related=[RelatedItem("相关一", "http://h.cn/r1.html")])
    stitched = stitch(first, [middle, last])
    assert stitched.paragraphs == ["一", "二", "三", "四"]
    assert (stitched.title, stitched.author, stitched.source, stitched.editor) == ("标题", "张三", "新华社", "王五")
    assert stitched.next_page_url is None and len(stitched.related) == 1
