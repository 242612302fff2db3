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


_EU_STORY = "".join(
    f"<p>第{n}段：法国国民议会当天就退休制度改革法案进行辩论，多个工会呼吁在全国举行罢工和游行。</p>"
    for n in range(1, 6)
)


def _eu_page(shown: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>法国议会辩论退休改革</title></head><body>"
        f"<h1>法国议会辩论退休改革</h1><div class='date'>{shown}</div><div class='body'>{_EU_STORY}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "shown", "want"),
    [
        # A European site's Chinese pages print its country's time, daylight saving included.
        ("https://www.example-chinois.fr/cn/20230115-a", "2023-01-15 10:24", "2023-01-15T17:24:00+08:00"),
        ("https://www.example-chinois.fr/cn/20230715-a", "2023-07-15 10:24", "2023-07-15T16:24:00+08:00"),
        ("https://www.dw.com/zh/a-65312478", "2023-04-12 10:35", "2023-04-12T16:35:00+08:00"),
        ("https://www.example-huabao.nl/news/2019/1.html", "2019-12-24 20:05", "2019-12-25T03:05:00+08:00"),
        # A day shown alone stays that day; a time naming its zone is that instant already (RFI's "TU").
        ("https://www.example-chinois.fr/cn/20230115-b", "2023-01-15", "2023-01-15T00:00:00+08:00"),
        ("https://www.example-chinois.fr/cn/20090515-c", "15/05/2009 09:42 TU", "2009-05-15T17:42:00+08:00"),
        # Controls: a Chinese or .com host prints China time.
        ("https://www.example-news.com/a/1.html", "2023-01-15 10:24", "2023-01-15T10:24:00+08:00"),
        ("https://www.example.cn/a/1.html", "2023-01-15 10:24", "2023-01-15T10:24:00+08:00"),
    ],
)
def test_a_zone_less_time_on_a_european_site_is_its_country_time(url: str, shown: str, want: str) -> None:
    assert parse_html(_eu_page(shown), url, Registry.load()).published_at == want


def test_a_zone_the_machine_does_not_know_leaves_china_time(monkeypatch: pytest.MonkeyPatch) -> None:
    from newscorpus import settings

    monkeypatch.setattr(settings, "LOCAL_TIME_HOST_SUFFIXES", {".fr": "Nowhere/Atlantis"})
    article = parse_html(_eu_page("2023-01-15 10:24"), "https://www.example-chinois.fr/cn/1", Registry.load())
    assert article.published_at == "2023-01-15T10:24:00+08:00"
