"""The bar's writer credited again in the story's opening bracket with co-writers is one credit: all of
them write the story (blind16's bjnews: 记者：张静姝 over 新京报讯（记者 张静姝 实习生 陈婉莹）)."""

from __future__ import annotations

import pytest

from newscorpus.scrapers.byline import parse_byline

_STORY = "12月5日，记者从北京市交通委获悉，地铁3号线一期、12号线将于12月15日开通试运营，届时总里程将达到879公里。"


@pytest.mark.parametrize(
    ("bar", "credit", "want"),
    [
        ("记者：张静姝", "新京报讯（记者 张静姝 实习生 陈婉莹）", "张静姝 陈婉莹"),
        ("作者：李明", "本报讯（记者 李明 通讯员 王芳 赵磊）", "李明 王芳 赵磊"),
        ("记者 周远", "（记者 周远 刘洋）", "周远 刘洋"),
        # Another writer in the bracket is no co-writer of the bar's: the bar's stands.
        ("记者：王五", "（记者 张静姝 实习生 陈婉莹）", "王五"),
        # The same writer alone: nothing to add.
        ("记者：张静姝", "新京报讯（记者 张静姝）", "张静姝"),
    ],
)
def test_the_opening_credit_adds_the_bars_co_writers(bar: str, credit: str, want: str) -> None:
    assert parse_byline(["新京报", bar, "2023-12-05 14:26", credit + _STORY]).author == want
