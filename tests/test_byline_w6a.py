"""Self-media accounts and organisations' names in bylines (issue 13, byline-w6a, learnt from blind18-20).

Hand-written variants on platforms, wordings and markup the tune misses do not show, so the tests pin the
mechanisms: an account beside its platform's tag (apart or glued), a 来源 the writer credit repeats (the
account's own post), a 澎湃号 account named anywhere in the about block, an office's name holding 和/与, a
<title> brand closing with its own domain, a time alone over an outlet's labelled line, two outlets joined
by a hyphen.
"""

from __future__ import annotations

import pytest

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import clean_author, parse_byline
from newscorpus.scrapers.bylinetag import tagged_accounts
from newscorpus.scrapers.registry import Registry

_STORY = (
    "<p>入冬以来，城区各社区陆续启动了冬季供暖设施检查，工作人员逐户上门查看暖气管道和阀门的运行情况。</p>"
    "<p>据介绍，今年共排查老旧小区一百二十余个，发现并整改隐患三百多处，确保居民家中按时供暖、温度达标。</p>"
    "<p>社区还为独居老人建立了联系台账，安排志愿者定期走访，及时帮助解决生活中遇到的困难和问题。</p>"
)


def _page(header: str, url: str = "https://news.example.cn/a/2021/1204/123456.html", title: str = "") -> Article:
    html = f"""<html><head><title>{title or "冬季供暖设施检查全面展开"}</title></head><body>
<div class="article"><h1>冬季供暖设施检查全面展开</h1>{header}<div class="content">{_STORY}</div></div>
</body></html>"""
    return parse_html(html, url, Registry.load())


# An account beside its platform's tag: apart (the tag in an element of its own) or glued (inline elements
# joined without a gap), on platforms the tune misses do not show.
@pytest.mark.parametrize(
    ("lines", "author", "source"),
    [
        (["2021-03-02 09:10", "车界观察", "百家号"], "车界观察", None),
        (["2020-12-01 18:22", "社保百事通", "头条号"], "社保百事通", None),
        (["2019-05-06 07:45:12", "育儿小课堂", "一点号"], "育儿小课堂", None),
        (["2022-08-19 15:30", "人民日报健康客户端", "人民号"], "人民日报健康客户端", None),
        (["2023-01-09 11:00", "某某县融媒体中心新华号"], "某某县融媒体中心", None),
        (["2018-04-12 20:01:33 旅行手账搜狐号"], "旅行手账", None),
        (["2017-10-02 08:00", "数码前线网易号"], "数码前线", None),
        # an outlet's own account on a platform carrying outlets' accounts stays the source (README)
        (["2019-07-22 10:38", "新京报", "企鹅号"], None, "新京报"),
    ],
)
def test_account_beside_its_tag(lines: list[str], author: str | None, source: str | None) -> None:
    found = parse_byline(lines)
    assert (found.author, found.source) == (author, source)


def test_account_named_like_an_outlet_is_no_outlet_too() -> None:
    # "历史研习社" ends like an outlet (社): on a 大风号 post it is the publishing account, not also its source.
    found = parse_byline(["2016-09-30 21:40:05 古籍研究社 大风号"])
    assert (found.author, found.source) == ("古籍研究社", None)


@pytest.mark.parametrize(
    "lines",
    [
        ["2021-03-02 09:10", "关注", "百家号"],
        ["下载", "头条号"],
        ["2020-01-01 10:00", "原创", "大风号"],
        ["微信公众号"],
    ],
)
def test_no_account_from_a_button_a_mark_or_an_app(lines: list[str]) -> None:
    assert tagged_accounts(lines) == []


# A 来源 the writer credit repeats: the account publishing its own post is its author, no other outlet.
@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (["2022-11-19 21:06 来源: 周末读书会", "文 | 周末读书会"], "周末读书会"),
        (["2020-06-01 10:00 来源：城事观察局", "作者：城事观察局"], "城事观察局"),
        (["来源：汽车视点 撰文：汽车视点"], "汽车视点"),
        (["2019-09-09 来源:一起读诗", "文/一起读诗"], "一起读诗"),
        (["来源：科技小新", "作者：科技小新", "责任编辑：王芳"], "科技小新"),
        (["稿源：家居设计小王 作者：家居设计小王"], "家居设计小王"),
    ],
)
def test_source_the_writer_credit_repeats_is_no_source(lines: list[str], author: str) -> None:
    found = parse_byline(lines)
    assert (found.author, found.source) == (author, None)


def test_source_and_another_writer_both_stand() -> None:
    found = parse_byline(["2022-11-19 21:06 来源: 周末读书会", "文 | 李明"])
    assert (found.author, found.source) == ("李明", "周末读书会")


# An office's name holding 和/与 is one name, a unit (no writer since session 25, and never two "names" split at
# 和); two people joined by 和/与 are still two.
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("作者：绵阳市自然资源和规划局", None),
        ("作者：国防科学技术与工业局", None),
        ("作者：某某区住房和城乡建设局", None),
        ("作者：省教育和科研中心", None),
        ("作者：市文化和旅游厅", None),
        ("作者：县人力资源和社会保障局", None),
        ("作者：张三和李四", "张三 李四"),
        ("作者：王芳与刘洋", "王芳 刘洋"),
    ],
)
def test_office_names_with_and(value: str, expected: str | None) -> None:
    assert clean_author(value) == expected


def _thepaper(about: str, *, next_js: bool = False) -> Article:
    if next_js:
        head = f'<h1 class="index_title__Ab12">冬季供暖设施检查全面展开</h1>{about}'
        body = f'<div class="index_cententWrap__Jv8jK">{_STORY}</div>'
    else:
        head = f'<h1 class="news_title">冬季供暖设施检查全面展开</h1><div class="news_about">{about}</div>'
        body = f'<div class="news_txt" data-size="standard">{_STORY}</div>'
    notice = "<p>本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场。</p>"
    html = f"""<html><head><title>冬季供暖设施检查全面展开_澎湃号·政务_澎湃新闻-The Paper</title></head>
<body><div class="newscontent">{head}{body}<div class="news_declare">{notice}</div></div></body></html>"""
    return parse_html(html, "https://www.thepaper.cn/newsDetail_forward_15012345", Registry.load())


_SOURCE = "澎湃新闻·澎湃号·政务"


@pytest.mark.parametrize(
    ("about", "next_js", "author"),
    [
        (  # a card wrapping the name and its description, the time line after it
            '<div class="gov_card"><a href="/gov_1"><img src="/a.jpg"></a><p><a href="/gov_1">健康某市</a></p>'
            f'<p class="gov_desc">某市卫生健康委员会官方澎湃号</p></div><p>2021-12-04 09:30 来源：{_SOURCE}</p>',
            False,
            "健康某市",
        ),
        (  # the name and the time line nested in one wrapper
            '<div class="gov_about"><a href="/gov_2"><img src="/b.png"></a><p><a href="/gov_2">平安某区</a></p>'
            f"<p>2020-12-04 09:30 <span>来源：{_SOURCE}</span></p></div>",
            False,
            "平安某区",
        ),
        (  # an office's name holding 和 after the avatar
            '<div class="gov_avatar"><img src="/c.png"></div><p><a href="/gov_3">某市住房和城乡建设局</a></p>'
            f"<p>2019-12-04 09:30 <span>来源：{_SOURCE}</span></p>",
            False,
            "某市住房和城乡建设局",
        ),
        (  # the Next.js about block right after the headline: the name linked to /gov_N
            '<div class="index_left__Xy"><div><a href="/gov_4"><img src="/d.png"></a>'
            '<a href="/gov_4" class="index_name__Q">某区应急管理</a></div>'
            f"<div><span>2022-12-04 09:30</span></div><div><span>来源：{_SOURCE}</span></div></div>",
            True,
            "某区应急管理",
        ),
        (  # the card holding the name only, the time line after the card
            f'<div class="gov_card"><p><a href="/gov_5">某县发布</a></p></div><p>2021-12-04 09:30 来源：{_SOURCE}</p>',
            False,
            "某县发布",
        ),
    ],
)
def test_thepaper_account_in_the_about_block(about: str, next_js: bool, author: str) -> None:
    article = _thepaper(about, next_js=next_js)
    assert (article.author, article.source) == (author, _SOURCE)


def test_thepaper_card_above_the_headline_is_not_the_about_block() -> None:
    # A Next.js page whose account card stands above the headline, the about block after it holding only the
    # time and 来源: the card is not read there (the golden thepaper/2 convention for a card of its own).
    card = '<div class="index_gov"><a href="/gov_6"><img src="/e.png"></a><a href="/gov_6">某街道</a></div>'
    html = f"""<html><head><title>冬季供暖设施检查全面展开_澎湃号·政务_澎湃新闻-The Paper</title></head><body>
<main><div class="index_left__L">{card}<h1 class="index_title__Ab12">冬季供暖设施检查全面展开</h1>
<div class="index_headerContent__s"><span>2022-11-18 16:45</span><span>来源：{_SOURCE}</span></div>
<div class="index_cententWrap__Jv8jK"><p>文｜林小雨</p>{_STORY}</div></div></main></body></html>"""
    article = parse_html(html, "https://www.thepaper.cn/newsDetail_forward_20811111", Registry.load())
    assert (article.author, article.source) == ("林小雨", _SOURCE)


# The site's own name beside the time, its <title> closing with the name and the site's domain in brackets:
# the site published the story, its source as shown (session 27's convention, on natural labels; it was no
# source before).
@pytest.mark.parametrize(
    ("brand", "title"),
    [
        ("央视网", "标题_新闻频道_央视网(cctv.com)"),
        ("新浪网", "标题_新浪网（sina.com.cn）"),
        ("中国网", "标题_中国网(china.com.cn)"),
        ("东方网", "标题-东方网(eastday.com)"),
        ("大众网", "标题_大众网（www.dzwww.com）"),
        ("南海网", "标题|南海网(hinews.cn)"),
    ],
)
def test_title_brand_with_its_domain_beside_the_time_is_the_source(brand: str, title: str) -> None:
    article = _page(f"<p>{brand} 2017年04月27日 19:31</p>", title=title)
    assert article.source == brand


def test_title_brand_with_its_domain_leaves_another_outlet() -> None:
    article = _page("<p>新华社 2017年04月27日 19:31</p>", title="标题_新闻频道_央视网(cctv.com)")
    assert article.source == "新华社"


# A time alone over an outlet's labelled line; two outlets joined by a hyphen; the bar's tools.
@pytest.mark.parametrize(
    ("lines", "author", "source"),
    [
        (["2015-03-09 07:35:00", "北京晚报 作者：孙颖"], "孙颖", "北京晚报"),
        (["2014-06-01 10:20", "扬子晚报 记者：王小明"], "王小明", "扬子晚报"),
        (["2016-02-03 08:00:00", "南方日报 编辑：李雷"], None, "南方日报"),
        (["2018-09-10 14:02", "作者：孙颖"], "孙颖", None),
        (["2016-11-11 08:49 环球时报-环球网 卢昊 我要评论(412) 字号：T|T"], "卢昊", "环球时报-环球网"),
        (["2019-05-05 10:10 南方日报-南方网 张三"], "张三", "南方日报-南方网"),
        (["2020-01-01 10:10 北京-上海 张三"], "张三", None),
    ],
)
def test_time_over_fields_and_joined_outlets(lines: list[str], author: str | None, source: str | None) -> None:
    found = parse_byline(lines)
    assert (found.author, found.source) == (author, source)


def _qq(
    last: str, before: str = "赛季开始前，这支球队夺冠的赔率一度高达五千比一，如今成为联赛历史上的冠军球队。"
) -> Article:
    html = f"""<html><head><title>冬季供暖设施检查全面展开_腾讯新闻</title></head><body>
<div class="hd"><h1>冬季供暖设施检查全面展开</h1><div class="a_Info"><span class="a_source">腾讯新闻</span>
<span class="a_time">2016-05-03 08:12</span></div></div>
<div id="Cnt-Main-Article-QQ" class="Cnt-Main-Article-QQ">{_STORY}<p class="text">{before}</p><p class="text">{last}</p>
</div></body></html>"""
    return parse_html(html, "https://news.qq.com/a/20160503/012345.htm", Registry.load())


# A bracket alone under a qq story's last sentence signs it off; a place, a note or a line after no sentence
# does not (the hook trusts only credit lines, and this is one).
@pytest.mark.parametrize(
    ("last", "author"),
    [
        ("（李凯）", "李凯"),
        ("(王健)", "王健"),
        ("（张小明 刘洋）", "张小明 刘洋"),
        ("（欧阳修）", "欧阳修"),
        ("（上海）", None),
        ("（完）", None),
    ],
)
def test_qq_story_signed_off(last: str, author: str | None) -> None:
    article = _qq(last)
    assert article.author == author
    assert (last in article.paragraphs) is (author is None)


def test_qq_bracket_after_no_sentence_is_no_sign_off() -> None:
    assert _qq("（李凯）", before="相关阅读").author is None
