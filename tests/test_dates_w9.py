"""Publish-time classes of blind23's long tail (misc-w9), pinned on hand-written variants:

- a time may name its zone before it (``2018年6月5日（星期二） 香港時間15時32分``, HK government notes);
- a bar's ``|`` may stand between the date and the time (``2019年11月24日 | 6:45pm``);
- a date shown alone (a breadcrumb's, a bar's) takes the time of day of a stamp of the same day elsewhere
  on the page (a footer's ``<div>2018年6月5日<br>香港時間15時32分</div>``); another day's stamp or a list
  item's dated headline gives it none.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.datelines import page_datetime
from newscorpus.scrapers.dates import parse_datetime
from newscorpus.scrapers.registry import Registry


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("完 2018年6月5日（星期二） 香港時間15時32分", "2018-06-05T15:32:00+08:00"),
        ("2024-05-15 北京时间 08:30", "2024-05-15T08:30:00+08:00"),
        ("2020年3月5日 日本時間10時30分", "2020-03-05T09:30:00+08:00"),  # Japan's 10:30 is 09:30 in China
        ("2019/11/02 (星期六) 台北時間 21:05", "2019-11-02T21:05:00+08:00"),
        ("2023-07-01 香港时间 下午3:20", "2023-07-01T15:20:00+08:00"),
        ("2022-01-01 格林威治时间 12:00", "2022-01-01T20:00:00+08:00"),
        ("发布时间：2016年8月9日 首爾時間 07:15", "2016-08-09T06:15:00+08:00"),
    ],
)
def test_a_zone_named_before_the_time(text: str, want: str) -> None:
    assert parse_datetime(text) == want


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2024-05-15 北京时间", "2024-05-15"),
        ("2024-05-15 北京时间消息，记者获悉", "2024-05-15"),
        ("2021年3月2日（星期二） 香港時間", "2021-03-02"),
    ],
)
def test_a_zone_name_with_no_time_after_it_leaves_the_date_alone(text: str, day: str) -> None:
    assert parse_datetime(text) == f"{day}T00:00:00+08:00"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2019年11月24日 | 6:45pm 报道： 郭伟强", "2019-11-24T18:45:00+08:00"),
        ("2021-03-02 ｜ 下午3:20", "2021-03-02T15:20:00+08:00"),
        ("2020/07/08 | 09:15 来源：本报", "2020-07-08T09:15:00+08:00"),
        ("2018年1月5日 |23:01:09", "2018-01-05T23:01:09+08:00"),
        ("Posted 2017-12-31 | 11:59 PM", "2017-12-31T23:59:00+08:00"),
        ("2022.02.03｜08:00", "2022-02-03T08:00:00+08:00"),
    ],
)
def test_a_bars_stroke_between_the_date_and_the_time(text: str, want: str) -> None:
    assert parse_datetime(text) == want


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2024-05-15 | 来源：新华社 | 阅读 3", "2024-05-15"),
        ("2024-05-15 | 评论 12 | 分享", "2024-05-15"),
        ("2019年11月24日 | 霹雳 | 怡保", "2019-11-24"),
    ],
)
def test_a_stroke_before_other_fields_gives_no_time(text: str, day: str) -> None:
    assert parse_datetime(text) == f"{day}T00:00:00+08:00"


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["2018年6月5日（星期二）", "香港時間15時32分"], "2018-06-05T15:32:00+08:00"),
        (["2020年3月5日", "北京时间 10:30"], "2020-03-05T10:30:00+08:00"),
        (["2021-06-01", "台北時間09時05分"], "2021-06-01T09:05:00+08:00"),
        (["2019/02/03", "香港时间 23:59:59"], "2019-02-03T23:59:59+08:00"),
        (["2017年12月1日 星期五", "08時00分"], "2017-12-01T08:00:00+08:00"),
        (["2016.05.20", "北京時間 7:08"], "2016-05-20T07:08:00+08:00"),
    ],
)
def test_a_time_alone_on_its_line_may_name_its_zone_first(lines: list[str], want: str) -> None:
    assert page_datetime(["正文结束", *lines, "返回目录"], None) == want


_STORY = "".join(
    f"<p>第{n}段：离岛区海岸清洁运动下周展开，清洁范围涵盖多个泳滩，部门会调派清洁人员并租用工作船收集垃圾。</p>"
    for n in range(1, 6)
)


def _notice(crumb: str, footer: str, side: str = "") -> str:
    """A government notice: the day in the breadcrumb above the headline, the time in the footer's stamp."""
    title = "离岛区海岸清洁运动下周展开"
    return (
        f"<html><head><title>{title}</title></head><body><div id='topnav'><a href='/'>新闻公报</a> &gt; "
        f"<a href='/day.htm'>{crumb}</a> &gt; {title}</div><div id='main'><h1>{title}</h1>"
        f"<div id='content'>{_STORY}<br>完<br></div><div id='lastupdate'>{footer}</div></div>"
        f"<div class='side'>{side}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("crumb", "footer", "want"),
    [
        ("2018年6月5日", "2018年6月5日（星期二）<br>香港時間15時32分", "2018-06-05T15:32:00+08:00"),
        ("2021年3月2日", "2021年3月2日（星期二）<br>香港时间 09:05", "2021-03-02T09:05:00+08:00"),
        ("2019-11-24", "2019-11-24 18:45", "2019-11-24T18:45:00+08:00"),
        ("2016.05.20", "发布时间：2016-05-20 07:08:00", "2016-05-20T07:08:00+08:00"),
        ("2023年1月2日", "2023年1月2日<br>北京时间 23:10", "2023-01-02T23:10:00+08:00"),
        ("2012/12/31", "2012年12月31日 星期一<br>10時20分", "2012-12-31T10:20:00+08:00"),
    ],
)
def test_a_date_shown_alone_takes_the_time_of_a_same_day_stamp(crumb: str, footer: str, want: str) -> None:
    article = parse_html(
        _notice(crumb, footer), "https://www.example-gov.hk/notice/P2018060500612.htm", Registry.load()
    )
    assert article.published_at == want


@pytest.mark.parametrize(
    ("crumb", "footer", "side"),
    [
        ("2018年6月5日", "2018年6月6日（星期三）<br>香港時間10時02分", ""),  # the stamp of another day
        ("2021-03-02", "", "<ul><li><a href='/n/1'>渡轮班次周末调整安排公布</a> 2021-03-02 09:05</li></ul>"),
        ("2019-11-24", "本页更新：刚才", ""),  # no stamp at all
    ],
)
def test_a_date_shown_alone_keeps_its_midnight(crumb: str, footer: str, side: str) -> None:
    article = parse_html(_notice(crumb, footer, side), "https://www.example-gov.hk/notice/P1.htm", Registry.load())
    assert article.published_at is not None
    assert article.published_at.endswith("T00:00:00+08:00")
