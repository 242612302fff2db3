"""A work's own dates in a review's info box are no publish time: 发售日期 (a game's release), 上映日期 (a film's),
首播时间 (a show's) label the work's day, and the review's bar stamp stands (blind28's game review fragment was
dated by its 发售日期 at 00:00 over the bar's 10:05:12)."""

import pytest

from newscorpus.scrapers.datelines import shown_datetime

_BAR = "2022-07-19 14:30:08 来源：某游戏网 作者：阿青"


@pytest.mark.parametrize(
    "info",
    ["游戏信息：发售日期：2022年7月19日", "影片信息：上映日期：2022-07-19", "节目信息：首播时间：2022年7月19日 20:00"],
)
def test_the_bar_stamp_wins_over_the_works_release_day(info: str) -> None:
    title = "《山海旅人》评测：一段安静的旅程"
    assert shown_datetime([title, _BAR, info], None, title=title) == "2022-07-19T14:30:08+08:00"


def test_a_publish_label_still_wins() -> None:
    title = "《山海旅人》评测：一段安静的旅程"
    lines = [title, "2022-07-18 来源：某游戏网", "发布日期：2022-07-19 14:30"]
    assert shown_datetime(lines, None, title=title) == "2022-07-19T14:30:00+08:00"
