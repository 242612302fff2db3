"""Publish-time class of blind23/blind24's long tail (misc-w10), pinned on hand-written variants: a run of
dates each alone on its line (a press archive's days, a calendar's links) is navigation, no stamp of the page;
the page-wide search dates the page by the stamp it prints elsewhere (blind24's HK notice was dated by its
archive list's first day at midnight, its footer says ``2019年6月14日（星期五）<br>香港時間19時25分``).
Two dates alone, or a run with no other date on the page, still date it as before.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.datelines import page_datetime
from newscorpus.scrapers.registry import Registry

_STORY = (
    "<p>卫生部门今日公布，本区新增两宗外地传入个案，呼吁市民保持警觉，采取有效的防蚊措施，清除积水。</p>"
    "<p>第一宗个案涉及一名三十四岁女子，她于本月八日出现发烧及头痛等病征，现情况稳定，正接受隔离观察。</p>"
    "<p>发言人表示，当局已展开流行病学调查，并已通知相关部门进行病媒调查及防治工作，呼吁市民配合。</p>"
)


def _notice(archive: str, footer: str) -> str:
    """A notice page: the archive's days in the navigation above, the story, its stamp in the footer."""
    title = "卫生部门调查两宗外地传入个案"
    return (
        f"<html><head><title>{title}</title></head><body><div id='nav'><a href='/'>新闻公报</a>"
        f"<a href='/photo'>图片</a><a href='/video'>影片</a><a href='/archive'>新闻公报档案</a></div>"
        f"<div class='days'>{archive}</div><div id='main'><h1>{title}</h1><div id='content'>{_STORY}"
        f"<p>完</p></div><div class='stamp'>{footer}</div></div><div id='foot'>设计及管理 版权所有</div></body></html>"
    )


def _links(days: list[str]) -> str:
    return "<ul>" + "".join(f"<li><a href='/day/{n}.htm'>{day}</a></li>" for n, day in enumerate(days)) + "</ul>"


def _spans(days: list[str]) -> str:
    return "".join(f"<div class='d'><a href='/d{n}'>{day}</a></div>" for n, day in enumerate(days))


@pytest.mark.parametrize(
    ("archive", "footer", "want"),
    [
        (
            _links(["2019年6月14日", "2019年6月13日", "2019年6月12日", "2019年6月11日"]),
            "2019年6月14日（星期五）<br>香港時間19時25分",
            "2019-06-14T19:25:00+08:00",
        ),
        (
            _links(["2021-03-05", "2021-03-04", "2021-03-03"]),
            "2021-03-05 10:20",
            "2021-03-05T10:20:00+08:00",
        ),
        (
            _spans(["2016/07/12", "2016/07/11", "2016/07/10", "2016/07/09", "2016/07/08"]),
            "2016年7月12日 星期二<br>08:05",
            "2016-07-12T08:05:00+08:00",
        ),
        # The archive's first day is not the notice's: the stamp gives the day too.
        (
            _links(["2023年1月10日", "2023年1月9日", "2023年1月6日"]),
            "2023年1月6日 北京时间 17:45",
            "2023-01-06T17:45:00+08:00",
        ),
        (
            _spans(["2012.11.30", "2012.11.29", "2012.11.28"]),
            "2012-11-29 21:08 来源：本站",
            "2012-11-29T21:08:00+08:00",
        ),
        # The archive's days printed without their year (the year comes from the stamp's).
        (
            _links(["2015年10月14日", "10月13日", "10月12日", "10月11日"]),
            "2015年10月14日<br>香港时间 06:30",
            "2015-10-14T06:30:00+08:00",
        ),
    ],
)
def test_an_archive_list_of_days_is_no_stamp(archive: str, footer: str, want: str) -> None:
    article = parse_html(_notice(archive, footer), "https://www.example-gov.hk/notice/P1.htm", Registry.load())
    assert article.published_at == want


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        # A run and no other date: the list's first day, as before (nothing better dates the page).
        (
            ["新闻公报", "2019年6月14日", "2019年6月13日", "2019年6月12日", "正文很长的一句话"],
            "2019-06-14T00:00:00+08:00",
        ),
        # Two dates alone are no run: the first still dates the page.
        (["2019年6月14日", "2019年6月13日", "正文", "2019-06-13 19:25 来源：本站"], "2019-06-14T00:00:00+08:00"),
        # Dates alone with a headline's item between them are no run of one list.
        (
            ["2019年6月14日", "2019年6月13日", "2019-06-12 19:25 来源：本站", "2019年6月11日"],
            "2019-06-14T00:00:00+08:00",
        ),
    ],
)
def test_dates_alone_that_are_no_run_still_count(lines: list[str], want: str) -> None:
    assert page_datetime(lines, None) == want


def test_a_forum_posts_day_label_keeps_its_midnight_over_a_replys_time() -> None:
    # A post stamped with its day only and a reply the same day: no run of dates alone, the label wins.
    lines = ["楼主", "发表于 2020-02-16", "正文内容", "回复", "发表于 2020-02-16 22:31"]
    assert page_datetime(lines, None) == "2020-02-16T00:00:00+08:00"


def test_a_lists_items_dated_on_their_own_lines_are_no_run() -> None:
    # The story's day alone under its headline, then a list whose items print their dates on the next line:
    # the dates are alone but never on lines in a row, so the story's day still dates the page.
    lines = [
        "标题",
        "2019年6月14日",
        "正文第一段",
        "相关新闻",
        "渡轮班次调整",
        "2019年6月13日",
        "海岸清洁运动",
        "2019年6月12日",
    ]
    lines += ["郊野公园开放", "2019年6月11日"]
    assert page_datetime(lines, None) == "2019-06-14T00:00:00+08:00"
