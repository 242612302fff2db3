"""crawl13: a portal that writes a cache-buster into its links (jQuery's ?_=1701234567890, a template's
?t=<unix time>) handed every rerun new URLs for the same stories: three runs stored each story three
times. Such a value (a Unix time, a random fraction) under a cache-buster key is dropped; the same keys
holding ids elsewhere (phpBB's t=12345, v=2) and a signed URL's time are kept."""

from __future__ import annotations

import pytest

from newscorpus.urls import canonicalize


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1/a/2024/0315/1.html?_=1701234567890", "http://127.0.0.1/a/2024/0315/1.html"),
        ("http://127.0.0.1/a/1.html?t=1701234567", "http://127.0.0.1/a/1.html"),
        ("http://127.0.0.1/show.php?id=5&rnd=0.8147236863931789&p=2", "http://127.0.0.1/show.php?id=5&p=2"),
    ],
)
def test_cache_busters_are_dropped(url: str, expected: str) -> None:
    assert canonicalize(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/viewtopic.php?t=12345",  # a topic id
        "http://127.0.0.1/a/1.html?v=2",  # a version
        "http://127.0.0.1/show.php?id=1701234567",  # an id that looks like a time, under an id key
        "http://127.0.0.1/s?src=11&timestamp=1581604662&ver=2156&signature=0DjdDDf7",  # signed: the time counts
    ],
)
def test_ids_and_signed_times_are_kept(url: str) -> None:
    assert canonicalize(url) == url
