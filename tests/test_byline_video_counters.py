"""A video page's counters are a bar's tools as a story's read counter is: ``播放 3.1万`` beside the names is no
name (blind27's video-first page credited ``吴晓波 林洁琛 播放``)."""

import pytest

from newscorpus.scrapers.byline import parse_byline
from newscorpus.scrapers.bylinebar import without_tools


@pytest.mark.parametrize(
    ("bar", "author"),
    [
        ("作者：周立新 江晓月 播放 4.2万", "周立新 江晓月"),
        ("作者：周立新 观看次数 1,024", "周立新"),
        ("作者：周立新 觀看 3萬", "周立新"),
        ("播放量 18万 作者：周立新", "周立新"),
    ],
)
def test_a_video_counter_in_the_bar_is_no_name(bar: str, author: str) -> None:
    assert parse_byline([without_tools(bar)]).author == author


def test_a_word_of_a_name_or_prose_is_no_counter() -> None:
    # no figure after it: the word stays (a programme's name, a sentence)
    assert without_tools("栏目：播放中 作者：周立新") == "栏目：播放中 作者：周立新"
