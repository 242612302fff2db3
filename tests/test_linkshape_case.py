"""The URL tests search lower-cased ASCII URLs case-sensitively instead of searching case-blind: the same
answer as the re.IGNORECASE pattern for any URL, ASCII or not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus import settings as config
from newscorpus import urlshape
from newscorpus.scrapers.linkshape import (
    _NOT_STORY,
    _NOT_STORY_LOWER,
    _PROMO_URL,
    _PROMO_URL_LOWER,
    _search_any_case,
    is_article_url,
    is_promo,
)

# Pieces of the patterns' words in both cases, URL punctuation, and characters that fold to ASCII
# letters under re.IGNORECASE (Kelvin sign, long s, dotted I) to exercise the non-ASCII path.
_PIECES = ["APP", "app", "Apk", ".", "/", "itunes", "Apple", "PLAY", "google", "Comment", "gentie", "TAG", "tags"]
_PIECES += ["search", "SO", "user", "Member", "LOGIN", "passport", "down", "Load", "x", "1", "\u212a", "\u017f", "İ"]


def test_the_patterns_are_written_in_lower_case() -> None:
    for pattern in (config.RELATED_PROMO_URL, config.RELATED_NOT_STORY_URL):
        assert pattern == pattern.lower(), "the ASCII path lower-cases the URL, not the pattern"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_the_ascii_path_agrees_with_the_case_blind_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _search_any_case(_PROMO_URL_LOWER, _PROMO_URL, text) == bool(_PROMO_URL.search(text))
    assert _search_any_case(_NOT_STORY_LOWER, _NOT_STORY, text) == bool(_NOT_STORY.search(text))


def test_upper_case_urls_are_still_caught() -> None:
    assert is_promo("某某新闻客户端全新上线了", "https://M.EXAMPLE.CN/DOWNLOAD/APP?from=news")
    assert not is_article_url("https://news.example.cn/COMMENT/2024/0101/123456.html")
    assert is_article_url("https://news.example.cn/2024/0101/123456.html")


def test_every_promo_and_ad_word_holds_one_of_its_pieces() -> None:
    # The URL and id/class tests skip the regex when none of the pieces is there: each word must hold one.
    for pattern, pieces in (
        (config.RELATED_PROMO_URL, config.RELATED_PROMO_URL_PIECES),
        (config.RELATED_AD_ATTRS, config.RELATED_AD_ATTR_PIECES),
    ):
        for word in pattern.split("|"):
            literal = word.replace("\\", "").lower()
            assert any(piece in literal for piece in pieces), word


def test_an_app_channel_s_numbered_path_is_no_promotion() -> None:
    # The example hypothesis once drew: /app/ alone before a numbered page name, an app channel's story.
    from newscorpus.scrapers.linkshape import _promo_url

    assert not _promo_url("/APP/Comment1")
    assert _promo_url("/app/download.html")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, "ad", "AD", "Ads", "bad", "sponsor", "guanggao", "-", " "]), max_size=12))
def test_the_piece_filters_agree_with_the_patterns(pieces: list[str]) -> None:
    from selectolax.lexbor import LexborHTMLParser

    from newscorpus.scrapers.linkshape import _promo_url
    from newscorpus.scrapers.relatedvetoes import _AD, names_ad

    text = "".join(pieces)
    # The piece filter is what is tested; the documented carve-out (/app/ alone in a story's numbered path, a
    # site's app channel: /APP/Comment1) holds as well, whatever examples hypothesis draws.
    found = {match.group().lower() for match in _PROMO_URL.finditer(text)}
    carved = found == {"/app/"} and urlshape.is_article_url(text)
    assert _promo_url(text) == (bool(found) and not carved)
    div = LexborHTMLParser("<div></div>").css_first("div")
    assert div is not None
    div.attrs["class"] = text
    assert names_ad(div) == bool(_AD.search(f" {text}"))
