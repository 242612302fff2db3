"""Small text helpers every extractor shares."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from hypothesis import given
from hypothesis import strategies as st

from newscorpus.scrapers.text import absolute, clean

_URL_CHARS = st.text(alphabet=st.sampled_from(list("ab/.?#;=&:% \t\n[]@")), max_size=16)


@given(
    st.sampled_from(["http://", "https://", "HTTP://", "//", "/", "", "http:", "https:/", "/a/", "/.", "/a?"]),
    _URL_CHARS,
    st.sampled_from(
        [
            None,
            "",
            "http://news.example/a/b.html",
            "https://news.example/c/?q=1",
            "http://news.example",
            "HTTP://x.y/z",
            "http://a.b:80/p;q?x#y",
            "https://u@h.c/d/",
            "http://h\tx.c/a",
            "ftp://h.c/a",
            "http://[::1]:8/a",
            "http://h.c?x",
        ]
    ),
)
def test_absolute_is_urljoin(prefix: str, rest: str, base: str | None) -> None:
    url = prefix + rest
    try:
        joined: str | None = urljoin(base or "", url.strip())
    except ValueError:
        joined = None  # e.g. "http://[": urljoin refuses it, and the page must not fail over one link
    expected = None if not url or url.startswith(("#", "javascript:", "mailto:")) else joined
    assert absolute(url, base) == expected


def test_clean_collapses_every_kind_of_space_and_drops_replacement_characters() -> None:
    assert clean(" 新\u3000闻\u00a0标题\ufffd\ufffd \n") == "新 闻 标题"
    assert clean(None) == ""


@given(st.text(alphabet=st.sampled_from(list("今天记者㐀鿿\u33ff\ua000，。ab 1\U00020000")), max_size=40))
def test_cjk_count_counts_each_chinese_character(text: str) -> None:
    from newscorpus.scrapers.text import cjk_count

    assert cjk_count(text) == sum(1 for ch in text if "\u3400" <= ch <= "\u9fff")


_SPACES = (
    "ab中文 \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000"
    "\u200b\ufeff\u180e\ufffd"
)


@given(st.text(alphabet=st.sampled_from(list(_SPACES)), max_size=20))
def test_clean_collapses_exactly_what_the_whitespace_regex_did(text: str) -> None:
    expected = re.sub(r"[\s\u3000\u00a0\u200b\ufeff]+", " ", text.replace("\ufffd", "")).strip()
    assert clean(text) == expected
