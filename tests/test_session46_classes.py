"""Classes session 46 found in blind101n's pages (flipped to tune at the session's start):
a time shown without its year (发布时间：09-14 17:06, a self-media template dropping the
current year) where only the footer's copyright tells the year; a paper's name alone in
brackets before its own reporter's credit (【<paper>】本報記者 X報道：); the place a reporter
filed from (发自X) in a template's source slot; a forum's own app a post was sent from
(来自 XAPP) read as an outlet's app. Written as other outlets, stories, names and wordings
than the batch's, with controls: a copyright range, a page with no copyright, a full date
elsewhere on the page, a paper's own 本报讯 tag and a lead's 导语 tag, a reporter's
dispatch place after the name, and outlets' own apps under a 来源 label.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import clean_source
from newscorpus.scrapers.registry import Registry

from .helpers import line_fields

_STORY = (
    "<p>入冬以来，城区供暖管网已完成全面检修，今年新增并网小区四十余个，覆盖居民两万余户。</p>"
    "<p>热力公司表示，供暖期间将实行二十四小时值守，居民发现室温不达标可拨打服务热线报修。</p>"
    "<p>据介绍，今年还对部分老旧小区的入户管道进行了改造，预计室温将比往年提高一到两度。</p>"
)


def _post(bar: str, footer: str, extra: str = "") -> str:
    return (
        "<html><head><meta charset='utf-8'><title>城区供暖管网完成检修 新增并网小区四十余个</title></head><body>"
        "<div class='article-title'><h2>城区供暖管网完成检修 新增并网小区四十余个</h2></div>"
        f"<div class='author-info'><p class='author-name'>暖城生活志</p><div class='article-source'>{bar}</div></div>"
        f"<div class='article-content'>{_STORY}</div>{extra}"
        f"<div class='footer'>{footer}</div></body></html>"
    )


_BJH = "https://baijiahao.baidu.com/s?id=1716543210987654321&wfr=spider&for=pc"
_BAR = "<span class='date'>发布时间：11-26</span><span class='time'>08:42</span>"


@pytest.mark.parametrize(
    ("footer", "published"),
    [
        ("©2021 Baidu 京ICP证030173号", "2021-11-26T08:42:00+08:00"),
        ("&copy;2019Baidu <a href='/duty/'>使用百度前必读</a>", "2019-11-26T08:42:00+08:00"),
        # a range's last year is the year the page was served in
        ("Copyright © 2014-2016 暖城生活志 版权所有", "2016-11-26T08:42:00+08:00"),
        # inline scripts after the footer do not hide it
        ("©2020 Baidu</div><script>var s = 1;\n" + "track(s);\n" * 60 + "</script><div>", "2020-11-26T08:42:00+08:00"),
        # control: no copyright year, no year to give the time
        ("京ICP证030173号", None),
    ],
)
def test_a_time_without_its_year_takes_the_footers_copyright_year(footer: str, published: str | None) -> None:
    assert parse_html(_post(_BAR, footer), _BJH, Registry.load()).published_at == published


def test_a_long_storys_footer_still_gives_the_year() -> None:
    # the bar and the footer far apart: the footer is read wherever the page's lines end
    html = _post(_BAR, "©2023 Baidu").replace(_STORY, _STORY * 8)
    assert parse_html(html, _BJH, Registry.load()).published_at == "2023-11-26T08:42:00+08:00"


def test_a_full_date_on_the_page_outranks_the_copyright_year() -> None:
    extra = "<p class='note'>本文首发于2020-11-25 21:30</p>"
    # control: the bar's year-less time is read with the year the page's full date states
    article = parse_html(_post(_BAR, "©2022 Baidu", extra), _BJH, Registry.load())
    assert article.published_at is not None and article.published_at.startswith("2020-")


def test_a_generic_pages_time_without_its_year_takes_the_copyright_year() -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>社区食堂开张 老人吃饭不再难</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/news/'>资讯</a></div>"
        "<h1>社区食堂开张 老人吃饭不再难</h1><div class='info'>发布时间：03-18 11:20 浏览：326</div>"
        "<div class='content'><p>位于幸福里社区的老年食堂昨日正式开张，六十岁以上老人凭卡就餐可享受八折优惠。</p>"
        "<p>食堂每天供应早餐和午餐，菜品由社区营养师搭配，兼顾老人的口味和健康需要。</p>"
        "<p>社区负责人介绍，下一步还将为行动不便的独居老人提供送餐上门服务。</p></div>"
        "<div class='foot'>Copyright © 2018 幸福里社区服务网 All Rights Reserved</div></body></html>"
    )
    article = parse_html(html, "https://www.xfl-sq.cn/news/show.php?id=882", Registry.load())
    assert article.published_at == "2018-03-18T11:20:00+08:00"


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("【經濟日報】本報記者 李嘉欣、何子軒報道：港股昨日高開低走，恒指收市跌逾百點。", "經濟日報"),
        ("【新京报】本报记者 王晨报道：北京今年将新建改建口袋公园五十处。", "新京报"),
        ("〔聯合報〕本報記者陳怡君報導：台北市今天起擴大長者公車補助。", "聯合報"),
        # controls: the paper's own tag and a lead's tag name no outlet; a tag before a plain sentence
        ("【本報訊】記者 黃嘉欣 報道：天文台昨日發出今年首個黃色暴雨警告信號。", None),
        ("【导语】本报记者从市交通运输局获悉，城区首条公交专用道将于下月启用。", None),
        ("【深读】北京今年将新建改建口袋公园五十处。", None),
    ],
)
def test_a_papers_tag_before_its_own_reporters_credit_names_the_source(line: str, source: str | None) -> None:
    assert line_fields(line)[1] == source


@pytest.mark.parametrize(
    ("value", "source"),
    [
        ("发自贵阳", None),
        ("發自台北", None),
        ("发自乌鲁木齐", None),
        # controls: an outlet in the slot stays
        ("澎湃新闻", "澎湃新闻"),
        ("贵阳日报", "贵阳日报"),
    ],
)
def test_the_place_a_reporter_filed_from_is_no_source(value: str, source: str | None) -> None:
    assert clean_source(value) == source


def test_a_dispatch_place_after_the_reporter_keeps_the_writer() -> None:
    # control: the place after the name is dropped from the author, as before
    assert line_fields("本报记者 周凯 发自兰州")[:2] == ("周凯", None)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("楼主 发表于 2019-06-02 22:15 来自 骑行天下APP", None),
        ("发表于 2020-01-12 09:41 来自 钓鱼之家App", None),
        ("2018-07-30 20:05 来自 宝妈圈app", None),
        # controls: an outlet's own app under a label is the outlet's
        ("来源：央视新闻APP", "央视新闻APP"),
        ("来源：新浪财经APP 2021-05-03 10:12", "新浪财经APP"),
        ("2019-06-02 22:15 来自 新华网", "新华网"),
    ],
)
def test_a_forums_own_app_a_post_was_sent_from_is_no_outlet(line: str, source: str | None) -> None:
    assert line_fields(line)[1] == source
