"""Publish times blind32 missed when scored unseen (session 12): a list card's date taken for the page's."""

from __future__ import annotations

import json
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from newscorpus.scrapers.datemeta import published_from_metadata
from newscorpus.scrapers.sitekit import visible_time

# A story as long as a page's, longer than any card: the elements holding it are no card.
STORY = "<p>本会于昨日举办数码转型研讨会，逾百名会员出席，与会者就中小企业如何善用科技交流经验。</p>" * 6


def _related(stamp: str) -> str:
    return (
        "<div class='more'><h3>相關新聞</h3>"
        f"<div class='row'><a href='/zh/news/2018/08/voucher-briefing'>科技券計劃簡介會順利舉行</a>{stamp}</div></div>"
    )


def test_a_related_cards_time_element_dates_that_card_not_the_page() -> None:
    card = "<time datetime='2018-08-17'>2018年8月17日</time>"
    html = f"<html><body><h1>數碼轉型研討會</h1><span>2018年10月26日</span>{STORY}{_related(card)}</body></html>"
    assert published_from_metadata(LexborHTMLParser(html)) is None


def test_the_pages_own_time_element_beside_its_comments_link_still_dates_it() -> None:
    # A blog's entry footer links the post's own comments (#comments) beside its time: no other story.
    own = (
        "<footer class='entry-footer'><time datetime='2015-12-20T21:46:03+00:00'>2015年12月20日</time>"
        "<a href='https://blog.example.net/archives/1127#comments'>《编译安装Nginx并开启HTTP2》上有2条评论</a></footer>"
    )
    html = f"<html><body><h1>编译安装Nginx并开启HTTP2</h1>{STORY}{own}</body></html>"
    assert published_from_metadata(LexborHTMLParser(html)) == "2015-12-21T05:46:03+08:00"


def test_a_rules_loose_time_selector_skips_a_related_cards_date() -> None:
    card = "<span class='date'>2014-06-12</span>"
    html = (
        "<html><body><div class='info'><span class='time'>2014年07月15日 14:08</span></div>"
        f"{STORY}{_related(card)}</body></html>"
    )
    tree = LexborHTMLParser(html)
    assert visible_time(tree, ("span.date", "span.time"), None) == "2014-07-15T14:08:00+08:00"


def test_an_issue_bar_far_above_the_story_dates_it_when_the_url_files_it_that_day() -> None:
    # blind33's e-paper page: its only date is the issue bar over the layout table; the page's column of
    # titles, a page map and a calendar of past issues stand between it and the story. The URL files it
    # under that day; filed under another day, the bar is the visitor's today bar, no date of the page.
    from newscorpus.decode import decode_html
    from newscorpus.parse import parse_html
    from newscorpus.scrapers.registry import Registry

    page = Path(__file__).parent / "fixtures" / "blind33" / "longtail" / "epaper_founder_2015.html"
    html = decode_html(page.read_bytes()).text
    url = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))["url"]
    assert parse_html(html, url, Registry.load()).published_at == "2015-11-18T00:00:00+08:00"
    elsewhere = url.replace("2015-11/18", "2015-11/17")
    assert parse_html(html, elsewhere, Registry.load()).published_at is None


def test_a_bars_time_split_onto_its_own_line_above_the_headline_is_read() -> None:
    # A columnist template's bar above the headline, one field an element: the time is four lines up.
    from newscorpus.scrapers.metadata import lines_around_title

    lines = [
        "王世纯",
        "2019-05-13 07:59:29",
        "字号：A- A+",
        "来源：观察者网",
        "作者：王世纯",
        "美国为何加征关税？",
        "正文。",
    ]
    assert lines_around_title(lines, "美国为何加征关税？")[0] == "2019-05-13 07:59:29"
    listed = ["王世纯", "2019-05-13", "字号：A- A+", "来源：观察者网", "作者：王世纯", "美国为何加征关税？", "正文。"]
    assert lines_around_title(listed, "美国为何加征关税？")[0] == "字号：A- A+"


def test_a_government_cms_first_publication_meta_gives_the_time() -> None:
    # Hanweb JCMS pages (courts, government offices) show the day; the meta keeps the first publication.
    html = (
        "<html><head><META name='firstpublishedtime' content='2017-09-14 16:22:08'>"
        "<META name='lastmodifiedtime' content='2017-09-15 09:01:44'></head><body></body></html>"
    )
    assert published_from_metadata(LexborHTMLParser(html)) == "2017-09-14T16:22:08+08:00"


def test_a_comma_between_the_date_and_its_weekday_keeps_the_time() -> None:
    # Joomla's Chinese date format (blind35): "2016年3月06日, 星期日 10:30".
    from newscorpus.scrapers.dates import parse_datetime

    assert parse_datetime("發佈於 2016年3月06日, 星期日 10:30") == "2016-03-06T10:30:00+08:00"
    assert parse_datetime("2016年3月6日，星期日 10:30") == "2016-03-06T10:30:00+08:00"
    assert parse_datetime("2016年3月6日，周日上午，记者来到现场") == "2016-03-06T00:00:00+08:00"
