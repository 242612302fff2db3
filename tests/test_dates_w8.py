"""Publish-time classes of session 9's blind batches (misc-w8), pinned on hand-written variants:

- a date read out of a URL is a date only when no digit runs into it: an id (``?id=1641833947820531122``)
  holds "20531122" and gave a yearless bar the year 2053;
- a state object's publish key may carry its object's noun (``contentPublishTime``, ``articlePubDate``);
- a year kept apart from a two-digit month/day by a space (``<em>2021</em> <em>06</em>/<em>12</em>``);
- a bar showing a date alone takes that day's time from a state object's plain ``date``/``time`` key.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.dates import parse_datetime, year_from_url
from newscorpus.scrapers.registry import Registry

_STORY = "".join(
    f"<p>第{n}段：县里的老街改造完成后，沿街的手工作坊陆续重新开张，游客在周末明显多了起来，店主们说生意好做了。</p>"
    for n in range(1, 6)
)


def _page(bar: str, state: str = "", title: str = "老街作坊重新开张") -> str:
    return (
        f"<html><head><title>{title}</title></head><body><div class='wrap'><h1>{title}</h1>"
        f"<div class='info'>{bar}</div><div class='content'>{_STORY}</div></div>"
        f"<script>{state}</script></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "year"),
    [
        ("https://baijiahao.baidu.com/s?id=1641833947820531122", None),
        ("https://www.example-blog.cn/blog/static/58120431201091218471026/", None),
        ("https://m.example-app.com/detail/720198765432101234", None),
        ("https://www.example.cn/a/20190815/12345678.html", 2019),
        ("https://www.example.cn/news/2016-03-08/100917234.html", 2016),
        ("https://www.example.gov.cn/xxgk/t20210512_3456789.html", 2021),
        ("https://www.example.com/content/201805/22/c123456.html", 2018),
        ("https://www.example.org/2012_11_03/story.shtml", 2012),
    ],
)
def test_a_url_date_is_no_piece_of_a_longer_digit_run(url: str, year: int | None) -> None:
    assert year_from_url(url) == year


def test_a_yearless_bar_on_an_id_url_takes_no_year_from_the_id() -> None:
    # The id holds "20531122": read as the URL's date it dated this 2053. The state's epoch is the time.
    state = 'window.jsonData={"profitLog":{"contentPublishTime":1566178920000,"contentType":1}};'
    html = _page("<span class='date'>发布时间：08-19</span><span class='time'>09:42</span>", state)
    article = parse_html(html, "https://www.example-feed.com/s?id=1641833947820531122", Registry.load())
    assert article.published_at == "2019-08-19T09:42:00+08:00"


@pytest.mark.parametrize(
    ("state", "want"),
    [
        ('var info = {"contentPublishTime": 1566178920000};', "2019-08-19T09:42:00+08:00"),
        ('window.__DATA__ = {"articlePublishTime": "2021-04-02 18:30:00"};', "2021-04-02T18:30:00+08:00"),
        ("var doc = {'newsPubDate': '2017-12-01 07:15'};", "2017-12-01T07:15:00+08:00"),
        ('window.detail = {"docPublishDate":"2015-06-30T22:10:00+08:00"};', "2015-06-30T22:10:00+08:00"),
        ('var d = {"postPubTime": "2023/01/09 12:01:02"};', "2023-01-09T12:01:02+08:00"),
        ('window.state = {"itemPublishedAt": "2020-10-10 10:10"};', "2020-10-10T10:10:00+08:00"),
    ],
)
def test_a_state_publish_key_with_its_objects_noun_before_it(state: str, want: str) -> None:
    html = _page("<span>阅读 1200</span>", state)
    article = parse_html(html, "https://www.example-news.cn/a/9f3k2x.html", Registry.load())
    assert article.published_at == want


@pytest.mark.parametrize(
    "state",
    [
        'var d = {"lastModifyTime": "2021-04-02 18:30:00"};',  # an edit, not a publish key
        'var d = {"rePublishTime": 0, "note": "republishTime 2021-04-02 18:30"};',  # no date after the key
        'var tips = "contentPublishTime 是发布时间";',  # the word in a string: no key
    ],
)
def test_other_keys_and_words_give_no_publish_time(state: str) -> None:
    html = _page("<span>阅读 1200</span>", state)
    article = parse_html(html, "https://www.example-news.cn/a/9f3k2x.html", Registry.load())
    assert article.published_at is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2021 06 / 12 10:05:27", "2021-06-12T10:05:27+08:00"),
        ("2019 11-03", "2019-11-03T00:00:00+08:00"),
        ("发布于 2018 03.07 08:00", "2018-03-07T08:00:00+08:00"),
        ("2024 05/15 星期三 21:40", "2024-05-15T21:40:00+08:00"),
        ("2012 12-31", "2012-12-31T00:00:00+08:00"),
        ("时间：2009 07/01 下午3:20", "2009-07-01T15:20:00+08:00"),
    ],
)
def test_a_year_spaced_from_its_month_and_day(text: str, want: str) -> None:
    assert parse_datetime(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "2021 10.25万元",  # a sum
        "2021 10-12月",  # a span of months
        "2021 3/4 10:00",  # a one-digit month may be a fraction
        "共2021 13/45",  # no such month
        "12021 05/06",  # the year runs out of a longer number
        "2020 1.5%",
    ],
)
def test_a_spaced_number_that_is_no_date(text: str) -> None:
    assert parse_datetime(text) is None


def test_the_day_span_holding_the_year_of_a_portal_header() -> None:
    # news.cn's later photo template: the year inside the day's span, the time in its own.
    html = (
        "<html><head><title>北迁象群</title></head><body><div class='head-line'><h1><span class='title'>北迁象群："
        "一路向北</span></h1><div class='header-time left'><span class='day'><em>2021</em> <em>06</em>/<em>12</em>"
        f"</span><span class='time'>10:05:27</span></div><div class='source'>来源：新华网</div></div>"
        f"<div id='detail'>{_STORY}</div></body></html>"
    )
    article = parse_html(html, "http://www.news.cn/photo/2021-06/12/c_1127535123.htm", Registry.load())
    assert article.published_at == "2021-06-12T10:05:27+08:00"


def test_a_portal_headers_spans_complete_the_day_its_metadata_gives() -> None:
    # news.cn 2023 (blind33): <meta name="publishdate"> holds the day alone; the spans hold the clock.
    html = (
        "<html><head><title>世界气象组织</title><meta name='publishdate' content='2023-08-14'></head><body>"
        "<div class='header-time left'><span class='year'><em>2023</em></span><span class='day'><em>08</em>/"
        "<em>14</em></span><span class='time'> 09:32:11</span></div><h1>世界气象组织：今年7月最热</h1>"
        f"<div id='detail'>{_STORY}</div></body></html>"
    )
    article = parse_html(html, "http://www.news.cn/world/2023-08/14/c_1129801234.htm", Registry.load())
    assert article.published_at == "2023-08-14T09:32:11+08:00"


@pytest.mark.parametrize(
    ("bar", "state", "want"),
    [
        ("<span>2017.11.18</span>", '{"docid":"0H4e","date":"2017-11-18 09:33:00"}', "2017-11-18T09:33:00+08:00"),
        ("<span>2020-02-03</span>", "{'id': 7, 'time': '2020-02-03 21:14'}", "2020-02-03T21:14:00+08:00"),
        ("<span>2019年7月1日</span>", '{"ctime": 1561944600}', "2019-07-01T09:30:00+08:00"),
        ("<em>2022/09/30</em>", '{"post":{"createTime":"2022-09-30T06:05:00+08:00"}}', "2022-09-30T06:05:00+08:00"),
        ("<span>2016-05-20</span>", '{"createdAt": "2016-05-20 23:59:01"}', "2016-05-20T23:59:01+08:00"),
        ("<span>2014.01.02</span>", '{"createDate":"2014-01-02 08:00"}', "2014-01-02T08:00:00+08:00"),
    ],
)
def test_a_shown_date_takes_the_same_days_time_from_a_plain_state_key(bar: str, state: str, want: str) -> None:
    html = _page(f"{bar} 来源：老街日报", f"window.doc = {state};")
    article = parse_html(html, "https://www.example-news.cn/article/0H4eLz9m", Registry.load())
    assert article.published_at == want


@pytest.mark.parametrize(
    ("bar", "state", "day"),
    [
        ("<span>2017.11.18</span>", '{"date":"2017-11-19 09:33:00"}', "2017-11-18"),  # another day's: not this
        ("<span>2020-02-03</span>", '{"weather":"晴", "updated":"2020-02-03 21:14"}', "2020-02-03"),  # no such key
        ("<span>2019-07-01</span>", '{"dates":"2019-07-01 09:30"}', "2019-07-01"),  # a longer key: not "date"
    ],
)
def test_a_shown_date_keeps_its_midnight_without_a_same_day_plain_key(bar: str, state: str, day: str) -> None:
    html = _page(f"{bar} 来源：老街日报", f"window.doc = {state};")
    article = parse_html(html, "https://www.example-news.cn/article/0H4eLz9m", Registry.load())
    assert article.published_at == f"{day}T00:00:00+08:00"


_JA_STORY = "".join(
    f"<p>第{n}段：在日华人家长说，学校临时停课后，孩子白天在家，双职工家庭只好轮流请假照看，社区也开了临时托管班。</p>"
    for n in range(1, 6)
)


def _overseas_page(shown: str, lang: str = "") -> str:
    return (
        f"<html{lang}><head><title>停课第四天</title></head><body><div class='show'><h1>停课第四天</h1>"
        f"<div class='show_info'>{shown}</div><div class='show_content'>{_JA_STORY}</div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "shown", "want"),
    [
        # The zone after the time's own element: the grammar reads it from the line, the clock must not
        # move the time a second time as Japan's wall clock.
        (
            "http://www.example-news.co.jp/news/show.aspx?id=103826",
            "发布时间：<span id='lblTime'>2020-03-05 10:30</span>（日本时间）",
            "2020-03-05T09:30:00+08:00",
        ),
        (
            "https://www.example-chuka.jp/a/2019/1",
            "<span>2019年4月1日 08:00</span>(東京時間)",
            "2019-04-01T07:00:00+08:00",
        ),
        ("https://news.example.jp/kr/55", "<em>2022/07/09 21:15</em> JST", "2022-07-09T20:15:00+08:00"),
        ("https://www.example-japan.jp/c/9", "2018-10-01 12:00（日本时间） 来源：本网", "2018-10-01T11:00:00+08:00"),
        ("https://www.example-ribao.jp/7", "<b>2023.01.02</b> <b>06:30</b>（日本時間）", "2023-01-02T05:30:00+08:00"),
        # a time the page states as Beijing time on a Japanese host is China time already
        ("https://www.example-huaqiao.jp/n/3", "2021-06-01 09:00（北京时间）", "2021-06-01T09:00:00+08:00"),
    ],
)
def test_a_time_naming_its_zone_is_converted_once(url: str, shown: str, want: str) -> None:
    article = parse_html(_overseas_page(shown), url, Registry.load())
    assert article.published_at == want


def test_a_japanese_hosts_time_without_a_zone_is_still_its_wall_clock() -> None:
    article = parse_html(
        _overseas_page("发布时间：2020-03-05 10:30"), "http://www.example-news.co.jp/n/1", Registry.load()
    )
    assert article.published_at == "2020-03-05T09:30:00+08:00"


@pytest.mark.parametrize(
    ("bar", "state", "want"),
    [
        (
            "<span>发布时间：10-09</span><span>19:25</span>",
            '{"bsData":{"items":[{"itemData":{"time":"20-10-09 19:25"}}]}}',
            "2020-10-09T19:25:00+08:00",
        ),
        ("<em>3月16日 21:05</em>", "{'date': '2021-03-16 21:05:33'}", "2021-03-16T21:05:33+08:00"),
        ("<span class='t'>05/02 08:00</span>", '{"doc":{"ctime":1588377600}}', "2020-05-02T08:00:00+08:00"),
        ("<i>12-31</i> <i>23:59</i> 来源：晚报", '{"createTime":"2018-12-31 23:59:00"}', "2018-12-31T23:59:00+08:00"),
        ("<span>1月5日 7:30</span>", '{"post":{"createdAt":"2024-01-05T07:30:00+08:00"}}', "2024-01-05T07:30:00+08:00"),
        ("<span>发布于 09-01 12:00</span>", '{"list":[], "time":"2016-09-01 12:00"}', "2016-09-01T12:00:00+08:00"),
    ],
)
def test_a_yearless_bar_takes_its_year_from_the_state_stamp_it_shows(bar: str, state: str, want: str) -> None:
    html = _page(bar, f"window.data = {state};")
    article = parse_html(html, "https://m.example-feed.com/s?id=1680051234567890123", Registry.load())
    assert article.published_at == want


@pytest.mark.parametrize(
    ("bar", "state"),
    [
        ("<span>发布时间：10-09</span><span>19:25</span>", '{"time":"20-10-09 19:26"}'),  # another minute
        ("<span>发布时间：10-09 19:25</span>", '{"time":"2020-10-08 19:25"}'),  # another day
        ("<span>阅读 1200</span>", '{"time":"2020-10-09 19:25"}'),  # nothing shown: a server clock, maybe
        ("<span>发布时间：10-09</span>", '{"date":"2020-10-09"}'),  # a day alone matches too little
    ],
)
def test_a_plain_state_stamp_the_page_does_not_show_is_no_publish_time(bar: str, state: str) -> None:
    html = _page(bar, f"window.data = {state};")
    article = parse_html(html, "https://m.example-feed.com/s?id=1680051234567890123", Registry.load())
    assert article.published_at is None


@pytest.mark.parametrize(
    ("bar", "want"),
    [
        ("<span>最后更新：2024-05-16 10:00</span><span>首发：2024-05-15 08:00</span>", "2024-05-15T08:00:00+08:00"),
        ("首发时间：2021年3月2日 07:45　更新时间：2021年3月3日 09:00", "2021-03-02T07:45:00+08:00"),
        ("<p>更新於 2019-11-20 12:00 | 首發：2019-11-18 06:30</p>", "2019-11-18T06:30:00+08:00"),
        ("<span>首发日期：2016/08/08</span> <span>最近修改：2016/09/01 10:00</span>", "2016-08-08T00:00:00+08:00"),
        ("最后编辑于 2023-12-01 18:00 ｜ 首发： 2023-11-30 20:15", "2023-11-30T20:15:00+08:00"),
        ("<em>首發時間：</em><em>2012-04-05 14:20</em> 来源：晚报", "2012-04-05T14:20:00+08:00"),
    ],
)
def test_a_first_published_label_beside_an_update(bar: str, want: str) -> None:
    html = _page(bar)
    article = parse_html(html, "https://www.example-news.cn/a/9f3k2x.html", Registry.load())
    assert article.published_at == want


def test_first_published_in_a_sentence_after_its_date_labels_no_later_date() -> None:
    html = _page("本文于2024年5月15日 08:00首发，2024年5月16日修订")
    article = parse_html(html, "https://www.example-news.cn/a/9f3k2x.html", Registry.load())
    assert article.published_at == "2024-05-15T08:00:00+08:00"


@pytest.mark.parametrize(
    ("state", "want"),
    [
        ('var x = {"__publish_time": "2019-02-03 04:05"};', "2019-02-03T04:05:00+08:00"),
        ("data.publishTime = '2018-06-07 08:09';", "2018-06-07T08:09:00+08:00"),
        ('var s = {"uptime": 1566178920, "hits": 3};', None),  # a server's uptime holds no ptime key
    ],
)
def test_a_publish_key_after_an_underscore_or_a_dot_but_not_inside_a_word(state: str, want: str | None) -> None:
    html = _page("<span>阅读 1200</span>", state)
    article = parse_html(html, "https://www.example-news.cn/a/9f3k2x.html", Registry.load())
    assert article.published_at == want
