"""Unlabelled byline parts (scrapers/bylinebare.py), the byline region (scrapers/bylineregion.py) and the
hand-written template pages of other years (tests/fixtures/bylines/pages/).

The template pages are split into halves by a hash of their name (bench/byline_pages.py); the held-out
half was measured in round 3 and is tune material since, so both halves are asserted here. The held-out
set of round 4 is tests/fixtures/bylines/fresh/, scored by `python -m bench.extract_bylines` only.
"""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from bench.byline_pages import load_template_pages
from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import account_as_author, clean_author, parse_byline, parse_line, story_credit
from newscorpus.scrapers.bylinebare import is_outlet, is_person
from newscorpus.scrapers.bylineregion import meta_bars, shown_author
from newscorpus.scrapers.registry import Registry

TUNE_PAGES = load_template_pages()
_STORY = (
    "记者从市交通运输局获悉，本市地铁三号线二期工程已于日前完成全部轨道铺设，进入设备安装和联调联试阶段，"
    "预计将于明年上半年开通初期运营，届时全线将设车站十八座，与既有线路形成换乘。"
)


@pytest.mark.parametrize("word", ["张三", "欧阳明", "李明远", "王五"])
def test_surname_led_words_are_people(word: str) -> None:
    assert is_person(word)


@pytest.mark.parametrize("word", ["江苏", "国内", "周一", "要闻", "新华网", "张三丰收了", "Tom", "明天"])
def test_places_days_sections_and_outlets_are_no_people(word: str) -> None:
    assert not is_person(word)


@pytest.mark.parametrize("word", ["新华网", "新京报", "央视新闻客户端", "第一财经", "市住房和城乡建设局网"])
def test_outlet_shaped_and_known_names_are_outlets(word: str) -> None:
    assert is_outlet(word)


@pytest.mark.parametrize("word", ["手机客户端", "39健康网", "张三", "新闻", "本报", "关注我们"])
def test_chrome_brands_with_digits_and_short_words_are_no_outlets(word: str) -> None:
    assert not is_outlet(word)


def test_a_meta_bar_beside_a_time_gives_name_and_outlet() -> None:
    assert (parse_line("张三 2024-05-15 08:58 新华网").author, parse_line("张三 2024-05-15 08:58 新华网").source) == (
        "张三",
        "新华网",
    )
    assert parse_line("2016年05月12日 08:30 新京报").source == "新京报"
    assert parse_line("张三 李四 2024-05-15 08:58").author == "张三 李四"


def test_without_a_time_or_inside_a_sentence_nothing_unlabelled_is_read() -> None:
    assert parse_line("张三 新华网") == parse_line("")
    assert parse_line("张三在2024年5月15日接受新华网采访时说，地铁明年通车。") == parse_line("")


def test_a_labelled_credit_silences_unlabelled_names_on_its_line() -> None:
    assert parse_line("2023-07-02 09:15 来源：新民晚报 作者：李四").author == "李四"
    assert parse_line("李明远 2024/05/15 08:58 来源：界面新闻").source == "界面新闻"


def test_unlabelled_parts_are_read_only_from_the_bars_given() -> None:
    lines = ["张三 2024-05-15 08:58 新华网"]
    assert parse_byline(lines, bars=()).source is None
    assert parse_byline(lines, bars=lines).source == "新华网"
    assert story_credit(lines[0]) == parse_line("")  # a story's line: labels only
    assert story_credit("（记者 张三）").author == "张三"


def test_the_region_is_between_the_last_headline_and_the_story() -> None:
    lines = ["首页 > 新闻", "标题", "菜单", "标题", "张三 2024-05-15 新华网", _STORY, "另一条新闻 2024-05-14 人民网"]
    assert meta_bars(lines, "标题", _STORY) == ["张三 2024-05-15 新华网"]
    assert meta_bars(lines, "不在页面上的标题", _STORY) == []


def test_a_list_pairing_times_with_outlets_after_the_story_gives_no_source(registry: Registry) -> None:
    # A sidebar of plain lines, no links, so the related-list detector leaves it in the page's lines.
    items = "".join(f"<p>另一条新闻第{n}条 2024-05-1{n} 人民网</p>" for n in range(4))
    html = (
        "<html><body><div class='article'><h1>地铁三号线二期完成轨道铺设</h1><div class='meta'>2024-05-15 08:58</div>"
        f"<div class='content'><p>{_STORY}</p><p>{_STORY}</p></div></div>"
        f"<div class='side'><h3>热点</h3>{items}</div></body></html>"
    )
    article = parse_html(html, "https://www.portal.example/2024/0515/1.html", registry)
    assert (article.author, article.source) == (None, None)


def test_accounts_named_in_a_source_are_authors() -> None:
    found = parse_line("2022-03-05 11:20 来源：百家号·科技小新")
    assert (found.author, found.source) == ("科技小新", None)
    assert parse_line("百家号 科技小新 2022-03-05 11:20").author == "科技小新"  # a bar: a space will do
    assert parse_line("欢迎关注公众号 获取更多") == parse_line("")


def test_outlet_prefixes_before_names_are_dropped() -> None:
    assert clean_author("作者：环球时报特约记者 青木 环球时报记者 张哲") == "青木 张哲"
    assert clean_author("文｜财新 张三 李四") == "张三 李四"


def test_a_glued_bar_field_with_a_colon_ends_the_value() -> None:
    assert parse_line("2016-05-12 08:30 环球时报 作者:王逸字号:大 中 小").author == "王逸"


def test_an_outlet_named_account_stays_the_source_where_outlets_publish_too() -> None:
    outlet = Article(url=None, site="qq", parser="qq", parser_version=1, source="新京报")
    account_as_author(outlet, keep_outlets=True)
    assert (outlet.author, outlet.source) == (None, "新京报")
    person = Article(url=None, site="qq", parser="qq", parser_version=1, source="车评老司机")
    account_as_author(person, keep_outlets=True)
    assert (person.author, person.source) == ("车评老司机", None)


def test_the_template_pages_are_split_in_two_halves() -> None:
    pages = load_template_pages()
    assert len(pages) >= 30
    assert {"tune", "heldout"} == {page.split for page in pages}


@pytest.mark.parametrize("page", TUNE_PAGES, ids=[page.name for page in TUNE_PAGES])
def test_every_tune_template_page(page, registry: Registry) -> None:
    article = parse_html(page.html, page.url, registry)
    assert {"author": article.author, "source": article.source, "editor": article.editor} == page.truth


def test_a_rule_reads_credits_its_story_filter_drops_from_the_body_end(registry: Registry) -> None:
    page = next(page for page in load_template_pages() if page.name == "fixture/sina_2017_datesource")
    html = page.html.replace('<p class="show_author">责任编辑：刘光博 </p>', "<p>（责任编辑：刘光博）</p>")
    assert "show_author" not in html
    article = parse_html(html, page.url, registry)
    assert (article.parser, article.editor) == ("sina", "刘光博")


def _handle_page(meta: str, bar: str) -> str:
    return (
        f"<html><head>{meta}</head><body><div class='note'><h1>月亮的故事</h1><div class='bar'>{bar}</div>"
        f"<div class='content'><p>{_STORY}</p><p>{_STORY}</p></div></div></body></html>"
    )


def test_a_declared_author_counts_only_where_the_bar_shows_it(registry: Registry) -> None:
    ld = '<script type="application/ld+json">{"author": {"@type": "Person", "name": "私~川流"}}</script>'
    url = "https://www.blog.example/note/1/"
    assert parse_html(_handle_page(ld, "私~川流 2017-09-30 21:38:07"), url, registry).author == "私~川流"
    assert parse_html(_handle_page(ld, "2017-09-30 21:38:07"), url, registry).author is None  # metadata only
    brand = '<meta name="author" content="某某新闻网">'
    assert parse_html(_handle_page(brand, "某某新闻网 2017-09-30 21:38:07"), url, registry).author is None


def test_shown_author_skips_labelled_lines() -> None:
    tree = LexborHTMLParser('<html><head><meta name="author" content="张三"></head><body></body></html>')
    assert shown_author(tree, ["编辑 张三 2024-05-15"]) is None
    assert shown_author(tree, ["张三 2024-05-15"]) == "张三"
