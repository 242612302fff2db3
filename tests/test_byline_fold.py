"""``fold`` finds the characters to fold with a regex instead of str.translate: the same text out as the
plain definition (translate with the table, collapse whitespace runs, trim) on any mix of characters."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.scrapers.bylinefold import _FOLD, _PADDED, _unpadded, fold

# The folded characters, every kind of whitespace, regex-special ASCII and ordinary Chinese text.
_SPACES = " \t\n\r\x0b\x0c\x1c\x85\u2028\u200b\ufeff"
_ALPHABET = "".join(map(chr, _FOLD)) + _SPACES + "a1:|/>-]^\\[" + "来源作者编辑新华网"


def reference_fold(text: str) -> str:
    folded = re.sub(r"\s+", " ", text.translate(_FOLD)).strip()
    return _PADDED.sub(_unpadded, folded)  # a padded label closed up ("作 者:"): only before a separator


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_fold_equals_translate_then_collapse(text: str) -> None:
    assert fold(text) == reference_fold(text)


def test_fold_on_a_real_byline_bar() -> None:
    bar = "2019-09-26\u300012：11　来源：证券时报网｜作者／李在山\xa0 责任编辑：张三"
    assert fold(bar) == "2019-09-26 12:11 来源:证券时报网|作者/李在山 责任编辑:张三"
