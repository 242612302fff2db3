"""Session 7's portal templates 2015-2024: no source the page does not show (self-media platforms and
accounts, empty 来源 labels, the site's own name, overseas pages), and editors in odd markup after the
story (``bylinetail``, ``bylinebrand``, the grammar's value ends)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from bench.byline_pages import load_template_pages
from bench.extract_bylines import FIELDS, PAGES3_DIR, Page, run_newscorpus
from newscorpus.scrapers.byline import parse_byline, parse_line
from newscorpus.scrapers.bylinebrand import channel_links, site_brands, unlabelled_brand
from newscorpus.scrapers.bylinegrammar import join_dangling_labels
from newscorpus.scrapers.bylinetail import closing_editor, lines_after, picture_captions

PAGES = load_template_pages(PAGES3_DIR, split="tune")


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_portal_pages_give_their_shown_fields_and_nothing_else(page: Page) -> None:
    got = run_newscorpus(page)
    assert {name: got[name] for name in FIELDS} == page.truth


def test_the_portal_set_covers_both_classes() -> None:
    assert len(PAGES) >= 24
    assert sum(page.truth["source"] is None for page in PAGES) >= 12
    assert sum(page.truth["editor"] is not None for page in PAGES) >= 12


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("编辑：周颖举报", "周颖"),
        ("值班编辑：刘倩阅读 2.3万", "刘倩"),
        ("责任编辑：张三 收藏", "张三"),
    ],
)
def test_a_bar_tool_glued_after_the_editor_ends_the_value(line: str, editor: str) -> None:
    assert parse_line(line).editor == editor


def test_a_lone_label_followed_by_another_label_takes_no_value() -> None:
    # "<dt>来源：</dt><dd></dd><dt>发布日期：</dt><dd>2021-05-19</dd>": the source shows nothing.
    lines = ["来源：", "发布日期：", "2021-05-19", "责任编辑：", "孙悦"]
    assert join_dangling_labels(lines) == ["来源:", "发布日期:", "2021-05-19", "责任编辑:孙悦"]
    assert parse_byline(lines).source is None
    assert parse_byline(["来源：", "新华网"]).source == "新华网"  # a value in the next element still counts


@pytest.mark.parametrize("line", ["来源：看点快报", "来源：百家号", "来源： 网易号"])
def test_a_platform_is_no_source(line: str) -> None:
    assert parse_line(line).source is None


def test_a_platform_before_an_account_names_the_author() -> None:
    assert parse_line("来源：看点快报 厨房小当家 2018-11-30 18:40") == parse_line(
        "来源：看点快报 厨房小当家"
    ).__class__(author="厨房小当家")


def test_the_editor_after_the_body_is_read_and_the_lists_below_are_not() -> None:
    tree = LexborHTMLParser(
        "<div><div id='b'><p>正文第一段。</p></div><div class='share'>分享到：微信 微博</div>"
        "<span>[责任编辑：雨楠 PN062]</span><div><h3>相关新闻</h3><p>编辑：王五</p></div></div>"
    )
    body = tree.css_first("#b")
    assert body is not None
    assert closing_editor(lines_after(body)) == "雨楠"
    assert closing_editor(lines_after(body, limit=1)) is None  # the share bar alone names nobody
    # A story sentence mentioning an editor is no credit line.
    assert closing_editor(["这位编辑：说出了许多读者的心声，也引发了网友们的热烈讨论和广泛的转发。"]) is None


def test_the_sites_own_name_is_a_source_only_when_labelled() -> None:
    head = '<html><head><title>老旧小区加装电梯提速-北青网</title><meta property="og:site_name" content="北青"></head>'
    tree = LexborHTMLParser(head + '<body><a href="/" class="logo"><img src="/l.png" alt="北青网"></a></body></html>')
    assert site_brands(tree) == {"北青网", "北青"}
    assert unlabelled_brand(tree, "北青网", ["2017-09-12 07:21 北青网"])
    assert not unlabelled_brand(tree, "北青网", ["2017-09-12 07:21 来源：北青网"])
    assert not unlabelled_brand(tree, "新京报", ["2017-09-12 07:21 新京报"])  # another outlet stands
    assert unlabelled_brand(tree, "北青", ["2017-09-12 07:21 北青"])  # og:site_name needs no front link


def test_a_title_closing_with_the_stories_outlet_is_no_brand() -> None:
    # A reprinting site closing <title> with the story's outlet, its front link named otherwise.
    tree = LexborHTMLParser(
        "<html><head><title>春运首日_海峡晨报</title></head><body><a href='/'>首页</a></body></html>"
    )
    assert not unlabelled_brand(tree, "海峡晨报", ["2024-05-15 10:20 海峡晨报"])


def test_a_menus_channel_name_beside_an_icon_is_no_author() -> None:
    page = (
        "<html><head><title>高温预警</title></head><body><div class='nav'><a href='/gn/'>国内</a>"
        "</div><h1>高温预警</h1><div class='info'><span>"
        "<img class='headicon' src='/i/head_gn.png'><em>国内</em></span><span>2021-07-28 16:40</span></div>"
        "<div class='text'><p>进入伏天以来，多地持续高温，气象部门发布高温橙色预警，"
        "部分地区最高气温超过四十度。</p></div>"
        "</body></html>"
    )
    menu = LexborHTMLParser("<a href='/gn/'>国内</a><a href='/u/123'>李四</a><a href='/a/1.html'>高温</a>")
    assert channel_links(menu) == {"国内": "/gn/"}
    assert run_newscorpus(Page("t", "tune", "https://news.example.com/gn/1.shtml", page, {}))["author"] is None


@pytest.mark.parametrize(
    ("line", "account"),
    [
        ("原创 社保百事通 头条号 2017-07-06 12:30", "社保百事通"),
        ("读史小札 大风号", "读史小札"),
        ("原创 头条号 2017-07-06 12:30", None),  # only the mark before the tag: no account
    ],
)
def test_an_account_before_its_platforms_tag_is_the_author(line: str, account: str | None) -> None:
    assert parse_byline([line], bars=[line]).author == account


@pytest.mark.parametrize("line", ["数据来源：国家统计局", "题图来源：IC photo", "封面图来源：视觉中国"])
def test_a_figures_or_pictures_origin_is_not_the_storys_source(line: str) -> None:
    assert parse_line(line).source is None
    assert parse_line(f"来源：新京报 {line}").source == "新京报"


def test_share_targets_after_the_last_name_are_nobody() -> None:
    assert parse_line("编辑：王芳 微信 微博").editor == "王芳"
    assert parse_line("编辑：王芳 李强").editor == "王芳 李强"


@pytest.mark.parametrize(
    ("line", "author", "editor"),
    [
        ("新京报记者 张三 编辑 李四 校对 王五", "张三", "李四"),
        ("编辑 张三 监制 李四", None, "张三"),
        ("文图：张三", "张三", None),
        ("特约撰稿人 张三", "张三", None),
    ],
)
def test_roles_end_a_run_of_names_and_writer_labels_credit(line: str, author: str | None, editor: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.editor) == (author, editor)


@pytest.mark.parametrize(
    "lines",
    [
        ["责任编辑：", "阅读 (2631)"],
        ["责任编辑：", "返回搜狐，查看更多"],
        ["来源：", "举报"],
        ["作者：", "关注"],
        ["来源：", "关注公众号，了解更多。"],
    ],
)
def test_an_empty_label_takes_no_tool_counter_or_sentence_for_its_value(lines: list[str]) -> None:
    assert parse_byline(lines) == parse_line("")


def test_an_empty_labels_next_element_still_counts_when_it_is_a_value() -> None:
    assert parse_byline(["责任编辑：", "张三,李四"]).editor == "张三 李四"


def test_the_sites_name_without_its_web_word_is_the_site_too() -> None:
    tree = LexborHTMLParser(
        "<html><head><title>日圓跌至新低 - 明報新聞網</title></head>"
        "<body><a href='https://news.mingpao.com/'>明報新聞網</a></body></html>"
    )
    assert unlabelled_brand(tree, "明報", ["2024年4月26日 14:05 明報"])
    assert not unlabelled_brand(tree, "明報", ["2024年4月26日 14:05 來源：明報"])
    assert not unlabelled_brand(tree, "明", ["2024年4月26日 14:05 明"])  # not the brand less a web word


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("编辑：王芳二审：李强三审：张三", "王芳"),
        ("编辑：王芳初审：李强", "王芳"),
        ("责任编辑：王芳 实习编辑：李强", "王芳"),
        ("实习编辑：李强", "李强"),
    ],
)
def test_review_credits_glued_after_the_editor_end_the_name(line: str, editor: str) -> None:
    assert parse_line(line).editor == editor


def test_an_agency_under_a_picture_in_a_rules_body_is_no_source() -> None:
    story = "".join(
        f"<p>{text}</p>"
        for text in (
            "美国总统今日宣布新一轮关税措施，涉及多类进口商品，市场对此反应不一，美股期货早段下跌。",
            "白宫发言人表示，措施旨在保护本国制造业，并会在下月起分阶段实施，具体清单将于稍后公布。",
            "有经济学者认为，新关税或推高消费品价格，影响通胀走势，美联储或需重新评估降息步伐。",
        )
    )
    caption = "<p><img src='/p.jpg'></p><p>货柜码头一片繁忙。（路透社）</p>"
    page = (
        "<html><head><title>美宣布新一轮关税_腾讯新闻</title></head><body><div class='LEFT'><h1>美宣布新一轮关税</h1>"
        f"<div class='content-article'>{story}{caption}</div></div></body></html>"
    )
    body = LexborHTMLParser(page).css_first("div.content-article")
    assert body is not None
    assert picture_captions(body) == {"货柜码头一片繁忙。（路透社）"}
    got = run_newscorpus(Page("t", "tune", "https://new.qq.com/rain/a/20240426A01.html", page, {}))
    assert got["source"] is None
    closing = page.replace(caption, "<p>港口运营方表示，吞吐量保持稳定。（路透社）</p>")
    assert (
        run_newscorpus(Page("t", "tune", "https://new.qq.com/rain/a/20240426A01.html", closing, {}))["source"]
        == "路透社"
    )
