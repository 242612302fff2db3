"""The extraction benchmark's page loading and scoring helpers (bench/pages.py, bench/extract.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.extract import Result, failures, same_time, summary
from bench.pages import SETS, SPLITS, LabelledPage, load_pages
from bench.splits import DEV_PAGES


def _page(name: str, split: str, body: str = "正文", published_at: str | None = None) -> LabelledPage:
    return LabelledPage(name, "site", "dev", split, None, "<p>正文</p>", body, None, published_at, True, {})


@pytest.mark.parametrize(
    ("got", "want", "same"),
    [
        ("2024-05-20T15:46:00+08:00", "2024-05-20T16:46:00+09:00", True),
        ("2024-05-20T15:46:02+08:00", "2024-05-20T15:46:00+08:00", True),
        ("2024-05-20T15:47:00+08:00", "2024-05-20T15:46:00+08:00", False),
        (None, None, True),
        ("2024-05-20T15:46:00+08:00", None, False),
        # A label of a day alone: that day at midnight, in whatever offset the extractor states.
        ("2024-05-20T00:00:00+08:00", "2024-05-20", True),
        ("2024-05-20T00:00:00+02:00", "2024-05-20", True),
        ("2024-05-20T15:46:00+08:00", "2024-05-20", False),
        ("2024-05-21T00:00:00+08:00", "2024-05-20", False),
    ],
)
def test_same_time_is_the_same_minute_whatever_the_offset(got: str | None, want: str | None, same: bool) -> None:
    assert same_time(got, want) is same


def test_summary_and_failures_report_each_split_apart() -> None:
    pages = [_page("a", "tune"), _page("b", "heldout", published_at="2024-05-20T15:46:00+08:00")]
    result = Result("newscorpus", f1={"a": 1.0, "b": 0.2}, f1_no_title={"a": 1.0, "b": 0.2})
    result.dates = {"a": None, "b": "2024-05-21T15:46:00+08:00"}
    result.seconds = {"a": 0.01, "b": 0.01}
    table = "\n".join(summary([result], pages))
    assert "| dev | tune | 1 | newscorpus | 1.000 |" in table
    assert "| dev | heldout | 1 | newscorpus | 0.200 | 0.200 | 1 | - | 0.00 (0/1) |" in table
    listed = "\n".join(failures([result], pages))
    assert "| b | dev | 0.200 |" in listed and "| a |" not in listed


def test_summary_counts_failures_only_where_trafilatura_gets_the_page_right() -> None:
    pages = [_page(name, "heldout") for name in "abc"]
    ours = Result("newscorpus", f1={"a": 0.2, "b": 0.3, "c": 0.95}, f1_no_title={"a": 0.2, "b": 0.3, "c": 0.95})
    peer = Result("trafilatura", f1={"a": 0.92, "b": 0.6, "c": 0.1}, f1_no_title={"a": 0.92, "b": 0.6, "c": 0.1})
    for result in (ours, peer):
        result.dates = dict.fromkeys("abc")
        result.seconds = dict.fromkeys("abc", 0.01)
    table = "\n".join(summary([ours, peer], pages))
    # a fails where trafilatura reaches 0.92; b fails too, but trafilatura only reaches 0.6 there.
    assert "| all | heldout | 3 | newscorpus | 0.483 | 0.483 | 2 | 1 |" in table
    assert "| all | heldout | 3 | trafilatura | 0.540 | 0.540 | 1 | - |" in table


def test_every_labelled_page_has_a_set_a_split_and_truth(shared_pages: Path) -> None:
    pages = load_pages()
    assert {p.set for p in pages} <= set(SETS) and {p.split for p in pages} == set(SPLITS)
    assert all(p.body and p.html for p in pages)
    if DEV_PAGES.is_dir():
        assert sum(p.set == "dev" for p in pages) == len(list(DEV_PAGES.glob("*.html")))
