"""The related-list detector on hand-written templates (tests/fixtures/related) and on its edge cases."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.parse import parse_html
from newscorpus.scrapers import relatedlists
from newscorpus.scrapers.linkshape import is_article_url, is_promo, page_base
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.rule import SiteRule

from .conftest import FIXTURES

TEMPLATES = FIXTURES / "related" / "templates"  # one level down: fixtures/<site>/ folders are site pages
PROSE = "今天上午，记者在现场看到，工人们正在紧张施工，预计年底完工，周边居民出行将更加便利。"


def _templates() -> list[Path]:
    return sorted(TEMPLATES.glob("*.html"))


@pytest.mark.parametrize("page", _templates(), ids=lambda p: p.stem)
def test_template_gives_exactly_the_labelled_items(page: Path, registry: Registry) -> None:
    want = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    article = parse_html(page.read_text(encoding="utf-8"), want["url"], registry)
    assert [(item.title, item.url) for item in article.related] == [(r["title"], r["url"]) for r in want["related"]]
    for item, expected in zip(article.related, want["related"], strict=True):
        if expected["snippet"] is not None:
            assert item.snippet == expected["snippet"]
        assert item.published_at == expected.get("published_at")
    assert article.paragraphs, "the story must survive the related list being taken out"
    leaked = [p for p in article.paragraphs for item in article.related if item.title in p]
    assert not leaked, "a related title stayed in the body"


def test_every_template_has_a_label_and_the_set_covers_the_brief() -> None:
    names = {page.stem for page in _templates()}
    assert names >= {"tabs", "snippets", "unheaded", "cards", "wechat", "noise"}
    assert all(page.with_suffix(".json").is_file() for page in _templates())


def test_navigation_promotions_hot_lists_and_comments_are_never_related(registry: Registry) -> None:
    page = TEMPLATES / "noise.html"
    article = parse_html(page.read_text(encoding="utf-8"), "https://www.noise-site.test/news/1.html", registry)
    assert article.related == []
    assert len(article.paragraphs) == 2


def test_wechat_in_body_links_leave_the_body(registry: Registry) -> None:
    page = TEMPLATES / "wechat.html"
    article = parse_html(page.read_text(encoding="utf-8"), "https://mp.weixin.qq.com/s?__biz=x", registry)
    assert article.site == "wechat"
    assert not any("阅读" in p for p in article.paragraphs)
    assert article.paragraphs[-1].startswith("老张说")


def test_a_failure_in_the_detector_loses_the_list_not_the_article(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, registry: Registry
) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise KeyError("odd page")

    monkeypatch.setattr(relatedlists, "headed_related", broken)
    page = TEMPLATES / "snippets.html"
    with caplog.at_level(logging.WARNING, logger="newscorpus.scrapers.relatedlists"):
        article = parse_html(page.read_text(encoding="utf-8"), None, registry)
    assert article.related == []
    assert len(article.paragraphs) == 3
    assert "related list dropped" in caplog.text and "KeyError" in caplog.text


def test_a_rule_selector_naming_the_link_itself_does_not_crash() -> None:
    """The container is the <a>: the snippet search used to look its parent up in a count it never made."""
    rule = SiteRule(name="self", hosts=("self.test",), version=1, body=("div.story",), related=("a.rel",))
    html = (
        f"<div class=story><p>{PROSE}</p></div>"
        "<div><a class=rel href=/n/2024/0101/123456.html>一条直接被选中的相关报道标题</a>"
        "<span>一段写在旁边的摘要文字内容</span></div>"
    )
    article = rule.parse(LexborHTMLParser(html), "http://self.test/n/1.html")
    assert [item.url for item in article.related] == ["http://self.test/n/2024/0101/123456.html"]


def test_a_heading_split_over_elements_is_still_a_heading(registry: Registry) -> None:
    html = (
        f"<html><body><div class=main><div class=txt><p>{PROSE}</p><p>{PROSE}</p></div>"
        "<div class=box><div class=hd><font>相关</font>新闻</div><ul>"
        "<li><a href=/a/2024/0501/1.html>第一条相关新闻的完整标题</a></li>"
        "<li><a href=/a/2024/0501/2.html>第二条相关新闻的完整标题</a></li></ul></div></div></body></html>"
    )
    article = parse_html(html, "http://split.test/a/2024/0502/9.html", registry)
    assert [item.url for item in article.related] == [
        "http://split.test/a/2024/0501/1.html",
        "http://split.test/a/2024/0501/2.html",
    ]


def test_the_second_tab_takes_the_second_pane(registry: Registry) -> None:
    html = (
        f"<html><body><div class=txt><p>{PROSE}</p><p>{PROSE}</p></div>"
        "<div class=tabs><span>热点</span><span>相关阅读</span></div><div>"
        "<ul><li><a href=/a/11111.html>热点栏目里的一条新闻标题</a></li></ul>"
        "<ul><li><a href=/a/22222.html>相关阅读栏目里的一条新闻</a></li></ul></div></body></html>"
    )
    article = parse_html(html, "http://tab.test/a/1.html", registry)
    assert [item.url for item in article.related] == ["http://tab.test/a/22222.html"]


def test_an_empty_labelled_list_is_not_replaced_by_a_guess(registry: Registry) -> None:
    """相关阅读 over an empty list (filled by JS): the latest-news list further down is not it."""
    html = (
        f"<html><body><div class=txt><p>{PROSE}</p><p>{PROSE}</p></div>"
        "<div><h3>相关阅读</h3><ul class=list></ul></div><ul>"
        + "".join(f"<li><a href=/a/2024/{n}.html>最新报道栏目里第{n}条新闻的标题</a></li>" for n in range(1001, 1005))
        + "</ul></body></html>"
    )
    assert parse_html(html, "http://empty.test/a/1.html", registry).related == []


def test_items_never_carry_unresolved_or_non_http_urls(registry: Registry) -> None:
    html = (
        f"<html><body><div class=txt><p>{PROSE}</p><p>{PROSE}</p></div><h3>相关阅读</h3><ul>"
        "<li><a href='ftp://files.test/a/1.html'>一个不是网页地址的文件链接</a></li>"
        "<li><a href='/a/2024/0101/2.html'>一条需要补全地址的相关报道</a></li></ul></body></html>"
    )
    article = parse_html(html, "https://abs.test/a/2024/0101/1.html", registry)
    assert [item.url for item in article.related] == ["https://abs.test/a/2024/0101/2.html"]


@pytest.mark.parametrize(
    ("head", "url", "expected"),
    [
        ("<base href='/static/'>", "https://b.test/a/1.html", "https://b.test/static/"),
        ("<link rel=canonical href='https://c.test/x/2.html'>", None, "https://c.test/x/2.html"),
        ("<meta property='og:url' content='https://o.test/y/3.html'>", None, "https://o.test/y/3.html"),
        ("<link rel=canonical href='/relative-only'>", None, None),
        ("", "https://p.test/z/4.html", "https://p.test/z/4.html"),
    ],
)
def test_page_base(head: str, url: str | None, expected: str | None) -> None:
    assert page_base(LexborHTMLParser(f"<html><head>{head}</head><body></body></html>"), url) == expected


@pytest.mark.parametrize(
    ("url", "story"),
    [
        ("https://news.test/2024/0301/123456.html", True),
        ("https://www.toutiao.com/group/6702707324957491726/", True),
        ("https://readhub.cn/topic/7PKD2AyaKNe", True),
        ("https://news.test/channel/", False),
        ("https://news.test/", False),
        ("https://comment.news.test/2024/0301/123456.html", False),
        ("https://news.test/tag/12345/", False),
    ],
)
def test_article_shaped_urls(url: str, story: bool) -> None:
    assert is_article_url(url) is story


@pytest.mark.parametrize(
    ("title", "url", "promo"),
    [
        ("下载客户端", "https://a.test/2024/1.html", True),
        ("尽在新浪财经APP，投资热点一手掌握", "https://a.test/mobile/1.shtml", True),
        ("苹果用户前往商店安装", "https://apps.apple.com/cn/app/id1", True),
        ("某视频APP用户规模突破五亿", "https://a.test/2024/0101/1.html", False),
        ("长江江豚种群数量止跌回升", "https://a.test/2024/0101/2.html", False),
    ],
)
def test_promotions(title: str, url: str, promo: bool) -> None:
    assert is_promo(title, url) is promo


@pytest.mark.parametrize("site", ["163", "sina", "qq", "ifeng"])
def test_a_new_template_through_an_old_site_rule_still_gives_its_list(site: str, registry: Registry) -> None:
    """A portal's 2024 template under its older rule: the selectors miss, the detector finds the list."""
    page = TEMPLATES / "tabs2024.html"
    want = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    article = parse_html(page.read_text(encoding="utf-8"), None, registry, site=site)
    assert [item.url for item in article.related] == [r["url"] for r in want["related"]]


def test_a_box_after_the_list_ends_it(registry: Registry) -> None:
    """相关阅读, its list, an ad box, then a hot list with no heading of its own: the hot list is not related."""
    html = (
        f"<html><body><div class=txt><p>{PROSE}</p><p>{PROSE}</p></div><div class=col><h3>相关阅读</h3>"
        "<ul><li><a href=/a/2024/0101/11.html>真正的相关阅读第一条标题</a></li>"
        "<li><a href=/a/2024/0101/12.html>真正的相关阅读第二条标题</a></li></ul>"
        "<div class=ad-box><a href=https://ads.test/c?id=1>广告位招商联系电话</a></div>"
        "<ul><li><a href=/a/2024/0101/91.html>之后另一份列表里的新闻标题</a></li></ul></div></body></html>"
    )
    article = parse_html(html, "http://box.test/a/2024/0101/1.html", registry)
    assert [item.url for item in article.related] == [
        "http://box.test/a/2024/0101/11.html",
        "http://box.test/a/2024/0101/12.html",
    ]


@pytest.mark.parametrize(
    ("heading", "related"),
    [("相关诗文", True), ("延伸阅读", True), ("相關報導", True), ("相关标签", False), ("相关部门", False)],
)
def test_headings_follow_the_prefix_noun_grammar(heading: str, related: bool, registry: Registry) -> None:
    html = (
        f"<html><body><div class=txt><p>{PROSE}</p><p>{PROSE}</p></div><div class=more><h3>{heading}</h3><ul>"
        "<li><a href=/a/2024/0101/21.html>语法测试用的第一条新闻标题</a></li>"
        "<li><a href=/a/2024/0101/22.html>语法测试用的第二条新闻标题</a></li></ul></div></body></html>"
    )
    article = parse_html(html, "http://grammar.test/a/2024/0101/1.html", registry)
    assert bool(article.related) is related


def test_a_list_inside_the_story_keeps_its_snippets_and_ends_where_prose_resumes() -> None:
    from newscorpus.scrapers.relatedsections import link_run

    html = (
        "<div><p>下面几篇文章可以一起读</p><p><a href=/1.html>第一篇</a></p><p>第一篇的摘要</p>"
        "<p><a href=/2.html>第二篇</a></p><p>正文又开始了</p><p>责任编辑：张三</p></div>"
    )
    blocks = [node for node in LexborHTMLParser(html).css_first("div").iter() if node.is_element_node]
    assert [node.text() for node in link_run(blocks)] == ["第一篇", "第一篇的摘要", "第二篇"]


def test_an_unheaded_list_about_something_else_is_not_related(registry: Registry) -> None:
    """The unheaded template with its list swapped for latest news on other topics: nothing is taken."""
    html = (TEMPLATES / "unheaded.html").read_text(encoding="utf-8")
    for old, new in [
        ("老旧小区加装电梯，居民怎么议怎么定", "央行公布五月金融数据"),
        ("一条老街的“微改造”：保留记忆也改善生活", "男篮亚洲杯预选赛名单出炉"),
        ("社区食堂开进老街区，老人吃饭不再难", "多地迎来今年首场强降雨"),
        ("城市更新中的历史建筑保护该如何平衡", "新能源汽车下乡活动启动"),
    ]:
        html = html.replace(old, new)
    article = parse_html(html, "https://www.unheaded-portal.test/news/2024/0318/8812388.html", registry)
    assert article.related == []
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(
    ("link", "title"),
    [
        ("<a href=/1.html>为什么<em>Chat</em><em>GPT</em>这么火</a>", "为什么ChatGPT这么火"),
        ("<a href=/1.html><div><h3>卡片里的标题文字</h3><p>来源 2024-05-01</p></div></a>", "卡片里的标题文字"),
        ("<a href=/1.html>  一条   普通的标题 </a>", "一条 普通的标题"),
    ],
)
def test_a_link_title_is_its_headline_as_shown(link: str, title: str) -> None:
    from newscorpus.scrapers.relateditems import items_from

    root = LexborHTMLParser(f"<div>{link}</div>").css_first("div")
    assert [item.title for item in items_from([root], "http://t.test/")] == [title]
