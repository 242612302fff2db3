"""Publish times learnt from blind14: an edit time told by the word after it (已于 2020-11-25 09:13 修改) is
not the publish time, Baidu's JSON-LD ``pubDate`` is one (blind14's CSDN post showed only its edit; the
JSON-LD had the post), and a blog theme's calendar badge is read though its parts are glued."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.datelines import shown_datetime, shown_edit_time
from newscorpus.scrapers.registry import Registry

_STORY = "".join(
    f"<p>第{n}步：排查分布式锁提前释放的问题时，先确认业务执行时间是否超过了锁的过期时间，再看续期线程是否正常工作。</p>"
    for n in range(1, 6)
)


def _page(bar: str, head: str = "") -> str:
    return (
        f"<html><head><title>分布式锁排查记录</title>{head}</head><body><div class='main'><h1>分布式锁排查记录</h1>"
        f"<div class='bar'>{bar}</div><article>{_STORY}</article></div></body></html>"
    )


@pytest.mark.parametrize(
    "line",
    [
        "码农小周 已于 2020-11-25 09:13:02 修改 1824 收藏",
        "作者：李工 于2020年11月25日 09:13 更新",
        "管理员 於 2020/11/25 09:13 編輯",
        "本文于 2020-11-25 09:13 修订",
    ],
)
def test_a_date_with_an_edit_word_after_it_is_an_edit_time(line: str) -> None:
    assert shown_datetime([line], None) is not None
    assert shown_edit_time([line], None)


def test_a_date_with_a_publish_word_after_it_stays_the_publish_time() -> None:
    assert not shown_edit_time(["小周 于 2020-11-24 19:06 发布"], None)
    assert shown_datetime(["小周 于 2020-11-24 19:06 发布"], None) == "2020-11-24T19:06:00+08:00"


_LD = '<script type="application/ld+json">{{"@context":"https://ziyuan.baidu.com/contexts/cambrian.jsonld",{pub}}}</script>'


@pytest.mark.parametrize(
    ("bar", "pub", "want"),
    [
        (
            "<span class='time'>已于&nbsp;2020-11-25 09:13:02&nbsp;修改</span>",
            '"title":"x","pubDate":"2020-11-24T19:06:31","upDate":"2020-11-25T09:13:02"',
            "2020-11-24T19:06:31+08:00",
        ),
        ("<span>阅读 88</span>", '"pubDate":"2018-03-02T08:00:00"', "2018-03-02T08:00:00+08:00"),
        # Broken JSON (a stray quote in the title) is read by pattern.
        ("<span>阅读 88</span>", '"title":"他说"好"","pubDate":"2019-07-09T21:30:00"', "2019-07-09T21:30:00+08:00"),
    ],
)
def test_baidus_json_ld_pub_date_is_a_publish_time(bar: str, pub: str, want: str) -> None:
    html = _page(bar, _LD.format(pub=pub))
    assert parse_html(html, "https://blog.example-dev.cn/u/article/details/1103", Registry.load()).published_at == want


@pytest.mark.parametrize(
    ("badge", "want"),
    [
        (
            "<span class='month'>Sep</span><span class='date'>12</span><span class='day'>Wed</span>"
            "<span class='year'>2018</span><span class='time'>22:41</span>",
            "2018-09-12T22:41:00+08:00",
        ),
        ("<div class='post-date'><b>Mar</b><i>3</i><em>2016</em></div>", "2016-03-03T00:00:00+08:00"),
        (
            "<p class='cal'><span>Dec</span> <span>25</span><span>Sunday</span> <span>2022</span></p>",
            "2022-12-25T00:00:00+08:00",
        ),
    ],
)
def test_a_blog_themes_calendar_badge_is_read_though_its_parts_are_glued(badge: str, want: str) -> None:
    assert (
        parse_html(_page(badge), "https://someone.example-blog.net/blog/post/225917455", Registry.load()).published_at
        == want
    )
