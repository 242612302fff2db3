"""A related item whose headline is written in figures alone keeps it: only a video's length or a bare count
is no headline (session 8's rule dropped "3200×1440" too, and the crawled portal's seed 3 lost an item on
seven pages)."""

from __future__ import annotations

import pytest

from .helpers import STORY_PAGE_URL, STORY_PROSE, related_after

_STORY = f"<div class='content'><h1>标题</h1>{STORY_PROSE}</div>"


@pytest.mark.parametrize("title", ["3200×1440", "9·11", "3·15", "5·12"])
def test_a_headline_in_figures_is_kept(title: str) -> None:
    items = "".join(
        f"<li><a href='/news/2024/0501/10000{n}.html'>{text}</a></li>"
        for n, text in enumerate([title, "另一篇相关报道的标题在这里", "第三篇相关报道的标题"], start=2)
    )
    got = related_after(_STORY, f"<div class='related'><h3>相关阅读</h3><ul>{items}</ul></div>", STORY_PAGE_URL)
    assert got[0].title == title


@pytest.mark.parametrize("shown", ["00:02:31", "2:31", "▶12:05", "1'45\""])
def test_a_video_length_is_no_headline(shown: str) -> None:
    card = f"<li><a href='/news/2024/0501/100002.html'><img alt='视频里的第一篇报道标题'><span>{shown}</span></a></li>"
    rest = "<li><a href='/news/2024/0501/100003.html'>另一篇相关报道的标题在这里</a></li>"
    got = related_after(_STORY, f"<div class='related'><h3>相关视频</h3><ul>{card}{rest}</ul></div>", STORY_PAGE_URL)
    assert shown not in [item.title for item in got]
