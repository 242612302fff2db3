"""Chinese publish-time formats -> ISO 8601 at +08:00 (issue 4)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from newscorpus.decode import decode_html
from newscorpus.scrapers.dates import _TIME_META, first_datetime, parse_datetime, published_from_metadata


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
