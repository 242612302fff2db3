"""A time written with a city's or a region's clock (温哥华时间, 美东时间, 巴黎时间): that place's wall clock on that
day, daylight saving included, as every label reads it. Written as other sites, cities and seasons than the tune
pages that showed the class (a VOA bar, an overseas Chinese paper's bracket, a Vancouver paper's line)."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers import dates
from newscorpus.scrapers.dates import parse_datetime
from newscorpus.scrapers.registry import Registry


@pytest.mark.parametrize(
    ("text", "china_time"),
    [
        # New York in summer (-04:00) and in winter (-05:00): the same words, an hour apart.
        ("2013年7月2日 美东时间 09:30", "2013-07-02T21:30:00+08:00"),
        ("2013年1月2日 美东时间 09:30", "2013-01-02T22:30:00+08:00"),
        ("2018-03-20 14:05（多倫多時間）", "2018-03-21T02:05:00+08:00"),
        ("2021-12-01 08:00 (溫哥華時間)", "2021-12-02T00:00:00+08:00"),
        ("2016-10-11 18:20 太平洋时间", "2016-10-12T09:20:00+08:00"),
        # The southern summer: Sydney at +11:00 in January, +10:00 in July.
        ("2020-01-15 09:00 悉尼时间", "2020-01-15T06:00:00+08:00"),
        ("2020-07-15 09:00 悉尼时间", "2020-07-15T07:00:00+08:00"),
        ("2015年11月3日 10:42（巴黎时间）", "2015-11-03T17:42:00+08:00"),
        # Controls: a day alone stays that day; a fixed zone reads as before; a time with no zone is China time.
        ("2016-11-09 美国东部时间9日凌晨", "2016-11-09T00:00:00+08:00"),
        ("2020-03-05 10:30（日本时间）", "2020-03-05T09:30:00+08:00"),
        ("2020-03-05 10:30", "2020-03-05T10:30:00+08:00"),
    ],
)
def test_city_clock(text: str, china_time: str) -> None:
    assert parse_datetime(text) == china_time


def test_city_clock_without_the_zone_database(monkeypatch: pytest.MonkeyPatch) -> None:
    """A slim image without tzdata: the time stays as shown (China time), never an exception."""

    def missing(name: str) -> None:
        raise dates.ZoneInfoNotFoundError(name)

    monkeypatch.setattr(dates, "ZoneInfo", missing)
    assert parse_datetime("2013年7月2日 美东时间 09:30") == "2013-07-02T09:30:00+08:00"


def test_city_clock_on_a_page() -> None:
    """An overseas Chinese paper on a .com host (no country's clock by its suffix) names its city after the time."""
    html = (
        "<html><head><meta charset='utf-8'><title>市议会通过新租房条例 - 北美华文时报</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/local/'>本地</a> <a href='/canada/'>加国</a></div>"
        "<h1>市议会通过新租房条例</h1>"
        "<div class='info'>2019-11-26 20:15（溫哥華時間） 来源：北美华文时报</div>"
        "<div class='content'>"
        "<p>本市市议会周二晚以七票对两票通过新的租房条例，要求业主在加租前至少提前三个月书面通知租客。</p>"
        "<p>条例将于明年一月起生效，违规业主最高可被罚款一万元。</p>"
        "<p>租客权益团体表示欢迎，但认为条例对驱逐程序的限制仍然不够。</p></div>"
        "<div class='footer'>Copyright 北美华文时报</div></body></html>"
    )
    article = parse_html(html, "https://www.nachinesetimes-example.com/local/2019/1126/88421.html", Registry.load())
    assert article.published_at == "2019-11-27T12:15:00+08:00"
