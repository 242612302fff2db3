"""Classes learnt in session 22 from blind63 (tune material once blind64 was written), as hand-written variants
in other wordings, markup and sites: never a copy of a blind page.

Bylines: a registered professional's trade before the name (注册营养师 林可欣, 注册会计师 X) is the trade, not a
sign-up button's word; a story's fact box (DW's side list: 日期 / 作者 / 责编, label and value in one line) names
its writer, where a lone 作者 line elsewhere would not; qq's 2013 bar marks the outlet by bosszone=jgname beside the
channel (国内, bosszone=ztTopic); a 澎湃号 card's name linked to the account's page is the account, not the
description under it; a poster card's tool links (资料, 短消息) name nobody.
A platform's creator badge (健康领域优质创作者, 百家号创作者) makes the account a creator's: the author when no
person is, never the source, unless a 来源 label names it (every tune page with such a badge agrees).
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import creator_account, parse_line
from newscorpus.scrapers.bylinemarkup import plausible_name
from newscorpus.scrapers.bylinetail import fact_box_author
from newscorpus.scrapers.registry import Registry

from .helpers import STORY_PROSE


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者：注册营养师 周晓岚", "周晓岚"),
        ("作者 注册营养师 周晓岚 审核 刘明 主任医师 2024-05-06 08:10", "周晓岚"),
        ("文/注册会计师 高远", "高远"),
        ("作者：注册 登录", None),  # a sign-up button's words beside an empty label
    ],
)
def test_a_registered_trade_before_the_name(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (["日期 12.03.2017", "作者 林雪", "相关主题 欧盟", "责编 方舟"], "林雪"),
        (["作者：何静", "日期：2018-09-01"], "何静"),
        (["作者 林雪", "欧盟峰会今日开幕，各方就移民问题展开讨论。"], None),  # a 作者 line in no fact box
    ],
)
def test_a_storys_fact_box_names_its_writer(lines: list[str], author: str | None) -> None:
    assert fact_box_author(lines) == author


def _qq_2013(parts: str) -> str:
    return (
        "<html><head><meta charset='gb2312'><title>北京地铁新线开通_新闻_腾讯网</title></head><body>"
        "<div id='C-Main-Article-QQ'><div class='hd'><h1>北京地铁新线开通 早高峰客流平稳</h1>"
        f"<div class='tit-bar clearfix'><div class='ll'>{parts}<span class='article-time'>2013-12-28 07:10</span></div>"
        f"</div></div><div class='bd'><div id='Cnt-Main-Article-QQ'>{STORY_PROSE}</div></div></div></body></html>"
    )


def test_qqs_2013_bar_marks_its_outlet_beside_the_channel(registry: Registry) -> None:
    parts = (
        "<span class='color-a-1' bosszone='ztTopic'><a href='http://news.qq.com/china_index.shtml'>国内</a></span>"
        "<span class='color-a-0' bosszone='jgname'><a href='http://www.bjnews.com.cn/'>新京报</a></span>"
    )
    article = parse_html(_qq_2013(parts), "http://news.qq.com/a/20131228/001234.htm", registry)
    assert article.source == "新京报"


def _pengpai_card(description: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>山里的秋收_澎湃号·湃客_澎湃新闻-The Paper</title></head><body>"
        "<div class='newscontent'><h1 class='news_title'>山里的秋收</h1><div class='news_about'>"
        "<div class='pph_top'><a href='https://www.thepaper.cn/user_8123456'><img src='a.png' class='pph_img'></a>"
        "<div class='pph_name'><a href='https://www.thepaper.cn/user_8123456'>乡野笔记本</a>"
        f"<span class='pph_tag'>澎湃号·湃客</span></div><p class='pph_desc'>{description}</p></div>"
        "<p>2021-10-08 09:12</p></div>"
        f"<div class='news_txt'>{STORY_PROSE}</div></div></body></html>"
    )


def test_a_hao_cards_linked_name_over_its_description(registry: Registry) -> None:
    html = _pengpai_card("关注中国乡村与普通人的日常")
    article = parse_html(html, "https://www.thepaper.cn/newsDetail_forward_14812345", registry)
    assert article.author == "乡野笔记本"


@pytest.mark.parametrize("word", ["资料", "個人資料", "短消息", "加为好友"])
def test_a_poster_cards_tool_links_name_nobody(word: str) -> None:
    assert not plausible_name(word, set(), handle=True)


def test_a_handle_in_a_poster_card_is_still_a_name() -> None:
    assert plausible_name("鹭岛老宋", set(), handle=True)


def _creator_post(card: str, opening: str = "") -> str:
    return (
        "<html><head><meta charset='utf-8'><title>入冬后怎么吃才暖和</title></head><body><div class='LEFT'>"
        "<h1>入冬后怎么吃才暖和</h1><div class='content-article'>"
        f"{opening}{STORY_PROSE}</div>{card}</div>"
        '<script>window.DATA = {"media": "养生小厨房", "pubtime": "2022-11-08 09:30:00"};</script>'
        "</body></html>"
    )


_CARD = (
    "<div class='author-card'><a class='media-name' href='https://new.qq.com/omn/author/8123456'>养生小厨房</a>"
    "<span class='media-tag'>美食领域优质创作者</span></div>"
)


@pytest.mark.parametrize(
    ("card", "opening", "author", "source"),
    [
        (_CARD, "", "养生小厨房", None),
        (_CARD, "<p>文｜周婷</p>", "周婷", None),
        (_CARD.replace("美食领域优质创作者", "美食频道"), "", "养生小厨房", None),  # no badge: the account rule
    ],
)
def test_a_creator_badge_makes_the_account_no_source(
    registry: Registry, card: str, opening: str, author: str | None, source: str | None
) -> None:
    article = parse_html(_creator_post(card, opening), "https://new.qq.com/rain/a/20221108A01ABC00", registry)
    assert (article.author, article.source) == (author, source)


@pytest.mark.parametrize(
    ("html", "kept"),
    [
        ("<p>来源：<span>新华社</span></p><span>新华社</span><em>百家号创作者</em>", True),  # a labelled outlet
        ("<span>财经观潮</span><em>百家号创作者</em>", False),
        ("<span>财经观潮</span><em>财经频道</em>", True),  # no badge
    ],
)
def test_a_creator_badge_keeps_a_labelled_source(html: str, kept: bool) -> None:
    source = "新华社" if "新华社" in html else "财经观潮"
    assert creator_account(html, "林小舟", source) == ("林小舟", source if kept else None)
