"""A script state is decoded and walked only when a related word may be in it: whenever the cheap test says
no, the case-blind key pattern finds nothing in the text either (so no key of the state can name a list)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.scrapers.relatedjson import _RELATED_KEY, may_name_related

_PIECES = ["relat", "RELATED", "Relevan", "xgyd", "XG", "tuijian", "recommend", "REC-", "rec_", "yanshen", "re", "c"]
_PIECES += ["{", '"', ":", "title", "hot", "\\u0072", "\u017f", "\u212a", "\u0130", "\u0131", "相关", "新闻", "_", "-"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16))
def test_no_related_word_is_missed(pieces: list[str]) -> None:
    text = "".join(pieces)
    if not may_name_related(text):
        assert _RELATED_KEY.search(text) is None, text


def test_a_state_without_related_words_is_passed_over() -> None:
    assert not may_name_related('{"hotList": [{"title": "某条新闻", "url": "/a/1.html"}]}')
    assert may_name_related('{"relatedNews": []}')
    assert may_name_related('{"\\u0072elatedNews": []}')  # an escaped letter: decoded, read
