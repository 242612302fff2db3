"""A top bar's calendar (date, weekday, the lunar day) is the visitor's today on most sites, but an e-paper's bar
is the issue's date: when the URL files the page under that same day, the bar dates the page (blind28's 2011
evening paper, dated nothing before)."""

from newscorpus.scrapers.datelines import page_datetime

_BAR = "2016年3月8日 星期二 农历正月三十"


def test_the_bar_dates_the_page_its_url_files_under_that_day() -> None:
    url = "http://epaper.example-evening.cn/html/2016-03/08/content_88213.htm"
    assert page_datetime([_BAR], url) == "2016-03-08T00:00:00+08:00"


def test_the_bar_of_another_day_or_no_dated_url_is_still_the_visitors_today() -> None:
    assert page_datetime([_BAR], "http://epaper.example-evening.cn/html/2016-03/07/content_88100.htm") is None
    assert page_datetime([_BAR], "http://www.example-county.gov.cn/news/88213.htm") is None
