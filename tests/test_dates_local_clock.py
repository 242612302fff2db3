"""A Japanese site prints Japan's wall clock: a time it shows without an offset is JST (FORMAT.md), stored
as China time like every other; a time its metadata states with an offset is that instant already."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

_STORY = "".join(
    f"<p>第{n}段落：松本城で恒例のすす払いが行われ、職員らが国宝天守の柱や梁にたまった一年分のほこりを落とした。</p>"
    for n in range(1, 6)
)


def _page(lang: str, shown: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html{lang}><head><title>松本城ですす払い</title>{head}</head><body><article>"
        f"<h1>松本城ですす払い</h1><div class='date'>{shown}</div><div class='body'>{_STORY}</div>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "lang", "shown", "want"),
    [
        ("https://www.shinshu-example.jp/articles/20211220/KT1", "", "2021/12/20 17:42", "2021-12-20T16:42:00+08:00"),
        (
            "https://www.example-shimbun.com/articles/ASQ1",
            ' lang="ja"',
            "2022年11月11日 0時12分",
            "2022-11-10T23:12:00+08:00",
        ),
        ("https://news.example.co.jp/a/1", ' lang="ja"', "2024年2月1日 午後3時20分", "2024-02-01T14:20:00+08:00"),
        # Japanese on a Chinese host (人民网日文版) prints Beijing time.
        (
            "http://j.people.com.cn/n3/2023/0814/c94474-1.html",
            ' lang="ja"',
            "2023年08月14日 10:05",
            "2023-08-14T10:05:00+08:00",
        ),
        # Not a Japanese site: China time as before.
        ("https://www.example-news.com/a/1.html", ' lang="zh-CN"', "2021/12/20 17:42", "2021-12-20T17:42:00+08:00"),
    ],
)
def test_a_zone_less_time_on_a_japanese_site_is_japan_time(url: str, lang: str, shown: str, want: str) -> None:
    assert parse_html(_page(lang, shown), url, Registry.load()).published_at == want


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="2021-12-20T17:42:00+09:00">',
        '<meta property="article:published_time" content="2021-12-20T08:42:00Z">',
        '<script type="application/ld+json">{"datePublished":"2021-12-20T17:42:00+0900"}</script>',
    ],
)
def test_a_time_stated_with_its_offset_stays_that_instant(head: str) -> None:
    article = parse_html(_page(' lang="ja"', "2021/12/20 17:42", head), "https://www.example.jp/a/1", Registry.load())
    assert article.published_at == "2021-12-20T16:42:00+08:00"
