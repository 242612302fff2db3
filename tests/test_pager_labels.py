"""The pager's label tests skip texts too long to pass: the same answers as the plain tests on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus import settings as config
from newscorpus.scrapers.pager import _PAGE_LABEL, _is_page_number, _says_next

_PIECES = [*config.PAGER_NEXT_TEXTS, "NEXT", "Next Page", "第", "页", "1", "23", "456", "\n", " ", "İ", "下一页>>", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=5))
def test_the_length_shortcut_changes_no_answer(pieces: list[str]) -> None:
    label = "".join(pieces)
    assert _says_next(label) == (label.lower() in config.PAGER_NEXT_TEXTS)
    assert _is_page_number(label) == (_PAGE_LABEL.match(label) is not None)


def test_page_numbers_and_next_labels() -> None:
    assert _is_page_number("第123页") and _is_page_number("7") and not _is_page_number("第1234页")
    assert _says_next("Next Page") and not _says_next("下一篇")
