"""Classes session 35 found in blind90n's strings and pages (flipped to tune at the session's start): a mirror's
copy notice quoting an account whose name ends in 发布 read as "由 X 发布" (本文由X收录自公众号“Y发布”); a unit whose
name opens with a counter's word (阅读推广部) taken for the counter; a portal's channel as the outlet of a closing
note whose writers are set apart by 、 and carry an intern's role (（人民网-湖南频道 X、实习生Y）); a guest writer
(特约撰稿人) beside the staff reporter; a content farm's editor by its casual word (小编：X); a finance portal's
forum link after the editor (编辑：X 股吧); a self-media post closing on a list of the outlets it quotes, moved
to its author. From blind89n's strings: an English bar naming its wire before the writers (Reuters | By X); a
librarian's grade before the name (馆员 X). Written as other outlets, names and wordings than the batch's, each with
controls.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.bylineby import by_poster
from newscorpus.scrapers.registry import Registry

from .helpers import line_fields


@pytest.mark.parametrize(
    ("line", "poster"),
    [
        ("本文由公众号文摘收录自微信公众号“象山发布”，版权归原作者所有，如有侵权请联系删除。", []),
        ("本文由看点快报转载自公众号「慈溪发布」，如有侵权请联系删除", []),
        # Controls: a poster named with no quote mark stays that poster.
        ("本文由 老周 于 2019-06-11 发布", ["老周"]),
        ("由 晨风 发布于 2018-03-02", ["晨风"]),
    ],
)
def test_a_quoted_account_ending_in_fabu_is_no_poster(line: str, poster: list[str]) -> None:
    assert by_poster(line) == poster


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("作者：阅读推广中心 王丽", ("王丽", None, None)),
        ("信息来源：阅读推广部", (None, "阅读推广部", None)),
        ("作者：浏览服务部 赵强", ("赵强", None, None)),
        # Controls: the counter itself, after an empty label, names nobody; nor does the back-to-top link, whose
        # 顶部 ends as a department does.
        ("作者：阅读 1234", (None, None, None)),
        ("来源：浏览 2876", (None, None, None)),
        ("来源： 返回顶部", (None, None, None)),
    ],
)
def test_a_unit_opening_with_a_counter_word(line: str, want: tuple[str | None, ...]) -> None:
    assert line_fields(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("（人民网-广西频道 李红、实习生王芳）", ("李红 王芳", "人民网-广西频道", None)),
        ("（新华网-四川频道 张强、通讯员刘洋）", ("张强 刘洋", "新华网-四川频道", None)),
        ("（人民网 唐宁、彭晓）", ("唐宁 彭晓", "人民网", None)),
        ("来源：央视网-体育频道", (None, "央视网-体育频道", None)),
        # Controls: two agencies are no writers; a channel alone is no outlet's.
        ("（路透社/彭博社）", (None, "路透社/彭博社", None)),
        ("（体育频道 李红、王芳）", (None, None, None)),
    ],
)
def test_portal_channel_and_listed_writers_in_a_closing_note(line: str, want: tuple[str | None, ...]) -> None:
    assert line_fields(line) == want


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("本报记者 刘涛 特约撰稿人 孙悦", "刘涛 孙悦"),
        ("记者 王磊 特约撰稿 陈雪", "王磊 陈雪"),
        ("文/本刊记者 周宁 特约撰稿人 胡悦", "周宁 胡悦"),
        # Controls: the guest writer alone, and with the outlet's word.
        ("特约撰稿人 孙悦", "孙悦"),
        ("本刊特约撰稿人 孙悦", "孙悦"),
    ],
)
def test_guest_writer_beside_the_reporter(line: str, author: str) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("小编：糖果 2021-05-01", (None, None, "糖果")),
        ("本站小编：阿杰\u3000发布时间：2020-03-15 10:20", (None, None, "阿杰")),
        # Controls: 小编 as a value names nobody; in prose it is no label.
        ("作者：小编", (None, None, None)),
        ("小编为大家整理了以下几种做法", (None, None, None)),
    ],
)
def test_casual_editor_label(line: str, want: tuple[str | None, ...]) -> None:
    assert line_fields(line) == want


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("编辑：王芳 股吧", "王芳"),
        ("作者：陈明 责任编辑：李强 行情 股吧", "李强"),
        # Control: two editors stay two.
        ("编辑：王芳 李强", "王芳 李强"),
    ],
)
def test_forum_link_after_the_editor(line: str, editor: str) -> None:
    assert line_fields(line)[2] == editor


def _account_post(closing: str) -> tuple[str | None, str | None]:
    """A self-media platform's post: the account's card over it, a closing 来源 line, the platform's notice."""
    html = (
        "<html><head><meta charset='utf-8'><title>暴雨蓝色预警 这些路段注意积水_搜狐网</title></head><body>"
        "<div class='user-info'><div class='user-pic'><a href='//mp.sohu.com/profile?xpt=abc123'>"
        "<img src='//p0.itc.cn/avatar.jpeg'></a></div>"
        "<h4><a href='//mp.sohu.com/profile?xpt=abc123'>鹭岛生活通</a></h4></div>"
        "<div class='text'><h1>暴雨蓝色预警 这些路段注意积水</h1>"
        "<div class='article-info'><span class='time'>2022-06-03 17:20</span><span>发布于：福建省</span></div>"
        "<article class='article'>"
        "<p>今天午后，市区突降大雨，多条道路出现积水，交警部门对部分下穿通道实行临时管制。</p>"
        "<p>气象台17时发布暴雨蓝色预警，预计未来6小时部分地区降雨量将达50毫米以上。</p>"
        "<p>地铁部门提醒，个别站点出入口临时关闭，乘客请从其他出入口进出站。</p>"
        f"<p>{closing}</p></article>"
        "<div class='statement'>平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，"
        "搜狐仅提供信息存储空间服务。</div>"
        "</div></body></html>"
    )
    article = parse_html(html, "https://www.sohu.com/a/555101233_121106869", Registry.load())
    return article.author, article.source


def test_a_list_of_quoted_outlets_is_no_account() -> None:
    assert _account_post("来源：厦门发布、厦门地铁") == ("鹭岛生活通", "厦门发布、厦门地铁")


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("AFP | By Anna Berg and Tom Lowe", ("Anna Berg Tom Lowe", "AFP", None)),
        ("China Daily | By Li Wen | Updated: 2019-01-02", ("Li Wen", "China Daily", None)),
        ("Kyodo | Editor: Sato Ken | 2017-05-03", (None, "Kyodo", "Sato Ken")),
        ("By Anna Berg | Bloomberg | 2019-02-03", ("Anna Berg", "Bloomberg", None)),
        # Controls: a menu's word before the bar is no outlet.
        ("Home | By Anna Berg", (None, None, None)),
        ("Sports | Editor: Sato Ken", (None, None, "Sato Ken")),
    ],
)
def test_english_bar_naming_the_wire_before_the_writers(line: str, want: tuple[str | None, ...]) -> None:
    assert line_fields(line) == want


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("文：馆员 陈悦\u3000图：博物馆陈列部", "陈悦"),
        ("作者：馆员 周敏", "周敏"),
        # Controls: the grade's longer forms, and a person addressed by the title, stay as they were.
        ("作者：副研究馆员 周敏", "周敏"),
        ("作者：周馆员", "周馆员"),
    ],
)
def test_a_librarian_grade_before_the_name(line: str, author: str) -> None:
    assert line_fields(line)[0] == author
