"""Chinese publish-time formats -> ISO 8601 at +08:00 (issue 4)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from newscorpus.decode import decode_html
from newscorpus.parse import parse_html
from newscorpus.scrapers.datelines import first_datetime
from newscorpus.scrapers.datemeta import _TIME_META, published_from_metadata
from newscorpus.scrapers.dates import parse_datetime


@pytest.mark.parametrize(
    ("text", "year", "want"),
    [
        ("2023年10月31日 08:30", None, "2023-10-31T08:30:00+08:00"),
        ("发布时间：2023-10-31 08:30:00", None, "2023-10-31T08:30:00+08:00"),
        ("10-31 08:30", 2023, "2023-10-31T08:30:00+08:00"),
        ("10-31 08:30", None, None),
        ("2019-09-07T00:31:40.109Z", None, "2019-09-07T08:31:40+08:00"),
        ("2019-05-18", None, "2019-05-18T00:00:00+08:00"),
        ("1567816300", None, "2019-09-07T08:31:40+08:00"),
        ("2023-02-30 08:30", None, None),
    ],
)
def test_parse_datetime(text: str, year: int | None, want: str | None) -> None:
    assert parse_datetime(text, default_year=year) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A meridiem before or after the time, a weekday between date and time (CJK, Japanese, English).
        ("2024年5月15日 下午3:20", "2024-05-15T15:20:00+08:00"),
        ("2024/5/15 下午 10:05:33", "2024-05-15T22:05:33+08:00"),
        ("2024-05-15 上午 09:05", "2024-05-15T09:05:00+08:00"),
        ("2024年5月15日 中午12:30", "2024-05-15T12:30:00+08:00"),
        ("2024年5月15日 凌晨12:30", "2024-05-15T00:30:00+08:00"),
        ("2024-05-15 3:20 pm", "2024-05-15T15:20:00+08:00"),
        ("2024-05-15 12:05 AM", "2024-05-15T00:05:00+08:00"),
        ("2024-05-15 10:20 Amsterdam", "2024-05-15T10:20:00+08:00"),  # no meridiem inside a word
        ("2024年5月15日（星期三） 10:20", "2024-05-15T10:20:00+08:00"),
        ("2024年5月15日 星期三 10:20", "2024-05-15T10:20:00+08:00"),
        ("2024/05/15(水) 10:20", "2024-05-15T10:20:00+08:00"),
        ("2024年5月15日 10時20分", "2024-05-15T10:20:00+08:00"),
        # Taiwan's Republic years, only with 民國 or a time: a bare one may be a count of years.
        ("113年5月15日 10:20", "2024-05-15T10:20:00+08:00"),
        ("民國113年05月15日", "2024-05-15T00:00:00+08:00"),
        ("他在100年5月1日", None),
        # English dates of HK and overseas pages, offsets converted to China time.
        ("May 15, 2024 10:20 AM", "2024-05-15T10:20:00+08:00"),
        ("Sept. 3, 2023, 4:05 p.m.", "2023-09-03T16:05:00+08:00"),
        ("15 May 2024", "2024-05-15T00:00:00+08:00"),
        ("Wed, 15 May 2024 02:20:00 GMT", "2024-05-15T10:20:00+08:00"),
        ("Mayor 15 2024", None),
    ],
)
def test_parse_datetime_of_other_regions_and_clocks(text: str, want: str | None) -> None:
    assert parse_datetime(text) == want


def test_traditional_and_english_labels_rank_like_simplified_ones() -> None:
    assert first_datetime(["2024/05/14 熱門", "發佈時間：2024/05/15 08:00"], None) == "2024-05-15T08:00:00+08:00"
    lines = ["Updated: May 16, 2024 9:00 AM", "Published: May 15, 2024 8:00 AM"]
    assert first_datetime(lines, None) == "2024-05-15T08:00:00+08:00"
    assert first_datetime(["評論 2024-05-16 09:00", "2024-05-15 08:00"], None) == "2024-05-15T08:00:00+08:00"


def test_labelled_time_beats_an_earlier_date() -> None:
    lines = ["2019-08-19 热点", "发布时间：2019-09-26 10:09:11"]
    assert first_datetime(lines, None) == "2019-09-26T10:09:11+08:00"


def test_year_comes_from_the_url() -> None:
    assert first_datetime(["10-31 08:30 来源：新华社"], "https://x.cn/2022/1031/1.html") == "2022-10-31T08:30:00+08:00"


def _published_meta_one_selector_per_name(tree) -> str | None:
    """The plain reading published_from_metadata must agree with: one query per name, in order."""
    for name in _TIME_META:
        node = tree.css_first(f'meta[property="{name}"], meta[name="{name}"], meta[itemprop="{name}"]')
        if node is not None and (when := parse_datetime(node.attributes.get("content"))):
            return when
    return None


_META = st.tuples(
    st.sampled_from(["property", "name", "itemprop", "http-equiv"]),
    st.sampled_from(["article:published_time", "pubdate", "PubDate", "ptime", "og:title", "datePublished"]),
    st.sampled_from(["2023-10-31 08:30", "2021-03-04T05:06:07+00:00", "soon", ""]),
)


@given(st.lists(_META, max_size=6))
def test_meta_publish_time_from_one_pass_agrees_with_a_query_per_name(metas) -> None:
    head = "".join(f'<meta {attribute}="{name}" content="{content}">' for attribute, name, content in metas)
    tree = LexborHTMLParser(f"<html><head>{head}</head><body><p>正文</p></body></html>")
    assert published_from_metadata(tree) == _published_meta_one_selector_per_name(tree)


def test_meta_publish_time_agrees_on_saved_pages(shared_pages) -> None:
    found = 0
    for page in sorted(shared_pages.rglob("*.html")):
        tree = LexborHTMLParser(decode_html(page.read_bytes()).text)
        expected = _published_meta_one_selector_per_name(tree)
        if expected is not None:
            assert published_from_metadata(tree) == expected, page
            found += 1
    assert found >= 5


# --- issue 18: more date shapes -----------------------------------------------------------------------
FETCHED = "2024-05-20T12:00:00+08:00"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("发布日期：18-08-01 10:07", "2018-08-01T10:07:00+08:00"),
        ("23/11/05 08:09:10", "2023-11-05T08:09:10+08:00"),
        ("6小时前", "2024-05-20T06:00:00+08:00"),
        ("35分钟前 来源：新华社", "2024-05-20T11:25:00+08:00"),
        ("2天前", "2024-05-18T12:00:00+08:00"),
        ("昨天 08:30", "2024-05-19T08:30:00+08:00"),
        ("前天 21:05", "2024-05-18T21:05:00+08:00"),
        ("刚刚", "2024-05-20T12:00:00+08:00"),
        ("发布于 2024-05-02 17:00", "2024-05-02T17:00:00+08:00"),
        ("原文 https://news.example.cn/2019/0102/x.html 2024-05-03 10:00", "2024-05-03T10:00:00+08:00"),
    ],
)
def test_date_shapes_resolved_against_the_fetch_time(text: str, want: str) -> None:
    assert first_datetime([text], None, FETCHED) == want


def test_relative_times_without_a_fetch_time_stay_unresolved() -> None:
    assert first_datetime(["6小时前", "昨天 08:30"], None) is None


def test_a_two_digit_year_needs_a_time() -> None:
    assert parse_datetime("版本 18-08-01") is None


def test_a_date_inside_a_url_is_not_the_publish_time() -> None:
    assert first_datetime(["https://news.example.cn/2019-01-02/x.html"], None) is None


def test_date_about_an_update_or_a_recommended_article_comes_last() -> None:
    lines = ["最新推荐文章于 2023-09-04 17:53:10 发布", "张三 于 2023-03-12 13:08:03 发布", "更新于 2023-04-01 08:00"]
    assert first_datetime(lines, None) == "2023-03-12T13:08:03+08:00"
    # A bar whose other fields mention comments still gives its own time.
    assert first_datetime(["发表于2014-08-24 21:30| 0 条评论| 作者魏星", "2014年8月22日，会议举行"], None) == (
        "2014-08-24T21:30:00+08:00"
    )


@pytest.mark.parametrize(
    "script",
    [
        '{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, '
        '{"@type": "NewsArticle", "datePublished": "2024-05-02T09:00:00+08:00"}]}',
        # Broken JSON (a raw newline in a string, a trailing comma) as CMSs write it: found by pattern.
        '{"@type": "NewsArticle", "headline": "a\nb", "datePublished": "2024-05-02 09:00:00",}',
    ],
)
def test_json_ld_graph_and_broken_json_ld(script: str) -> None:
    tree = LexborHTMLParser(f'<html><head><script type="application/ld+json">{script}</script></head></html>')
    assert published_from_metadata(tree) == "2024-05-02T09:00:00+08:00"


def test_og_published_time_meta() -> None:
    tree = LexborHTMLParser('<html><head><meta property="og:published_time" content="2024-05-02T01:00:00Z">')
    assert published_from_metadata(tree) == "2024-05-02T09:00:00+08:00"


def test_parse_html_resolves_relative_times_only_with_fetched_at(registry) -> None:
    story = "".join(f"<p>第{i}段，记者在现场看到，工人们正在紧张施工，预计年底完工。</p>" for i in range(5))
    html = f"<html><body><h1>某地新建大桥即将通车</h1><div class='info'>6小时前 来源：某某日报</div><div>{story}</div>"
    assert parse_html(html, None, registry).published_at is None
    assert parse_html(html, None, registry, fetched_at=FETCHED).published_at == "2024-05-20T06:00:00+08:00"


def test_relative_words_inside_a_sentence_are_no_publish_time() -> None:
    sentence = "记者刚刚从市气象局获悉，受冷空气影响，本市明天将出现大风降温天气，请市民注意防寒保暖。"
    assert first_datetime([sentence], None, FETCHED) is None
