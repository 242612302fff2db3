"""The date-line pre-check (``may_hold_datetime``) skips only lines in which no piece is a time.

``datelines`` cuts each line into pieces and asks ``parse_datetime`` about each one; lines the pre-check
rejects are skipped. Every grammar but 刚刚 needs a digit, so the pre-check must never reject a text
``parse_datetime`` reads a time from, nor any piece of it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from newscorpus.decode import decode_html
from newscorpus.scrapers import datelines
from newscorpus.scrapers.dates import may_hold_datetime, parse_datetime
from newscorpus.scrapers.generic import strip_unreadable

from .conftest import FIXTURES

_NOW = datetime(2024, 5, 20, 12, 0)
# Pieces of what dates are written with, digits of every kind included, and words around them.
_FRAGMENTS = [
    "2024", "24", "５", "٣", "05", "1", "年", "月", "日", "-", "/", ".", ":", "：", "时", "分", " ", "T", "+08:00",
    "刚刚", "刚", "分钟前", "小时前", "天前", "昨天", "今天", "前天", "上午", "下午", "May", "Wed", "民國",
    "发布时间：", "更新于", "来源：新华社", "https://a.cn/2024/05/20/", "www.b.com", "文字", "，", "。",
    "PM", "Z", "GMT",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=12), st.booleans())
def test_a_text_the_precheck_rejects_holds_no_time_in_any_piece(fragments: list[str], with_now: bool) -> None:
    text = "".join(fragments)
    now = _NOW if with_now else None
    if may_hold_datetime(text, now):
        return
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            assert parse_datetime(text[start:end], 2024, now) is None, text[start:end]


def _page_lines() -> list[list[str]]:
    """The text lines of every hand-written dates fixture page."""
    pages = []
    for path in sorted((FIXTURES / "dates").rglob("*.html")):
        tree = LexborHTMLParser(decode_html(Path(path).read_bytes()).text)
        strip_unreadable(tree)
        body = tree.body
        pages.append([line for line in (body.text(separator="\n") if body else "").splitlines() if line.strip()])
    return pages


def test_the_line_ranking_with_and_without_the_precheck_agrees_on_the_fixture_pages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pages = _page_lines()
    assert pages, "no dates fixture pages"
    for page_wide in (False, True):
        for now in (None, _NOW):
            fast = [datelines._best(lines, None, now and now.isoformat(), page_wide) for lines in pages]
            monkeypatch.setattr(datelines, "may_hold_datetime", lambda text, now: True)
            full = [datelines._best(lines, None, now and now.isoformat(), page_wide) for lines in pages]
            monkeypatch.undo()
            assert fast == full
