"""Per-line Python loops folded into one C call give the same answers as the loops they replace.

``is_byline_line`` looks for any byline label with one regex, ``edited_page`` searches the footer lines
joined, ``headline_before`` takes the lines above the body as a prefix of the page's lines (found by bisection).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from newscorpus import settings as config
from newscorpus.decode import decode_html
from newscorpus.scrapers import metadata, titles
from newscorpus.scrapers.blocks import walk
from newscorpus.scrapers.datelines import _EDITED_PAGE, edited_page
from newscorpus.scrapers.metadata import is_byline_line

from .conftest import FIXTURES

_PIECES = [*metadata._BYLINE_LABELS, "来", "源", "时间", "：", "2024-05-20 08:30", "文字", "。", " ", "张三", "新华社"]
_FOOTER = ["本", "页面", "頁面", "最后", "最後", "最近", "编辑", "修订", "词条", "詞條", "于", "2023", "\n", "文字"]


def _reference_byline_line(line: str) -> bool:
    """is_byline_line as it read before: each label tested in turn."""
    if len(line) > 60:
        return False
    if metadata._BARE_STAMP.match(line) or metadata._WRITER_CREDIT.match(line):
        return True  # a bare stamp, or a writer's credit line of its own ("文字：周以宁"), as is_byline_line reads
    if not any(label in line for label in metadata._BYLINE_LABELS) or any(
        ch in metadata.SENTENCE_END_CHARS for ch in line
    ):
        return False
    return metadata.first_datetime([line], None) is not None or metadata.punctuation_count(line) <= 3


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10))
def test_the_label_search_answers_as_each_label_in_turn(pieces: list[str]) -> None:
    line = "".join(pieces)
    assert is_byline_line(line) is _reference_byline_line(line)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_FOOTER), max_size=6).map("".join), max_size=config.DATE_FOOTER_LINES + 5))
def test_the_footer_search_over_joined_lines_answers_as_line_by_line(lines: list[str]) -> None:
    expected = any(_EDITED_PAGE.search(line) for line in lines[-config.DATE_FOOTER_LINES :])
    assert edited_page(lines) is expected


def test_a_match_split_over_two_lines_is_no_match() -> None:
    assert edited_page(["本页面", "最后编辑于2023年"]) is False
    assert edited_page(["词条最后修订于2023年"]) is True


def _fixture_pages() -> list[str]:
    return [decode_html(path.read_bytes()).text for path in sorted((FIXTURES / "titles").glob("*.html"))]


@pytest.mark.parametrize("html", _fixture_pages())
def test_the_lines_above_the_body_are_a_prefix_of_the_page_lines(html: str) -> None:
    tree = LexborHTMLParser(html)
    page = walk(tree.body if tree.body is not None else tree.root)
    starts = [line.start for line in page.lines]
    assert starts == sorted(set(starts)), "line starts grow: the bisection needs it"
    for line in page.lines[:: max(1, len(page.lines) // 10)]:
        above = [other for other in page.lines if other.start < line.start][-config.TITLE_SEARCH_LINES :]
        index = titles.bisect_left(page.lines, line.start, key=titles._start)
        assert page.lines[max(0, index - config.TITLE_SEARCH_LINES) : index] == above
