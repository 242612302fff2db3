"""Classes session 47 found in blind102n's pages and strings (flipped to tune at the session's
start): a dispatch's day written in Chinese numerals (中央社記者X台北十八日電, 新华社北京十月五日电)
where the dateline readers expect digits; a second reader's 复核 credit and an issue's 本期审核
read into the editor's name before them; a village's or township's name before its writer
(（X村 王某）) or before 供稿; a blog footer's time of day printed before its date with a bar
between (at 23:41 | 2013年3月16日). Written as other outlets, places, names and wordings than the
batch's, with controls: digit datelines, a word going on after 电, a day no dateline writes, a
Japanese surname ending in 村, 审核 and 责编 credits, and a number before a bar that is no time.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.bylineunits import is_unit_word
from newscorpus.scrapers.dates import parse_datetime
from newscorpus.scrapers.registry import Registry

from .helpers import line_fields


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("（中央社記者陳怡安高雄二十日電）高雄市政府今天宣布，港區將擴建物流園區。", ("陳怡安", "中央社", None)),
        ("〔中央社記者王思涵台中三日電〕台中市今天起試辦夜間公車。", ("王思涵", "中央社", None)),
        ("新华社南京十一月二十六日电（记者 顾敏）江苏今年新建改建农村公路三千公里。", ("顾敏", "新华社", None)),
        ("中新网广州十二月一日电（记者 郑伟）广州地铁新线今日开通。", ("郑伟", "中新网", None)),
        # the spaced digits' reader stops at the same marks (one set of stops for both)
        ("〔中央社記者王思涵台中 3 日電〕台中市今天起試辦夜間公車。", ("王思涵", "中央社", None)),
        # controls: the same credits in digits read as before; a word going on after 电 is no dateline
        ("（中央社記者陳怡安高雄20日電）高雄市政府今天宣布，港區將擴建物流園區。", ("陳怡安", "中央社", None)),
        ("新华社南京11月26日电（记者 顾敏）江苏今年新建改建农村公路三千公里。", ("顾敏", "新华社", None)),
        ("同一日电视台播出了这档节目", (None, None, None)),
    ],
)
def test_a_datelines_day_in_chinese_numerals_reads_as_in_digits(
    line: str, fields: tuple[str | None, str | None, str | None]
) -> None:
    assert line_fields(line) == fields


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("编辑 / 林木 复核 / 丁宁", "林木"),
        ("编辑：韩雪 复核：孔亮", "韩雪"),
        ("責任編輯：吳佩珊 複核：林志豪", "吳佩珊"),
        ("本期编辑：秋实　本期审核：卫东", "秋实"),
        ("本期编辑：秋实　本期校对：卫东", "秋实"),
        # controls: the reviewer's credits the grammar knew, and an issue's editor alone
        ("编辑：韩雪 审核：孔亮", "韩雪"),
        ("本期编辑：秋实", "秋实"),
        ("作者：程远 本期责编：卫东", "卫东"),
    ],
)
def test_a_reviewers_credit_ends_the_editors_name(line: str, editor: str) -> None:
    assert line_fields(line)[2] == editor


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("（东坪村 赵有田）", ("赵有田", None, None)),
        ("（石门镇 刘春燕）", ("刘春燕", None, None)),
        ("（柳溪村 供稿）", (None, "柳溪村", None)),
        ("（桃源乡 供稿）", (None, "桃源乡", None)),
        # controls: an office before its member, as before; a Japanese name whose surname ends in 村
        ("（秘书处 张玲）", ("张玲", None, None)),
        ("（安环部 供稿）", (None, "安环部", None)),
        ("（中村 一郎）", ("中村一郎", None, None)),
    ],
)
def test_a_village_or_township_before_its_writer_or_供稿_is_a_unit(
    line: str, fields: tuple[str | None, str | None, str | None]
) -> None:
    assert line_fields(line) == fields


@pytest.mark.parametrize(
    ("word", "unit"),
    [
        ("东坪村", True),
        ("柳溪村", True),
        # controls: an account named for its beat, the countryside, a Japanese surname
        ("老马说农村", False),
        ("美丽乡村", False),
        ("看山村", False),
        ("中村", False),
    ],
)
def test_a_village_is_a_unit_word_the_countryside_is_not(word: str, unit: bool) -> None:
    assert is_unit_word(word) is unit


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("posted by 林间 at 21:07 | 2012年9月4日 星期二", "2012-09-04T21:07:00+08:00"),
        ("发表于 08:15｜2016-04-22", "2016-04-22T08:15:00+08:00"),
        # controls: a gap alone as before; a count before a bar is no time of day
        ("13:05　2018年5月12日", "2018-05-12T13:05:00+08:00"),
        ("评论 12 | 2013-03-16", "2013-03-16T00:00:00+08:00"),
        ("2013-03-16 | 阅读 23:41", "2013-03-16T00:00:00+08:00"),
    ],
)
def test_a_time_of_day_before_its_date_across_a_bar(text: str, published: str) -> None:
    assert parse_datetime(text) == published


_BLOG_STORY = (
    "<p>上周把家里的旧路由器刷成了旁路网关，折腾了两个晚上，总算把广告过滤和内网解析都跑通了。</p>"
    "<p>最大的坑是固件版本：新版默认关掉了 IPv6 转发，导致部分设备解析失败，回退到旧版才恢复正常。</p>"
    "<p>记录一下步骤，给以后的自己留个备忘，也许对有同样需求的朋友有点用。</p>"
)


def _blog(footer: str, story: str = _BLOG_STORY) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>旧路由器刷成旁路网关的记录 - 林间小记</title></head><body>"
        "<div id='header'><h1 class='blog-title'><a href='/'>林间小记</a></h1></div>"
        "<div class='post'><h2 class='post-title'>旧路由器刷成旁路网关的记录</h2>"
        f"<div class='post-body'>{story}</div>"
        f"<div class='post-footer'>{footer}</div></div>"
        "<div id='footer'>Powered by Blogger</div></body></html>"
    )


@pytest.mark.parametrize("repeat", [1, 10])
def test_a_blog_footers_time_before_its_date_dates_the_post(repeat: int) -> None:
    # the footer after a long post too: the stamp is read where the post's lines end
    footer = "posted by <a href='/about.html'>林间</a> at 22:18 | 2014年6月7日 星期六 | <a href='#c'>评论(3)</a>"
    html = _blog(footer, _BLOG_STORY * repeat)
    article = parse_html(html, "http://linjian.blogspot.com/2014/06/router.html", Registry.load())
    assert article.published_at == "2014-06-07T22:18:00+08:00"
