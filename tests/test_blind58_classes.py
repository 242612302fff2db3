"""Classes learnt in session 21: from blind57's byline strings (tune material since session 20) and from blind58
(tune material once blind59 was written), as hand-written variants in other wordings, markup and sites: never
a copy of a blind page.

Bylines: a credit in round brackets ends where its bracket closes, however short the story's words after it;
an outlet's own WeChat account after 来源 stays the source, any other account (a name with its ID) is the author;
a bracket of names read alone is a story's sign-off; 发帖 glued before 时间 is the label's; a government's
release account (X发布) after a reporter's name is no second name.
Dates: a permalink's title giving the time of day alone over a date shown alone (WordPress twentyten's
<a title="下午 9:42" rel="bookmark">), its meridiem before or after the clock.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.dates import parse_datetime
from newscorpus.scrapers.registry import Registry

from .helpers import STORY_PROSE


@pytest.mark.parametrize(
    ("line", "author", "source", "editor"),
    [
        ("新华社上海3月2日电（记者 周琳 何欣荣）上海市统计局2日发布", "周琳 何欣荣", None, None),
        ("中新社广州8月9日电（记者 郭军）广东省气象台9日称", "郭军", None, None),
        ("本报讯（记者 林晓 通讯员 陈宇）昨日", "林晓 陈宇", None, None),
        ("（记者 吴敏（实习））市教育局表示", "吴敏", None, None),
        ("来源：微信公众号 南方都市报", None, "南方都市报", None),
        ("来源：公众号「扬子晚报」", None, "扬子晚报", None),
        ("来源：微信公众号 深夜书房", "深夜书房", None, None),
        ("来源：小城故事会（ID：xc）", "小城故事会", None, None),
        ("（刘一鸣 赵晨）", "刘一鸣 赵晨", None, None),
        ("（孙立）", "孙立", None, None),
        ("（资料图）", None, None, None),
        ("楼主：江边钓鱼人发帖时间：2011-06-02 10:11", "江边钓鱼人", None, None),
        ("记者 周晓楠 潍坊发布 2022-03-01 09:00", "周晓楠", None, None),
    ],
)
def test_byline_lines(line: str, author: str | None, source: str | None, editor: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source, found.editor) == (author, source, editor)


def _blog_post(permalink_title: str, sidebar: str = "") -> str:
    return (
        "<html><head><meta charset='utf-8'><title>重装系统小记 | 小林的博客</title></head><body><div id='main'>"
        "<div class='post'><h2 class='entry-title'>重装系统小记</h2><div class='entry-meta'>"
        "<span class='meta-prep'>发表于</span> <a href='http://blog.example.test/2013/04/reinstall/' "
        f"title='{permalink_title}' rel='bookmark'><span class='entry-date'>2013年4月8日</span></a> "
        "<span class='meta-sep'>由</span> <span class='author vcard'>小林</span></div>"
        f"<div class='entry-content'>{STORY_PROSE}</div></div>{sidebar}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("title", "when"),
    [
        ("下午 3:05", "2013-04-08T15:05:00+08:00"),
        ("3:05 下午", "2013-04-08T15:05:00+08:00"),
        ("上午10:20", "2013-04-08T10:20:00+08:00"),
        ("8:40 pm", "2013-04-08T20:40:00+08:00"),
    ],
)
def test_a_permalinks_clock_title_over_a_date_alone(registry: Registry, title: str, when: str) -> None:
    article = parse_html(_blog_post(title), "http://blog.example.test/2013/04/reinstall/", registry)
    assert article.published_at == when


def test_a_clock_title_on_another_element_times_nothing(registry: Registry) -> None:
    sidebar = "<ul class='recent'><li><a href='/2013/04/other/' title='下午 3:05'>另一篇文章的标题在这里</a></li></ul>"
    html = _blog_post("重装系统小记", sidebar)
    article = parse_html(html, "http://blog.example.test/2013/04/reinstall/", registry)
    assert article.published_at == "2013-04-08T00:00:00+08:00"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("2011-11-27 9:42 下午", "2011-11-27T21:42:00+08:00"),
        ("发表于 2011年11月27日 9:42 上午 由 阿水", "2011-11-27T09:42:00+08:00"),
        ("2011-11-27 9:42 下午茶会开始", "2011-11-27T09:42:00+08:00"),
    ],
)
def test_a_meridiem_word_after_the_clock(text: str, when: str) -> None:
    assert parse_datetime(text) == when
