"""Publish times as pages blind18-20 showed them (issue 18, session 9 wave 2, misc-w6): a bar showing the
day alone over a script state holding the same day's full stamp, and a government CMS's plain Dublin Core
DC.Date. Hand-written variants: other keys, platforms, years, and the cases that must not move."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

STORY = "".join(
    f"<p>第{n}段：这家在线教育公司宣布完成新一轮融资，资金将用于课程研发和师资培训，扩大三四线城市的覆盖。</p>"
    for n in range(6)
)


def _page(bar: str, script: str = "", head: str = "") -> str:
    return (
        f"<html><head><title>某公司完成B轮融资</title>{head}</head><body>{script}"
        "<div class='top'><a href='/'>首页</a></div>"
        f"<div class='article'><h1>某公司完成B轮融资</h1><div class='sub'>{bar}</div><div class='content'>{STORY}</div>"
        "</div></body></html>"
    )


@pytest.mark.parametrize(
    ("bar", "state", "want"),
    [
        ("石亚琼 · 2018-07-12", '{"data":{"id":5,"published_at":"2018-07-12 09:15:08"}}', "2018-07-12T09:15:08+08:00"),
        ("作者：王五 2020年3月5日", '{"article":{"publishTime":"2020-03-05 21:40"}}', "2020-03-05T21:40:00+08:00"),
        ("2016/11/30 来源：某某网", '{"detail":{"pubDate":"2016-11-30T07:02:00+08:00"}}', "2016-11-30T07:02:00+08:00"),
        ("李四 | 2023-01-02", '{"post":{"datePublished":"2023-01-02 18:00:59"}}', "2023-01-02T18:00:59+08:00"),
        ("发布于 2019-05-20", "{'news':{'publish_time':'2019-05-20 11:11:11'}}", "2019-05-20T11:11:11+08:00"),
        ("2021.08.08 编辑：赵六", '{"page":{"ptime":"2021-08-08 06:30:00"}}', "2021-08-08T06:30:00+08:00"),
    ],
)
def test_a_day_shown_alone_takes_the_same_days_stamp_from_the_script_state(
    bar: str, state: str, want: str, registry: Registry
) -> None:
    page = _page(bar, f"<script>window.initialState={state}</script>")
    assert parse_html(page, "https://www.example-tech.com/p/5145678", registry).published_at == want


@pytest.mark.parametrize(
    ("bar", "state", "want"),
    [
        # Another day in the state is another story's or a later edit: the shown day stands.
        ("石亚琼 · 2018-07-12", '{"data":{"published_at":"2018-07-14 09:15:08"}}', "2018-07-12T00:00:00+08:00"),
        # A shown time of day is already the stamp: the state's other time does not replace it.
        ("2018-07-12 10:01", '{"data":{"published_at":"2018-07-12 09:15:08"}}', "2018-07-12T10:01:00+08:00"),
    ],
)
def test_the_script_state_does_not_move_another_day_or_a_shown_time(
    bar: str, state: str, want: str, registry: Registry
) -> None:
    page = _page(bar, f"<script>window.initialState={state}</script>")
    assert parse_html(page, "https://www.example-tech.com/p/5145678", registry).published_at == want


@pytest.mark.parametrize(
    ("name", "content", "want"),
    [
        ("DC.Date", "2017/11/06", "2017-11-06T00:00:00+08:00"),
        ("DC.date", "2019-04-01", "2019-04-01T00:00:00+08:00"),
        ("dc.date", "2015-12-31 16:20", "2015-12-31T16:20:00+08:00"),
        ("DC.Date", "2022年5月9日", "2022-05-09T00:00:00+08:00"),
        ("DC.Date", "2011.02.14", "2011-02-14T00:00:00+08:00"),
        ("DC.Date", "2024-07-01T14:20:00+08:00", "2024-07-01T14:20:00+08:00"),
    ],
)
def test_a_plain_dublin_core_date_dates_a_page_showing_a_calendar_it_cannot_read(
    name: str, content: str, want: str, registry: Registry
) -> None:
    # A Taiwan office prints the Minguo year (發布日期：106-11-06): its DC.Date gives the Gregorian day.
    page = _page("發布單位：農業觀光課 發布日期：106-11-06", head=f'<meta name="{name}" content="{content}" />')
    assert (
        parse_html(page, "https://www.town-example.gov.tw/News_Content.aspx?n=1234&s=99001", registry).published_at
        == want
    )


def test_a_publish_named_meta_wins_over_dublin_core(registry: Registry) -> None:
    head = '<meta name="DC.Date" content="2017/11/08" /><meta name="pubdate" content="2017-11-06 08:00" />'
    page = _page("發布日期：106-11-06", head=head)
    got = parse_html(page, "https://www.town-example.gov.tw/News_Content.aspx?n=1234&s=99001", registry).published_at
    assert got == "2017-11-06T08:00:00+08:00"
