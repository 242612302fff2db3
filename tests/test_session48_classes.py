"""Classes session 48 found in blind103n's pages and strings (flipped to tune at the session's start): a
wire's short name closing a story in brackets (（彭博）) read as a person signing off; a call to join the
comments glued after the source in the bar (来源：X网<span>参与互动</span>); a self-media platform's desk ID
as the editor (责任编辑：网易号_NE0001); an outlet's app or channel glued on by a middle dot beside the time
(X报·Y视频) cut at the dot; a unit after 来稿; 所属栏目 read as a name's tail; 编辑发布 as an editor's label;
a CMS's unfilled template fields ([db:来源]); 供稿 glued after a writer's name, and a site's own body
(本寺X, 本校X) before 供稿 read as a person. Written as other outlets, names and wordings than the batch's,
with controls: persons signing off, the font switch and 老字号, portal desk IDs after a person, a
section after the dot, a dot set off by gaps, a person after 来稿, and 供稿 after a unit.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

from .helpers import line_fields


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("（彭博）", (None, "彭博", None)),
        ("（美联）", (None, "美联", None)),
        # controls: a person signing off, an agency by its full name, and a Japanese writer
        ("（王健）", ("王健", None, None)),
        ("（路透社）", (None, "路透社", None)),
        ("（共同）", (None, "共同", None)),
    ],
)
def test_a_wires_short_name_in_closing_brackets_is_the_source(
    line: str, fields: tuple[str | None, str | None, str | None]
) -> None:
    assert line_fields(line) == fields


_MARKET_STORY = (
    "<p>美國聯儲局周三議息後宣布維持利率不變，但暗示年內可能多次加息，市場反應激烈。</p>"
    "<p>消息公布後，港股夜期一度急跌逾三百點，美元兌日圓則升至一百一十四水平。</p>"
    "<p>有本地銀行經濟師指出，港元拆息或隨即上升，按揭客戶的供款壓力將逐步浮現。</p>"
)


def _closing_page(closing: str, story: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>聯儲局暗示年內加息 港股夜期急跌 - 財經日報</title></head><body>"
        "<div class='nav'><a href='/'>首頁</a> <a href='/finance/'>財經</a></div>"
        "<div class='article'><h1>聯儲局暗示年內加息 港股夜期急跌</h1>"
        "<div class='time'>2022年3月17日 04:21</div>"
        f"<div class='content'>{story}<p>{closing}</p></div></div>"
        "<div class='footer'>版權所有 財經日報</div></body></html>"
    )


@pytest.mark.parametrize("repeat", [1, 8])
@pytest.mark.parametrize(
    ("closing", "author", "source"),
    [("（彭博）", None, "彭博"), ("（法新）", None, "法新"), ("（李樂）", "李樂", None)],
)
def test_a_story_closing_with_a_wires_short_name_credits_the_wire(
    repeat: int, closing: str, author: str | None, source: str | None
) -> None:
    html = _closing_page(closing, _MARKET_STORY * repeat)
    article = parse_html(html, "https://finance.example.com/article/20220317/fed.html", Registry.load())
    assert (article.author, article.source) == (author, source)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("2022-10-11 16:38　来源：中新网参与互动", "中新网"),
        ("来源：光明网我要评论", "光明网"),
        ("來源：中央通訊社參與互動", "中央通訊社"),
        # controls: the font switch as before, and a name ending in 字号 of its own
        ("来源：澎湃新闻字号", "澎湃新闻"),
        ("来源：中华老字号", "中华老字号"),
    ],
)
def test_a_call_to_comment_glued_after_the_source_is_no_part_of_it(line: str, source: str) -> None:
    assert line_fields(line)[1] == source


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("责任编辑：网易号_NE0001", None),
        ("责任编辑：百家号_BJH002", None),
        # controls: a portal desk's ID after a person, and a login before one
        ("责任编辑：王晓易_NE0011", "王晓易"),
        ("责任编辑：lollyli 李伟", "李伟"),
    ],
)
def test_a_platforms_desk_id_names_no_editor(line: str, editor: str | None) -> None:
    assert line_fields(line)[2] == editor


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("2021年07月21日 14:32　楚天都市报·看楚天", "楚天都市报·看楚天"),
        ("2023-04-02 09:10 钱江晚报·小时新闻 记者 陆晨", "钱江晚报·小时新闻"),
        # controls: a two-character section after the dot, a dot set off by gaps, and a platform's tag
        ("2021-07-21 14:32 界面新闻·宏观", "界面新闻"),
        ("2021-07-21 14:32 大河报 · 豫视频", "大河报"),
        ("2021-07-21 14:32 钱江晚报·企鹅号", "钱江晚报"),
    ],
)
def test_an_outlets_channel_glued_on_by_a_middle_dot_is_one_source(line: str, source: str) -> None:
    assert line_fields(line)[1] == source


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("来稿：县中医院 宣传科", (None, "县中医院 宣传科", None)),
        ("来稿：市第二中学", (None, "市第二中学", None)),
        ("來稿：縣人民醫院", (None, "縣人民醫院", None)),
        # controls: a person after 来稿 wrote it, and 供稿 after a unit as before
        ("来稿：孙一鸣", ("孙一鸣", None, None)),
        ("供稿：县中医院 宣传科", (None, "县中医院 宣传科", None)),
    ],
)
def test_a_unit_after_来稿_sent_the_piece_in(line: str, fields: tuple[str | None, str | None, str | None]) -> None:
    assert line_fields(line) == fields


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("发表时间：2006-3-9 21:40:17　作者：山鬼　所属栏目：闲聊灌水", ("山鬼", None, None)),
        ("作者：周小溪 所屬欄目：校園動態", ("周小溪", None, None)),
        ("编辑发布：妙音", (None, None, "妙音")),
        ("作者：刘平　编辑发布：陈晨　发布时间：2019-01-02", ("刘平", None, "陈晨")),
        ("作者：[db:作者]　来源：[db:来源]", (None, None, None)),
        ("作者：韩梅　来源：[db:来源]", ("韩梅", None, None)),
        ("来源：{dede:field.source/} 作者：梁实", ("梁实", None, None)),
        # controls: the taxonomy and editor labels the grammar knew
        ("作者：山鬼　栏目：闲聊灌水", ("山鬼", None, None)),
        ("编辑：陈晨　发布时间：2019-01-02", (None, None, "陈晨")),
    ],
)
def test_labels_and_template_fields_that_are_no_value(
    line: str, fields: tuple[str | None, str | None, str | None]
) -> None:
    assert line_fields(line) == fields


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("（本寺斋堂供稿）", (None, None, None)),
        ("（本馆典藏供稿）", (None, None, None)),
        ("（本会会务供稿）", (None, None, None)),
        ("文/赵小川供稿", ("赵小川", None, None)),
        ("文/众弟兄供稿", (None, None, None)),
        # controls: a person before 供稿, a unit of one's own before 供稿 as a source, and a plain writer
        ("（林芳供稿）", ("林芳", None, None)),
        ("（本田太郎供稿）", ("本田太郎", None, None)),  # 本 leading a Japanese surname, no pronoun
        ("（本校团委供稿）", (None, "本校团委", None)),
        ("（本会秘书组供稿）", (None, "本会秘书组", None)),
        ("文/赵小川", ("赵小川", None, None)),
    ],
)
def test_供稿_glued_after_a_name_or_a_sites_own_body(
    line: str, fields: tuple[str | None, str | None, str | None]
) -> None:
    assert line_fields(line) == fields
