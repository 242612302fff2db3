"""Classes session 40 found in blind95n's strings and pages (flipped to tune at the session's start): a bar's inline
elements glued when a site rule's headline selectors miss (``来源：X评论``); a bracketed bar's field running into the
next (``【作者：X】【字数：…】``); 记录 glued after a word read as a note-taker's label; a channel link written with its
host taken for the source; a desk's nickname before ``/ 文``; the hyphenation point (``‧``) between a bar's fields.
Written as other outlets, names and wordings than the batch's, each with controls.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

from .helpers import line_fields

_STORY = (
    "<p>记者从市交通运输局获悉，今年一季度全市新开通公交线路十二条，优化调整线路二十三条，覆盖新建小区四十余个。</p>"
    "<p>市交通运输局有关负责人表示，下一步将继续加密城区与开发区之间的班次，方便市民通勤出行。</p>"
)


def _page(heading: str, bar: str) -> str:
    return (
        "<html><head><title>全市新开通公交线路十二条_新闻</title></head><body><div class='wrap'>"
        f"<div class='box'>{heading}<div class='time fix'>{bar}</div>"
        f"<div class='all-txt article-content' id='artibody'>{_STORY}</div></div></div></body></html>"
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://www.guancha.cn/local/2019_03_12_5521.shtml",
        "https://news.sina.com.cn/c/2019-03-12/doc-ihsxncvh1234567.shtml",
    ],
)
@pytest.mark.parametrize(
    ("heading", "bar", "source"),
    [
        # The rule's headline selectors miss (another template's heading): the bar is still read with its
        # elements apart, as the generic path reads it, and the comment link after the outlet is no part of it.
        (
            "<h3>全市新开通公交线路十二条</h3>",
            "<span>2019-03-12 09:12</span><span>来源：江城日报</span><span><a href='#c'>评论</a></span>",
            "江城日报",
        ),
        (
            "<h2>全市新开通公交线路十二条</h2>",
            "<span>2019-03-12 09:12</span><span>来源：江城晚报</span><a href='#c'>评论</a>",
            "江城晚报",
        ),
        # Controls: an outlet whose own name ends in 评论 keeps it; a bar of one text stays as it is.
        (
            "<h3>全市新开通公交线路十二条</h3>",
            "<span>2019-03-12 09:12</span><span>来源：新京报评论</span>",
            "新京报评论",
        ),
        ("<h3>全市新开通公交线路十二条</h3>", "2019-03-12 09:12 来源：江城日报", "江城日报"),
    ],
)
def test_a_bar_under_a_headline_the_rule_misses_is_read_with_its_elements_apart(
    url: str, heading: str, bar: str, source: str
) -> None:
    assert parse_html(_page(heading, bar), url, Registry.load()).source == source


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("【作者：林小舟】【字数：2870】【更新：2016-03-02】", ("林小舟", None, None)),
        ("【编辑：周岩】【页数：3】", (None, None, "周岩")),
        ("[作者：林小舟][章节数：12]", ("林小舟", None, None)),
        ("【来源：本站原创】【字数：2870】", (None, "本站原创", None)),
        # Controls: a field alone in its brackets, a bracketed value, and the next field's label the grammar knows.
        ("【作者：林小舟】", ("林小舟", None, None)),
        ("来源：【江南日报】【发布：2016-03-02】", (None, "江南日报", None)),
        ("【作者：林小舟】【来源：江南日报】", ("林小舟", "江南日报", None)),
    ],
)
def test_a_bracketed_bar_field_ends_where_the_next_opens(line: str, want: tuple[str | None, ...]) -> None:
    assert line_fields(line) == want


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("本帖最近评分记录：金钱 +10 精华推荐", None),
        ("本帖最近评分记录:声望 +3", None),
        ("会议记录：苗青", None),
        # Controls: the note-taker's own field, at the line's start, after a space or in brackets.
        ("记录：苗青", "苗青"),
        ("口述：老党员 周德顺\u3000记录：苗青", "周德顺 苗青"),
        ("（记录：苗青）", "苗青"),
    ],
)
def test_a_note_takers_label_glued_after_a_word_is_a_compound(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author


def _newscn(channel: str) -> str:
    return (
        "<html><head><title>全市新开通公交线路十二条-新华网</title></head><body>"
        f"<div class='header-top'><div class='source'>{channel}</div></div>"
        "<div class='head-line'><h1><span class='title'>全市新开通公交线路十二条</span></h1></div>"
        "<div class='header-bar'><div class='source'>来源：江城日报</div></div>"
        f"<div id='detail'>{_STORY}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("channel", "source"),
    [
        # A channel link first in the rule's source slot, written with its host: the bar's 来源 below is the source.
        ("<a href='http://www.news.cn/local/'>地方</a>", "江城日报"),
        ("<a href='https://www.news.cn/politics/leaders/'>高层</a>", "江城日报"),
        ("<a href='//www.news.cn/fortune/'>财经</a>", "江城日报"),
        # Controls: an outlet's name linked to a section or to its home stays the source.
        ("<a href='http://www.news.cn/local/'>新华网</a>", "新华网"),
        ("<a href='http://www.jcwb.cn/'>江城晚报</a>", "江城晚报"),
    ],
)
def test_a_channel_link_with_its_host_is_no_source(channel: str, source: str) -> None:
    url = "http://www.news.cn/local/2019-03/12/c_1124229876.htm"
    assert parse_html(_newscn(channel), url, Registry.load()).source == source


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("义工 小郑 / 文\u3000社工站 / 供图", "小郑"),
        ("馆员 老何/文 小林/图", "老何"),
        ("志愿者 小郑 / 文；阿梅 / 图", "小郑"),
        ("林海/文，陈卓/图", "林海"),
        # Controls: a nickname credited for the pictures wrote nothing; a word going on after 文 is no role.
        ("馆员 老何/图 小林/摄", None),
        ("小郑/文章", None),
    ],
)
def test_a_desks_nickname_signs_with_the_role_after_it(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("來源：光華日報‧記者：陳慧玲‧編輯：林志強", ("陳慧玲", "光華日報", "林志強")),
        ("來源：光華日報·記者：陳慧玲·編輯：林志強", ("陳慧玲", "光華日報", "林志強")),
        ("作者：周岩·来源：江南日报", ("周岩", "江南日报", None)),
        # Controls: a transliterated name keeps its dot; the bar spaced around its points read as before.
        ("作者：约翰·史密斯", ("约翰·史密斯", None, None)),
        ("來源：光華日報 ‧ 記者：陳慧玲", ("陳慧玲", "光華日報", None)),
    ],
)
def test_a_glued_point_parts_a_bars_fields(line: str, want: tuple[str | None, ...]) -> None:
    assert line_fields(line) == want
