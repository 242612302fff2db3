"""Classes session 45 found in blind100n's pages (flipped to tune at the session's start):
an account's post whose template the selectors miss, where the 来源 line opening the story
was taken for the account; a wire's tag alone in brackets leading a story (〔中央社〕, （新华社）)
and Taiwan's tortoise-shell dateline brackets; a site's menu items after a lone 作者 item
(作者 / 投稿) read as a label and its value; a writer who also edits, the same name before
the time and after 责编, dropped with the editor's field; an account's card that links
neither its name nor its avatar (a mobile template); a body longer than any name (a
court, an archive) crediting its writers in the bracket closing a story; a firm's
partner before the name; a county office's section before a name (教育股 X); a reporter's
notes column over its writer (记者手记 | X). Written as other outlets, stories, names and
wordings than the batch's, with controls: a card whose account the selectors read, an
outlet's own account over its own 来源 line, an own-site tag and a place tag, a writer's
name after a lone label, an editor alone in the bar, a logo with no time beside it, a
department's label and a slash's role before a name.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_byline
from newscorpus.scrapers.registry import Registry

from .helpers import line_fields

_STORY = (
    "<p>今年入夏以来，全省已有二十余座中型水库蓄水超过汛限水位，防汛部门提前开闸预泄。</p>"
    "<p>水利部门提醒下游群众，泄洪期间不要在河道内游泳、垂钓，不要在河滩停放车辆。</p>"
    "<p>预计本周后期还将有一次较强降雨过程，各地需提前转移低洼地带人员。</p>"
)


def _post(meta: str, opening: str = "") -> str:
    return (
        "<html><head><meta charset='utf-8'><title>多座水库开闸预泄 下游注意安全</title></head><body>"
        "<header><nav><a href='https://www.baidu.com/'>百度首页</a></nav></header>"
        "<main><article><h1 class='article-title'>多座水库开闸预泄 下游注意安全</h1>"
        f"<div class='article-meta'>{meta}</div>"
        f"<div class='article-content'>{opening}{_STORY}</div></article></main>"
        "<footer><p>©2024 Baidu</p></footer></body></html>"
    )


def _hashed_card(name: str) -> str:
    return (
        f"<div class='_3xQp'><a class='_1kMw' href='https://author.baidu.com/home?app_id=1658320957731204'>{name}</a>"
        "<div class='_9tRe'><span>2024-06-18 07:25</span><span>江西</span></div></div>"
    )


def _fields(html: str, url: str) -> tuple[str | None, str | None]:
    article = parse_html(html, url, Registry.load())
    return article.author, article.source


_BJH = "https://baijiahao.baidu.com/s?id=1802214567083391245"


@pytest.mark.parametrize(
    ("opening", "source"),
    [
        ("<p>来源：江西日报</p>", "江西日报"),
        ("<p>来源：央视新闻客户端</p>", "央视新闻客户端"),
        ("<p>本文来源：新华网</p>", "新华网"),
    ],
)
def test_a_source_line_is_no_account_when_the_selectors_miss_the_card(opening: str, source: str) -> None:
    assert _fields(_post(_hashed_card("赣江水文观察"), opening), _BJH) == ("赣江水文观察", source)


def test_an_outlets_own_account_over_its_own_source_line_is_its_own_post() -> None:
    # control: the card names the same outlet as the 来源 line, so the outlet wrote its own post (no source)
    assert _fields(_post(_hashed_card("江西日报"), "<p>来源：江西日报</p>"), _BJH) == ("江西日报", None)


def test_the_account_the_selectors_read_keeps_the_source_line_apart() -> None:
    # control: the 2019 template's card, read by the rule's selectors
    meta = "<p class='author-name'>赣江水文观察</p><span class='date'>2024-06-18 07:25</span>"
    assert _fields(_post(meta, "<p>来源：江西日报</p>"), _BJH) == ("赣江水文观察", "江西日报")


def _plain_card(name: str, time: str = "2022-05-06 19:12 · 湖南") -> str:
    return (
        "<div class='user-box'><img class='user-avatar' src='https://p9.toutiaoimg.com/img/face01.jpeg'>"
        f"<div><div class='nick'>{name}</div><div class='time'>{time}</div></div><span>+ 关注</span></div>"
    )


_TOUTIAO = "https://m.toutiao.com/article/7094437162238018059/"


@pytest.mark.parametrize("name", ["湘西山水行", "老周说水利", "Lake观察员"])
def test_an_unlinked_card_beside_an_avatar_over_the_time_names_the_account(name: str) -> None:
    assert _fields(_post(_plain_card(name)), _TOUTIAO)[0] == name


def test_a_picture_beside_a_text_with_no_time_is_no_card() -> None:
    # control: a header's logo marked "head" beside the site's slogan names nobody
    meta = "<div class='head-logo'><img class='head-img' src='/static/logo.png'><div>看见更大的世界</div></div>"
    assert _fields(_post(meta), _TOUTIAO)[0] is None


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("〔中央社〕交通部今天公布，連續假期首日國道車流量較去年同期增加一成。", "中央社"),
        ("（中央社）行政院今天通過明年度總預算案，總額創下新高。", "中央社"),
        ("【新华社】国家统计局今天发布数据，上月居民消费价格同比上涨0.3%。", "新华社"),
        ("[中新社]记者从海关总署获悉，前五个月进出口总值同比增长。", "中新社"),
        ("〔中央社記者陳建宏台中5日電〕台中市政府今天宣布，明年起擴大公車補助。", "中央社"),
        # controls: a site's own tag and a place's dispatch tag name no wire
        ("（德国之声中文网）德国联邦议院周五通过了新的移民法案。", None),
        ("（吉隆坡5日讯）雪州政府宣布，将加快推进水源保护区的划定工作。", None),
        # control: a wire's headline in a side list opens the same way and runs on with no clause
        ("（路透社）亞洲股市收低", None),
    ],
)
def test_a_wires_tag_in_brackets_leading_the_story_names_the_source(line: str, source: str | None) -> None:
    assert line_fields(line)[1] == source


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (["首页", "作者", "投稿"], None),
        (["作者", "登录"], None),
        (["關於我們", "作者", "註冊"], None),
        (["资讯 评测 作者 投稿"], None),
        (["作者 | 投稿 | 关于"], None),
        (["作者", "投稿", "作者：林若溪 | 2015-03-02 09:40"], "林若溪"),
        # controls: a lone label over a writer's name, and a name after the label and a space
        (["作者", "林若溪"], "林若溪"),
        (["作者 林若溪 2015-03-02 09:40"], "林若溪"),
    ],
)
def test_a_menus_writer_items_name_nobody(lines: list[str], author: str | None) -> None:
    assert parse_byline(lines).author == author


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("孙晓峰 2022/9/7 8:15:02 来源：驱动之家 责编：孙晓峰", ("孙晓峰", "驱动之家", "孙晓峰")),
        ("邓佳 2019-04-11 16:20 编辑：邓佳", ("邓佳", None, "邓佳")),
        # controls: another editor, and the editor alone in the bar
        ("孙晓峰 2022/9/7 8:15:02 来源：驱动之家 责编：杜倩", ("孙晓峰", "驱动之家", "杜倩")),
        ("2022/9/7 8:15:02 来源：驱动之家 责编：孙晓峰", (None, "驱动之家", "孙晓峰")),
    ],
)
def test_a_writer_who_edits_too_keeps_the_bare_name(line: str, fields: tuple[str | None, ...]) -> None:
    assert line_fields(line) == fields


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("（南山区人民法院 周敏 陈嘉怡）", "周敏 陈嘉怡"),
        ("（县档案馆 郑丽华）", "郑丽华"),
        ("（市中级人民法院 黄振宇）", "黄振宇"),
        # controls: a label's colon or a role's slash glued to the unit keeps it a credit
        ("编辑：办公室 魏芳　审核：孔德明", None),
        ("圖／志工小組 許文傑", None),
    ],
)
def test_a_long_bodys_closing_bracket_credits_its_writers(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者：上海明理律师事务所 高级合伙人 顾文博律师", "顾文博"),
        ("作者：致远会计师事务所 合伙人 曹丽娟", "曹丽娟"),
        ("作者：高级合伙人 顾文博律师", "顾文博"),
        # control: a lawyer's title alone after the name
        ("作者：顾文博律师", "顾文博"),
    ],
)
def test_a_firms_partner_before_the_name_is_a_post(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("来源：平江县教育局 | 作者：体卫艺股 罗佳 | 发布时间：2020-09-01", "罗佳"),
        ("作者：推廣股 陳怡君", "陳怡君"),
        # controls: the section alone under the label stays as shown, and a handle opening with 股 is a handle
        ("作者：基础教育股 来源：县教育局", "基础教育股"),
        ("作者：股海老船长 2020-01-01", "股海老船长"),
    ],
)
def test_a_county_offices_section_before_a_name_is_the_writers_unit(line: str, author: str) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("记者手记 | 周文涛", "周文涛"),
        ("記者手記｜陳思穎", "陳思穎"),
        ("记者手记：周文涛", "周文涛"),
        # control: the reporter's label alone
        ("记者 周文涛", "周文涛"),
    ],
)
def test_a_reporters_notes_column_credits_its_writer(line: str, author: str) -> None:
    assert line_fields(line)[0] == author
