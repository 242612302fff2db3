"""Publish times as other CMSs print the times main already read right (issue 18, session 9, dates-vary):
a relative time whose own tooltip gives the exact stamp (Discuz!, blog themes), a calendar badge's glued day
and year-month, a two-digit-year date alone in the bar under the headline; and the variant bench itself."""

from __future__ import annotations

import random
from datetime import datetime

import pytest

from bench import dates_variants, dates_vary
from newscorpus.parse import parse_html
from newscorpus.scrapers.dates import parse_datetime
from newscorpus.scrapers.registry import Registry

URL = "http://bbs.example.org/thread-8812-1-1.html"
STORY = "".join(f"<p>这是正文第{n}段，讲述社区志愿者连续三个周末清理河道垃圾的经过和居民的反应。</p>" for n in range(6))


def _page(bar: str, extra: str = "") -> str:
    return (
        f"<html><head><title>河道清理记</title></head><body><div class='top'><a href='/'>首页</a></div>"
        f"<div class='post'><h1>河道清理记</h1><div class='info'>{bar}</div><div class='content'>{STORY}</div>"
        f"</div>{extra}</body></html>"
    )


@pytest.mark.parametrize(
    ("bar", "fetched", "want"),
    [
        (
            '发表于 <span title="2024-5-15 08:30">3 天前</span>',
            "2024-05-18T11:05:00+08:00",
            "2024-05-15T08:30:00+08:00",
        ),
        (
            '<span title="2024-05-15 08:30:12">昨天 08:30</span> | 查看: 812',
            "2024-05-16T09:00:00+08:00",
            "2024-05-15T08:30:12+08:00",
        ),
        (
            'posted @ <span title="2024-05-15 23:41">6小时前</span>',
            "2024-05-16T05:50:00+08:00",
            "2024-05-15T23:41:00+08:00",
        ),
    ],
)
def test_a_relative_time_takes_its_own_tooltips_stamp(bar: str, fetched: str, want: str, registry: Registry) -> None:
    assert parse_html(_page(bar), URL, registry, fetched_at=fetched).published_at == want


def test_a_tooltip_later_than_the_fetch_or_days_off_is_not_the_stamp(registry: Registry) -> None:
    fetched = "2024-05-18T11:05:00+08:00"
    later = _page('发表于 <span title="2024-05-19 08:30">3 天前</span>')
    assert parse_html(later, URL, registry, fetched_at=fetched).published_at == "2024-05-15T11:05:00+08:00"
    far = _page('发表于 <span title="2024-04-02 08:30">3 天前</span>')
    assert parse_html(far, URL, registry, fetched_at=fetched).published_at == "2024-05-15T11:05:00+08:00"


def test_a_comments_relative_tooltip_does_not_date_the_page(registry: Registry) -> None:
    comments = '<div class="comment-list"><span title="2024-05-17 20:00">昨天 20:00</span></div>'
    page = _page("发布时间：2024-05-15 08:30", comments)
    got = parse_html(page, URL, registry, fetched_at="2024-05-18T11:05:00+08:00").published_at
    assert got == "2024-05-15T08:30:00+08:00"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("152024-05 08:30", "2024-05-15T08:30:00+08:00"),
        ("时间:262018-03 15:20", "2018-03-26T15:20:00+08:00"),
        ("092019.09", "2019-09-09T00:00:00+08:00"),
        ("08 2015-07 05:32 人民日报", "2015-07-08T05:32:00+08:00"),
        ("posted @ 122017-03 10:23", "2017-03-12T10:23:00+08:00"),
    ],
)
def test_a_calendar_badge_reads_as_its_day(text: str, want: str) -> None:
    assert parse_datetime(text) == want


@pytest.mark.parametrize("text", ["32024.50元", "第12024-05期", "阅读 3 2024-05 08:30", "12:302024-05", "共 3 2024-05"])
def test_a_glued_count_or_price_is_no_badge(text: str) -> None:
    assert parse_datetime(text) is None


def test_a_badge_page_gives_its_time(registry: Registry) -> None:
    bar = '<span class="day">15</span><span class="ym">2024-05</span> <span class="time">08:30</span>'
    assert parse_html(_page(bar), URL, registry).published_at == "2024-05-15T08:30:00+08:00"


def test_a_two_digit_year_alone_in_the_bar_is_its_date(registry: Registry) -> None:
    bar = '<span class="date">18-05-28</span><span class="cat">栏目：校园动态</span>'
    assert parse_html(_page(bar), URL, registry).published_at == "2018-05-28T00:00:00+08:00"


def test_a_two_digit_year_alone_away_from_the_bar_is_not(registry: Registry) -> None:
    side = '<div class="side"><ul><li><a href="/a/1.html">往期回顾</a></li><li>18-05-28</li></ul></div>'
    assert parse_html(_page("<span>栏目：校园动态</span>", side), URL, registry).published_at is None


def _base() -> dates_variants.Base:
    html = _page("发布时间：2024-05-15 08:30")
    start = html.index("2024-05-15 08:30")
    when = datetime.fromisoformat("2024-05-15T08:30:00+08:00")
    return dates_variants.Base("synthetic", URL, html, when.isoformat(), when, True, start, start + 16)


@pytest.mark.parametrize("family", sorted(dates_variants.FAMILIES))
def test_every_variant_is_deterministic_and_keeps_the_shown_time(family: str) -> None:
    base = _base()
    for name, variant in dates_variants.FAMILIES[family].items():
        first = variant(base, random.Random(f"{family}/{name}"))
        assert first == variant(base, random.Random(f"{family}/{name}")), name
        got = dates_vary.read_time(first[0], first[1], first[2])
        assert got == base.want, f"{family}/{name}: {got}"


def test_a_badge_read_apart_by_the_bars_elements_is_glued_back(registry: Registry) -> None:
    bar = '<span class="day">08</span> <span class="ym">2015-07</span> <span class="time">05:32</span> 人民日报'
    assert parse_html(_page(bar), URL, registry).published_at == "2015-07-08T05:32:00+08:00"


def test_a_block_badge_day_then_year_month_lines_is_one_date(registry: Registry) -> None:
    bar = '<div class="cal"><div class="day">15</div><div class="ym">2024-05</div></div><div class="time">08:30</div>'
    assert parse_html(_page(bar), URL, registry).published_at == "2024-05-15T08:30:00+08:00"
