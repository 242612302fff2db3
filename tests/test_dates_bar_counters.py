"""A bar's numbers that are no dates: a time alone after a line already stamped with one (an audio player's
length) is not glued to it, and a bare counter closing the bar (hits) does not make the bar a list item.

blind27's county media fragment lost its publish time to both: ``2019-05-28 17:42 <unit> 通讯员：X 2317`` then
``03:12`` under it read as one line ``… 2317 03:12``."""

from newscorpus.scrapers.datejoin import with_labels
from newscorpus.scrapers.datelines import _KEY, shown_datetime

_BAR = "2021-09-14 08:05 城关镇融媒体中心 通讯员：龙清 5120"


def test_a_time_alone_after_a_stamped_line_stays_apart() -> None:
    assert with_labels([_BAR, "04:27"], _KEY) == [_BAR, "04:27"]


def test_a_time_alone_after_its_date_is_still_glued() -> None:
    assert with_labels(["2016年3月5日", "星期六", "09:05"], _KEY) == ["2016年3月5日 星期六 09:05"]


def test_the_bar_keeps_its_time_above_a_players_length() -> None:
    title = "城关镇秋收图景"
    assert shown_datetime([title, _BAR, "04:27"], None, title=title) == "2021-09-14T08:05:00+08:00"


def test_a_bar_closed_by_a_counter_is_no_list_item() -> None:
    assert shown_datetime([_BAR], None) == "2021-09-14T08:05:00+08:00"


def test_a_headline_then_its_date_is_still_a_list_item() -> None:
    # a list item off the bar, page-wide: its date is its own story's
    assert shown_datetime(["城关镇召开秋季农业生产工作推进会议 2021-09-10"], None) is None
