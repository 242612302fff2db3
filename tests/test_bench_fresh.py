"""The fresh set (bench/fresh.py): hand-written held-out pages whose truth is the page's own text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.extract import Output, fresh_table
from bench.fresh import FRESH, FRESH_DIR, SHAPES2, SHAPES2_DIR, fresh_pages
from newscorpus.decode import meta_charset

from .helpers import visible_text

MIN_FRESH_PAGES = 12
_SPACE = re.compile(r"\s+")


@pytest.mark.parametrize("folder", [FRESH_DIR, SHAPES2_DIR])
def test_there_are_enough_fresh_pages_with_gbk_declared_and_undeclared(folder: Path) -> None:
    sources = sorted(folder.glob("*.html"))
    assert len(sources) >= MIN_FRESH_PAGES
    gbk = [path.read_bytes() for path in sources if _is_gbk(path.read_bytes())]
    assert any(meta_charset(raw) for raw in gbk) and any(meta_charset(raw) is None for raw in gbk)


def _is_gbk(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


@pytest.mark.parametrize(("folder", "label"), [(FRESH_DIR, FRESH), (SHAPES2_DIR, SHAPES2)])
def test_every_expected_line_is_text_the_page_shows(folder: Path, label: str) -> None:
    pages = fresh_pages(folder, label)
    assert len(pages) >= MIN_FRESH_PAGES
    for page in pages:
        assert "\ufffd" not in page.html, page.name
        shown = visible_text(page.html)
        for line in page.body.splitlines():
            assert line.strip() and _SPACE.sub("", line) in shown, (page.name, line)


def test_fresh_table_scores_the_truth_one_and_nothing_zero() -> None:
    truths = {page.html: page.body for page in fresh_pages()}

    def perfect(html: str, url: str | None) -> Output:
        return Output(None, None, truths[html])

    def empty(html: str, url: str | None) -> Output:
        return Output(None, None, "")

    table = "\n".join(fresh_table(["perfect", "empty"], {"perfect": perfect, "empty": empty}))
    count = len(truths)
    assert f"| perfect | {count} | 1.000 | 0 |" in table
    assert f"| empty | {count} | 0.000 | {count} |" in table
