"""Named, dated site templates (issue 15): which layout each article was parsed with."""

from __future__ import annotations

import dataclasses

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.localfiles import parse_file
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.rule import SiteRule, Template

from .sitefixtures import parse_fixture

STORY = "".join(f"<p>今天上午，记者在现场看到，工人们正在紧张施工，预计年底完工。第{n}段。</p>" for n in range(4))


def _rule(**fields: object) -> SiteRule:
    return SiteRule(name="demo", hosts=("demo.example",), version=1, title=("h1",), **fields)  # type: ignore[arg-type]


def test_body_selectors_are_the_templates_then_the_fallbacks_in_order() -> None:
    rule = _rule(
        templates=(
            Template("v2024", since="2024-03", body=(".a", ".b")),
            Template("v2019", since="2019", body=(".c",)),
        ),
        body=(".d", ".a"),  # a fallback that a template already holds is tried once, as that template
    )
    assert rule.body == (".a", ".b", ".c", ".d")
    assert [rule.template_of(s) for s in (".b", ".c", ".d", None)] == [
        "demo:v2024",
        "demo:v2019",
        "demo:.d",  # an undated fallback is recorded by its selector, as before templates had names
        "demo:no-body-selector",
    ]
    # A copy with another field changed (dataclasses.replace passes the flattened body back in) is the same.
    assert dataclasses.replace(rule, version=2).body == rule.body


def test_a_rule_without_templates_keeps_its_body_and_selector_names() -> None:
    rule = _rule(body=(".x", ".y"))
    assert rule.body == (".x", ".y") and rule.template_of(".y") == "demo:.y"


@pytest.mark.parametrize(
    ("fields", "complaint"),
    [
        ({"name": "Post Main", "since": "2019", "body": (".a",)}, "lower-case"),
        ({"name": "post_main", "since": "2019-13", "body": (".a",)}, "YYYY-MM"),
        ({"name": "post_main", "since": "19-09", "body": (".a",)}, "YYYY-MM"),
        ({"name": "post_main", "since": "2019", "body": (".a",), "until": "soon"}, "YYYY-MM"),
        ({"name": "post_main", "since": None, "body": ()}, "no body selector"),
    ],
)
def test_a_template_is_declared_with_a_usable_name_and_date(fields: dict, complaint: str) -> None:
    with pytest.raises(ValueError, match=complaint):
        Template(**fields)


def test_a_rule_refuses_ambiguous_templates() -> None:
    with pytest.raises(ValueError, match="two templates named"):
        _rule(templates=(Template("a", None, (".a",)), Template("a", None, (".b",))))
    with pytest.raises(ValueError, match="in two templates"):
        _rule(templates=(Template("a", None, (".a",)), Template("b", None, (".a",))))


def test_the_article_records_the_template_whose_body_matched() -> None:
    rule = _rule(
        templates=(Template("current", since="2024-03", body=("div.story",)), Template("old", "2015", ("#text",))),
        body=("div.main",),
    )
    pages = {
        "current": f"<h1>新闻标题</h1><div class=story>{STORY}</div>",
        "old": f"<h1>新闻标题</h1><div id=text>{STORY}</div>",
        ".main": f"<h1>新闻标题</h1><div class=main>{STORY}</div>",
    }
    found = {name: rule.parse(LexborHTMLParser(html), None).template for name, html in pages.items()}
    assert found == {"current": "demo:current", "old": "demo:old", ".main": "demo:div.main"}
    # Same page through the plain rule: only the recorded template differs, never what is extracted.
    plain = _rule(body=("div.story", "#text", "div.main"))
    named, unnamed = (r.parse(LexborHTMLParser(pages["old"]), None) for r in (rule, plain))
    assert (unnamed.template, named.paragraphs) == ("demo:#text", unnamed.paragraphs)


@pytest.mark.parametrize(
    ("fixture", "url", "template"),
    [
        ("163/post-main-news.html", "https://www.163.com/news/article/IJ4A1B2C000189FH.html", "163:post_main"),
        ("163/dy-article.html", "https://www.163.com/dy/article/IJ5K8M9A0512ABCD.html", "163:post_main"),
        ("qq/cnt-main-article.html", "https://news.qq.com/a/20170315/012345.htm", "qq:qq_article"),
        ("ifeng/main-content-2017.html", "https://news.ifeng.com/a/20170315/50787654_0.shtml", "ifeng:artical"),
        (
            "sina/time-source-2016.html",
            "https://news.sina.com.cn/c/2016-03-05/doc-ifxqafha0312345.shtml",
            "sina:artibody",
        ),
        # No URL given: the page itself names its rule (canonical link or fingerprint).
        ("baijiahao/react-2021.html", None, "baijiahao:react"),
        ("huanqiu/article-2020.html", None, "huanqiu:l_con"),
        ("huanqiu/exclusive-2019.html", None, "huanqiu:la_con"),
        ("people/p-content-2014.html", None, "people:p_content"),
        ("thepaper/reporter-2019.html", None, "thepaper:classic"),
        ("toutiao/article-2021.html", None, "toutiao:syl_article"),
        ("xinhuanet/newscn-2021.html", None, "xinhuanet:news_cn"),
        ("guancha/column.html", None, "guancha:div.all-txt"),  # a rule without named layouts: the selector
    ],
)
def test_layouts_of_real_portals_are_named(registry: Registry, fixture: str, url: str | None, template: str) -> None:
    assert parse_fixture(registry, fixture, url).template == template


def test_saved_pages_are_parsed_with_their_layouts_template(registry: Registry, shared_pages) -> None:
    assert parse_file(shared_pages / "163/1.html", None, None, registry).template == "163:post_content_main"
    assert parse_file(shared_pages / "qq/qq.html", None, None, registry).template == "qq:omn_react"
    assert parse_file(shared_pages / "ifeng/1.html", None, None, registry).template == "ifeng:css_modules"


NAMED = ["163", "sina", "qq", "ifeng", "people", "thepaper", "xinhuanet", "toutiao", "huanqiu", "baijiahao"]


@pytest.mark.parametrize("name", NAMED)
def test_portals_with_known_redesigns_name_and_date_their_layouts(registry: Registry, name: str) -> None:
    rule = registry.require(name)
    assert len(rule.templates) >= 2
    assert rule.templates[0].since is not None  # at least the layout tried first is dated
    assert rule.body[: len(rule.template_names)] == tuple(s for t in rule.templates for s in t.body)
