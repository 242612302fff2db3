"""Publish times on the templates of the fifth and sixth date batches (issue 18, session 6): 信息公开
tables, dates split across elements, labelled two-digit-year and Chinese-numeral dates, full-width digits,
Japanese 午前/午後, 点 for the hour, comments under a heading, and metadata that disagrees with the page."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from bench.extract import same_time
from bench.extract_dates import EIGHTH_DIR, FIFTH_DIR, SEVENTH_DIR, SIXTH_DIR, DatePage, load_date_pages
from newscorpus.parse import parse_html
from newscorpus.scrapers.datelines import edited_page, first_datetime, page_datetime, shown_datetime
from newscorpus.scrapers.datemeta import published_from_metadata
from newscorpus.scrapers.dates import parse_datetime
from newscorpus.scrapers.registry import Registry

PAGES = [page for folder in (FIFTH_DIR, SIXTH_DIR, SEVENTH_DIR, EIGHTH_DIR) for page in load_date_pages(folder)]


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_template_page_gives_its_labelled_publish_time(page: DatePage, registry: Registry) -> None:
    got = parse_html(page.html, page.url, registry).published_at
    assert same_time(got, page.want), f"{page.note}: got {got}, want {page.want}"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("日期：16-03-05　作者：团委", "2016-03-05T00:00:00+08:00"),
        ("16-03-05　来源：区文化馆", "2016-03-05T00:00:00+08:00"),
        ("发布日期：二〇二三年十一月二十日　来源：交警大队", "2023-11-20T00:00:00+08:00"),
        ("日期：二零一九年三月三十一日", "2019-03-31T00:00:00+08:00"),
        ("发布时间：２０２１－１０－３１　０８：３０", "2021-10-31T08:30:00+08:00"),
        ("2024年2月1日 午後3時20分", "2024-02-01T15:20:00+08:00"),
        ("2024年2月1日 午前12時05分", "2024-02-01T00:05:00+08:00"),
        ("2023年5月6日 下午3点20分", "2023-05-06T15:20:00+08:00"),
    ],
)
def test_the_grammar_reads_the_new_forms(text: str, want: str) -> None:
    assert parse_datetime(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "16-03-05",  # a bare two-digit-year date may be anything
        "16-03-05 第3版",
        "二〇二三年九月十五日",  # a signature's numeral date is the document's, not the page's
        "日期：二〇二三年十十月三日",  # not a month a date writes
        "日期：二〇二三年二月三十日",
    ],
)
def test_loose_forms_need_a_label_and_a_real_day(text: str) -> None:
    assert parse_datetime(text) is None


def test_a_count_after_a_date_is_no_time_of_day() -> None:
    assert parse_datetime("2023-05-06 1点击：12") == "2023-05-06T00:00:00+08:00"


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["2018-07-09", "14:20", "阅读 532"], "2018-07-09T14:20:00+08:00"),
        (["2016年3月5日", "星期六", "09:05", "来源：市园林局"], "2016-03-05T09:05:00+08:00"),
        # A time alone after a full stamp changes nothing: the first time in the line stays.
        (["2018-07-09 08:00", "14:20"], "2018-07-09T08:00:00+08:00"),
    ],
)
def test_a_time_in_its_own_element_joins_the_date_above(lines: list[str], want: str) -> None:
    assert first_datetime(lines, None) == want


def test_a_time_element_under_a_comments_heading_is_a_comments() -> None:
    html = (
        "<html><body><article><h1>t</h1></article><div class=msgs><h3>网友评论</h3>\n"
        '<ol><li><time datetime="2021-05-07T10:00:00+08:00">x</time></li></ol></div></body></html>'
    )
    assert published_from_metadata(LexborHTMLParser(html)) is None
    # The same list under another heading is no readers' section.
    other = html.replace("网友评论", "相关阅读")
    assert published_from_metadata(LexborHTMLParser(other)) == "2021-05-07T10:00:00+08:00"


def _page(shown: str, meta: str) -> str:
    story = "".join(
        f"<p>第{n}段：市政府今天召开新闻发布会，介绍今年城市建设的主要任务和重点项目安排。</p>" for n in range(4)
    )
    return (
        f'<html><head><meta property="article:published_time" content="{meta}"></head><body>'
        f"<div><h1>市政府召开城市建设新闻发布会</h1><div>{shown}　来源：某某日报</div>{story}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("shown", "meta", "want"),
    [
        # The metadata's seconds for the same minute are kept.
        ("2023-05-06 08:30", "2023-05-06T08:30:41+08:00", "2023-05-06T08:30:41+08:00"),
        # A whole hour apart: the offset the metadata states (the page shows Tokyo's 10:05).
        ("2024-02-01 10:05", "2024-02-01T10:05:00+09:00", "2024-02-01T09:05:00+08:00"),
        # 1 h 42 min apart: the metadata is a later edit; the page's own time wins.
        ("2023-05-06 08:30", "2023-05-06T10:12:44+08:00", "2023-05-06T08:30:00+08:00"),
        # Days apart: one of the two is about something else; the metadata stays.
        ("2023-05-01 08:30", "2023-05-06T10:12:44+08:00", "2023-05-06T10:12:44+08:00"),
        # A date-only metadata a day off (an index date) gives way to the printed time.
        ("2023-05-06 22:10", "2023-05-07", "2023-05-06T22:10:00+08:00"),
    ],
)
def test_the_shown_time_and_the_metadata(shown: str, meta: str, want: str, registry: Registry) -> None:
    got = parse_html(_page(shown, meta), "http://www.example.cn/a/1.html", registry).published_at
    assert got == want


def test_a_today_bar_with_the_lunar_date_never_counts() -> None:
    bar = "2023年5月6日 星期六 农历三月十七 设为首页"
    assert first_datetime([bar, "县情概况"], None) is None
    assert page_datetime([bar, "县情概况"], None) is None
    assert first_datetime([bar, "县情概况", "发布时间：2021-03-04 16:00"], None) == "2021-03-04T16:00:00+08:00"


def test_an_entry_counting_its_edits_is_an_encyclopedias() -> None:
    assert edited_page(["青花瓷", "浏览次数：1289003次　编辑次数：312次"])
    assert not edited_page(["青花瓷", "浏览次数：1289003次　责任编辑：张三"])


def test_an_events_own_time_counts_only_when_nothing_better_shows() -> None:
    notice = ["考试时间：2023年6月10日上午9:00-11:00", "2023-05-06　来源：市人社局"]
    assert first_datetime(notice, None) == "2023-05-06T00:00:00+08:00"
    assert first_datetime(["活动时间：2024年1月20日 09:30"], None) == "2024-01-20T09:30:00+08:00"
    # A bare 时间： is still the page's label.
    assert first_datetime(["活动时间：2024年1月20日 09:30", "时间：2024-01-10 11:20"], None) == (
        "2024-01-10T11:20:00+08:00"
    )


def test_the_bar_under_the_headline_beats_a_date_above_it() -> None:
    lines = ["2023年05月06日 星期六 第A03版：城事", "老街改造完成", "2023-05-05 08:30 来源：某某晚报"]
    assert shown_datetime(lines, None, title="老街改造完成") == "2023-05-05T08:30:00+08:00"
    # Without the headline among the lines, the first date stays first.
    assert shown_datetime(lines, None) == "2023-05-06T00:00:00+08:00"
    # A stamp of the same day gives the date alone its time of day (session 19).
    same_day = ["2023年05月06日 星期六 第A03版：城事", "老街改造完成", "2023-05-06 08:30 来源：某某晚报"]
    assert shown_datetime(same_day, None) == "2023-05-06T08:30:00+08:00"
