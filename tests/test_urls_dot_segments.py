"""crawl13: a link written with dot segments (/news/./2024/../2024/1.html, common in CMS templates that
build paths from pieces) was a frontier row of its own, though the HTTP client requests the same page for
it: the page was fetched twice. canonicalize removes them as RFC 3986 5.2.4 says."""

from __future__ import annotations

import pytest

from newscorpus.urls import canonicalize


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1/news/./2024/../2024/0315/1.html", "http://127.0.0.1/news/2024/0315/1.html"),
        ("http://127.0.0.1/a/b/c/../", "http://127.0.0.1/a/b/"),
        ("http://127.0.0.1/a/b/..", "http://127.0.0.1/a/"),
        ("http://127.0.0.1/../../x.html", "http://127.0.0.1/x.html"),  # never above the root
        ("http://127.0.0.1/a/./?id=5", "http://127.0.0.1/a/?id=5"),
    ],
)
def test_dot_segments_are_removed(url: str, expected: str) -> None:
    assert canonicalize(url) == expected


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1/.well-known/x", "http://127.0.0.1/a..b/c.html", "http://127.0.0.1/v1.2/x"]
)
def test_dots_inside_a_segment_are_kept(url: str) -> None:
    assert canonicalize(url) == url
