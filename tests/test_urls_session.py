"""crawl12: a session id in a link (Discuz's sid=, PHPSESSID, Java's ;jsessionid=) makes one page a new
URL per visitor; canonical URLs drop it, so the frontier and the corpus hold the page once. A numeric
sid= is some site's id and stays."""

from __future__ import annotations

import pytest

from newscorpus.urls import canonicalize


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://bbs.example.com/forum.php?mod=viewthread&tid=9&sid=Ab3dE9", "http://bbs.example.com/forum.php?mod=viewthread&tid=9"),
        ("http://news.example.com/a.php?aid=5005&PHPSESSID=9f8e7d6c5b4a", "http://news.example.com/a.php?aid=5005"),
        ("http://news.example.com/n/2024/0315/1.html;jsessionid=0A1B2C3D4E?x=1", "http://news.example.com/n/2024/0315/1.html?x=1"),
        ("http://news.example.com/n/1.html?sessionid=abc&utm_source=x", "http://news.example.com/n/1.html"),
    ],
)  # fmt: skip
def test_session_ids_are_dropped(url: str, expected: str) -> None:
    assert canonicalize(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "http://news.example.com/show.php?sid=12345",  # a story id under that name
        "http://news.example.com/list.php?sid=sports",  # a section name, no token
        "http://news.example.com/show.php?id=7&sid=ab12",  # too short for a token
    ],
)
def test_ids_named_like_sessions_are_kept(url: str) -> None:
    assert canonicalize(url) == url


def test_two_visitors_links_to_one_page_are_one_url() -> None:
    first = canonicalize("http://bbs.example.com/viewthread.php?tid=88&sid=Qx7Lm2")
    second = canonicalize("http://bbs.example.com/viewthread.php?tid=88&sid=Zr4Tn8")
    assert first == second == "http://bbs.example.com/viewthread.php?tid=88"
