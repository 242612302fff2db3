"""Sources (来源) learnt from blind13 and earlier batches (byline-b13s), as hand-written variants.

Each test is another wording or markup of a class, never a copy of a blind page: several agencies sharing a
story's closing bracket, a 澎湃号 post's labelled 来源 beside the account its about line names, a list's
card past the story crediting its own story, and the site's own name printed beside the time where the
site shows it as its name by leading its ``<title>`` with it or behind a mobile word (``手机X网``).
"""

from __future__ import annotations

import pytest

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.registry import Registry

_TEXT = "今年以来，全市持续推进老旧小区改造，累计完成项目一百二十个，惠及居民五万余户，群众普遍反映居住条件明显改善。"
_URL = "https://news.example.cn/2021/0305/c1234.html"


def _parse(html: str, url: str | None = _URL) -> Article:
    return parse_html(html, url, Registry.load())


def _page(
    bar: str, *, title: str = "老旧小区改造惠及五万户_示例日报网", head: str = "", nav: str = "", after: str = ""
) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
        f"<div class='nav'>{nav}<a href='/'>首页</a> <a href='/city/'>城市</a></div>"
        f"<div class='article'><h1>老旧小区改造惠及五万户</h1><div class='info'>{bar}</div>"
        "<div class='text'>" + f"<p>{_TEXT}</p>" * 4 + f"</div></div>{after}"
        "<div class='foot'>联系我们 | 关于我们</div></body></html>"
    )


# --- several agencies closing the story in one bracket ------------------------------------------------


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("（路透社/彭博社）", "路透社/彭博社"),
        ("（法新社、美联社）", "法新社、美联社"),
        ("(路透、法新)", "路透、法新"),
        ("（美聯社／法新社）", "美聯社/法新社"),  # folded as every line is
        ("（中央社 路透社）", "中央社 路透社"),
    ],
)
def test_several_agencies_in_a_closing_bracket_are_the_source(line: str, source: str) -> None:
    assert parse_line(line).source == source


@pytest.mark.parametrize(
    "line",
    [
        "（综合报道/路透社）",  # a compilation note beside the agency: not a list of agencies
        "（图/路透社）",  # a picture's credit
        "货轮停靠在码头。（路透社/彭博社）",  # one short sentence before it: a caption
    ],
)
def test_a_closing_bracket_naming_more_than_agencies_is_no_source(line: str) -> None:
    assert parse_line(line).source is None


def test_a_closing_bracket_naming_an_agency_then_a_person_credits_both() -> None:
    # Not a list of agencies: the outlet, then its writer (session 34, tests/test_session34_classes).
    found = parse_line("（新华社 张三）")
    assert (found.author, found.source) == ("张三", "新华社")


def test_a_story_closing_with_two_agencies_names_both() -> None:
    closing = (
        "<p>分析人士认为，相关政策仍有进一步加码的空间，市场对下半年的经济走势保持谨慎乐观态度。</p>"
        "<p>（法新社、美联社）</p>"
    )
    html = _page("<span>2019-08-15 11:05</span>").replace("</div></div>", closing + "</div></div>", 1)
    assert _parse(html, "https://www.example-zaobao.sg/news/china/story20190815-1").source == "法新社、美联社"


# --- a 澎湃号 post: its account is the author, a labelled 来源 stays the source ------------------------------


def _hao_post(about: str) -> str:
    notice = "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场。"
    return (
        "<html><head><title>林场春季植树启动_澎湃号·政务_澎湃新闻-The Paper</title></head><body>"
        "<h1 class='news_title'>林场春季植树启动</h1>"
        f"<div class='news_about'>{about}</div><div class='news_txt'>"
        + f"{_TEXT}<br/><br/>" * 4
        + f"</div><p>{notice}</p></body></html>"
    )


@pytest.mark.parametrize(
    "about",
    [
        "<p>赣州林业</p><p>2021-03-12 09:40&nbsp;&nbsp;来源：<span>澎湃新闻·澎湃号·政务</span></p>",
        "<p>赣州林业</p><p>2021-03-12 09:40<span>来源：澎湃新闻·澎湃号·政务</span></p>",
    ],
)
def test_a_hao_posts_labelled_source_stands_beside_its_account(about: str) -> None:
    found = _parse(_hao_post(about), "https://www.thepaper.cn/newsDetail_forward_11700001")
    assert (found.author, found.source) == ("赣州林业", "澎湃新闻·澎湃号·政务")


def test_a_hao_posts_unlabelled_tag_is_still_no_source() -> None:
    found = _parse(
        _hao_post("<p>赣州林业</p><p><span>澎湃号·政务</span> 2021-03-12 09:40</p>"),
        "https://www.thepaper.cn/newsDetail_forward_11700002",
    )
    assert (found.author, found.source) == ("赣州林业", None)


# --- a list's card just past the story credits its own story -------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        "<div class='side'><ul><li><a href='/2021/0304/c1.html'>新建口袋公园二十处全部开放</a>"
        "<span>来源：新华社</span></li></ul></div>",
        "<div class='more'><h3>热点推荐</h3><p><a href='/2021/0304/c2.html'>地铁三号线北延段今日通车试运营</a>"
        " 来源：人民网</p></div>",
        "<ul class='list'><li><a href='/2021/0301/c3.html'>本周末全市气温回升，最高可达二十度</a>"
        "（来源：中国新闻网）</li></ul>",
    ],
)
def test_a_lists_card_past_the_story_is_no_source(box: str) -> None:
    assert _parse(_page("<span>2021-03-05 10:20</span>", after=box)).source is None


def test_a_lists_card_past_the_story_is_no_editor() -> None:
    box = "<ul><li><a href='/2021/0304/c5.html'>新建口袋公园二十处全部开放迎客</a> 编辑：王晓明</li></ul>"
    assert _parse(_page("<span>2021-03-05 10:20</span>", after=box)).editor is None


@pytest.mark.parametrize(
    ("closing", "source"),
    [
        ("<p>来源：<a href='http://paper.people.com.cn/'>人民日报</a></p>", "人民日报"),  # a linked closing credit
        ("<p><a href='#'>分享到微博</a> <a href='#'>分享到微信</a></p><p>（来源：经济日报）</p>", "经济日报"),
    ],
)
def test_a_closing_credit_with_a_link_is_still_read(closing: str, source: str) -> None:
    html = _page("<span>2021-03-05 10:20</span>").replace("</div></div>", closing + "</div></div>", 1)
    assert _parse(html).source == source


# --- the site's own name beside the time --------------------------------------------------------------
# It was the site's brand, no source, until session 27: the natural batches label it the source as shown.


def test_the_name_leading_the_title_and_its_logo_beside_the_time_is_the_source() -> None:
    html = _page(
        "<span>2021-03-05 10:20</span> <span>示例日报网</span>",
        title="示例日报网-老旧小区改造惠及五万户",
        nav="<a class='logo' href='https://www.example.cn/'><img src='/logo.png' alt='示例日报网'></a>",
    )
    assert _parse(html).source == "示例日报网"


def test_another_outlet_beside_the_time_on_a_title_led_site_stays() -> None:
    html = _page(
        "<span>2021-03-05 10:20</span> <span>河南日报</span>",
        title="示例日报网-老旧小区改造惠及五万户",
        nav="<a class='logo' href='/'><img src='/logo.png' alt='示例日报网'></a>",
    )
    assert _parse(html).source == "河南日报"


def test_an_outlet_leading_a_reprinting_sites_title_stays_the_source() -> None:
    # No front link or footer shows the name as the site's: the title leads with the story's outlet.
    html = _page("<span>2021-03-05 10:20</span> <span>海峡晨报</span>", title="海峡晨报-老旧小区改造惠及五万户")
    assert _parse(html).source == "海峡晨报"


@pytest.mark.parametrize("site", ["手机示例日报网", "手機示例日報網"])
def test_the_site_named_behind_its_mobile_word_is_the_source_as_shown(site: str) -> None:
    name = site.removeprefix("手机").removeprefix("手機")
    html = _page(
        f"<span>2021-03-05 10:20</span> <span>{name}</span>",
        title=f"老旧小区改造惠及五万户-{site}",
        head=f"<meta property='og:site_name' content='{site}'>",
    )
    assert _parse(html, "https://m.example.cn/2021/0305/c1234.html").source == name


def test_the_sites_name_labelled_as_source_stands_on_its_mobile_edition() -> None:
    html = _page(
        "<span>2021-03-05 10:20</span> <span>来源：示例日报网</span>",
        title="老旧小区改造惠及五万户-手机示例日报网",
        head="<meta property='og:site_name' content='手机示例日报网'>",
    )
    assert _parse(html, "https://m.example.cn/2021/0305/c1234.html").source == "示例日报网"


# --- a 来源 value saying only that the text was found online or compiled ------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "来源：网络，侵删",
        "本文来源：网络 侵删",
        "来源：综合整理",
        "来源：整理自网络",
        "来源：网络综合",
        "来源：网络图片",
        "來源：網路轉載",
        "视频来源：央视新闻",  # an embedded clip's origin, as 图片来源 is a picture's
    ],
)
def test_a_value_naming_no_outlet_is_no_source(line: str) -> None:
    assert parse_line(line).source is None


def test_a_where_found_value_alone_is_the_source_as_shown() -> None:
    """Since session 38 (natural batches 85:33): a label's whole value saying where the text was found."""
    assert parse_line("2021-03-05 10:20 来源：网友投稿").source == "网友投稿"


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("来源：网络安全报", "网络安全报"),  # an outlet's name holding one of the words
        ("来源：综合开发研究院", "综合开发研究院"),
        ("来源：中国网络电视台", "中国网络电视台"),
    ],
)
def test_an_outlet_named_with_those_words_stays(line: str, source: str) -> None:
    assert parse_line(line).source == source


# --- an outlet's name around it: what a story is reported after, a name ending in a zero-led number --------


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("（据新华社）", "新华社"),
        ("（据央视新闻）", "央视新闻"),
        ("来源：据新华社报道", "新华社"),
        ("（據中央社電）", "中央社"),
        ("來源：香港01", "香港01"),  # a zero-led number is the name's, no count glued to it
        ("来源：某县融媒体中心2046", "某县融媒体中心"),  # a view count glued after the outlet still goes
    ],
)
def test_the_outlet_without_what_surrounds_it(line: str, source: str) -> None:
    assert parse_line(line).source == source


def test_a_bracket_reporting_no_outlet_is_no_source() -> None:
    assert parse_line("（据了解）").source is None


# --- a site rule's source selector meeting a list's card, not the story's bar -------------------------------


def _cards(tag: str) -> str:
    items = "".join(
        f"<li><a href='https://finance.sina.com.cn/china/2021-03-0{n}/doc-ikftpnny{n}.shtml'>"
        f"央行开展逆回购操作维护流动性合理充裕第{n}期</a>{tag}<span class='time'>03-0{n}</span></li>"
        for n in range(1, 5)
    )
    return f"<div class='related'><h3>相关新闻</h3><ul>{items}</ul></div>"


def _sina(bar: str, cards: str) -> str:
    return (
        "<html><head><title>老旧小区改造惠及五万户_新浪财经_新浪网</title></head><body>"
        f"<h1 class='main-title'>老旧小区改造惠及五万户</h1><div class='date-source'>{bar}</div>"
        "<div class='article' id='artibody'>" + f"<p>{_TEXT}</p>" * 4 + f"</div>{cards}</body></html>"
    )


_SINA_URL = "https://finance.sina.com.cn/china/2021-03-05/doc-ikftssap1234567.shtml"


@pytest.mark.parametrize("tag", ["<span class='source'>新华网</span>", "<span class='source'>来源：中国证券报</span>"])
def test_a_cards_outlet_is_no_source_of_the_story(tag: str) -> None:
    assert _parse(_sina("<span class='date'>2021年03月05日 10:20</span>", _cards(tag)), _SINA_URL).source is None


def test_a_qq_hot_lists_outlet_is_no_source_of_the_story() -> None:
    cards = _cards("<span class='a_source'>经济日报</span>")
    html = (
        "<html><head><title>老旧小区改造惠及五万户_腾讯新闻</title></head><body><div class='qq_article'>"
        "<h1>老旧小区改造惠及五万户</h1><div class='a_Info'><span class='a_time'>2021-03-05 10:20</span></div>"
        "<div class='Cnt-Main-Article-QQ'>" + f"<p>{_TEXT}</p>" * 4 + f"</div></div>{cards}</body></html>"
    )
    assert _parse(html, "https://new.qq.com/rain/a/20210305A0ABCD00").source is None


@pytest.mark.parametrize(
    "bar",
    [
        "<span class='date'>2021年03月05日 10:20</span><span class='source'>中国新闻网</span>",
        # A counter link beside the source is no card's headline ("1234人参与 56评论" holds few Han characters).
        "<span class='date'>2021年03月05日 10:20</span><a class='source' href='https://www.chinanews.com.cn/'>"
        "中国新闻网</a><a href='https://comment.sina.com.cn/1'>1234人参与 56评论</a>",
    ],
)
def test_the_bars_own_source_stands_beside_the_cards(bar: str) -> None:
    cards = _cards("<span class='source'>新华网</span>")
    assert _parse(_sina(bar, cards), _SINA_URL).source == "中国新闻网"


def test_an_outlet_over_its_time_inside_the_storys_container_is_the_source() -> None:
    # The outlet and the time are lines of the story's own container: the story opens after both.
    body = "<p>央视新闻客户端</p><p>2021-03-05 10:20</p>" + f"<p>{_TEXT}</p>" * 4
    html = (
        "<html><head><title>老旧小区改造惠及五万户_手机示例网</title></head><body><h1>老旧小区改造惠及五万户</h1>"
        f"<div class='art'>{body}</div></body></html>"
    )
    assert _parse(html).source == "央视新闻客户端"
