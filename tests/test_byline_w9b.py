"""Long-tail credit shapes learnt from blind17-23 (byline-w9b, session 10 wave 2), each pinned by variants of other
units, scripts, wordings and years than the page it was learnt from, and by negatives in the same spot:

- a credit list of label cells under the story (``<dt>作者</dt><dd>X</dd><dt>编辑</dt><dd>Y</dd>``): each label
  counted with its value for the window past the story, and a bare 编辑 cell inside the list is a label;
- the verb a reporter's name closes with, printed label-first with a separator (``报道：X``), labels the writer;
- a unit and its writer opening a line or a bracket go on being read when other fields follow (``（初二年级 X
  指导老师：Y）``: a word of its own before a colon ends the credit, whatever the word; a contact card does not);
- a source value opening with a reprint's verb (``转载自新华网``) names the outlet after it.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_byline, parse_line
from newscorpus.scrapers.registry import Registry

_TEXT = (
    "入夏以来，江畔的夜市一到傍晚就亮起串串灯光，帐篷和小摊沿着步道排开，不少市民带着孩子来到江边散步纳凉。"
    "主办方介绍，夜市目前已经入驻摊位六十余个，周末单晚客流超过八千人次，摊位实行统一招募和食品安全培训。"
)
_CREDIT_PAGE = """<html><head><title>{title}</title></head><body>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/news/">本地新闻</a></div>
<div class="main"><h1>{title}</h1><div class="info">2023-06-18 20:40 · 浏览 <span>--</span></div>
<div class="text"><p>{text}</p><p>{text}</p><p>{text}</p></div>
{credits}
<div class="share">分享：<a href="#">微信</a><a href="#">微博</a></div></div></body></html>"""


def _credits(credits: str) -> tuple[str | None, str | None]:
    html = _CREDIT_PAGE.format(title="江畔夜市人气旺 周末客流破八千", text=_TEXT, credits=credits)
    article = parse_html(html, "https://www.citytv.example.test/news/2023/0618/1.html", Registry.load())
    return article.author, article.editor


@pytest.mark.parametrize(
    ("credits", "author", "editor"),
    [
        (
            "<dl><dt>作者</dt><dd>何晓岚 彭宇</dd><dt>编辑</dt><dd>曾一凡</dd><dt>审核</dt><dd>罗文</dd></dl>",
            "何晓岚 彭宇",
            "曾一凡",
        ),
        ("<table><tr><td>记者</td><td>邓佳</td></tr><tr><td>编辑</td><td>许蔓</td></tr></table>", "邓佳", "许蔓"),
        (
            "<ul><li><span>来源</span><span>某市融媒体中心</span></li><li><span>编辑</span><span>唐文</span></li></ul>",
            None,
            "唐文",
        ),
        ("<dl><dt>文字</dt><dd>梁静</dd><dt>摄影</dt><dd>高远</dd><dt>編輯</dt><dd>陳佩儀</dd></dl>", "梁静", "陳佩儀"),
        ("<dl><dt>作者</dt><dd>周楠</dd><dt>责任编辑</dt><dd>孟涛</dd><dt>终审</dt><dd>胡明</dd></dl>", "周楠", "孟涛"),
        ("<dl><dt>撰稿</dt><dd>宋雨</dd><dt>编辑</dt><dd>韩雪</dd></dl>", "宋雨", "韩雪"),
    ],
)
def test_a_credit_list_of_label_cells_under_the_story_is_read_whole(
    credits: str, author: str | None, editor: str
) -> None:
    assert _credits(credits) == (author, editor)


def test_a_reviewer_cell_is_no_editor_and_a_lone_edit_link_is_no_label() -> None:
    # 审核 (a reviewer) is no editor (README: editor is 责任编辑/责编/编辑); a bare 编辑 that follows no label cell
    # is a tool link ("编辑 | 删除") and labels nothing.
    assert _credits("<dl><dt>作者</dt><dd>何晓岚</dd><dt>审核</dt><dd>罗文</dd></dl>") == ("何晓岚", None)
    assert parse_byline(["分享", "编辑", "删除"]).editor is None
    assert parse_byline(["编辑", "曾一凡"]).editor is None
    assert parse_byline(["来源", "新华社", "编辑", "曾一凡"]) == parse_line("来源：新华社 编辑：曾一凡")


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("2019年11月24日 | 6:45pm 报道：郭伟强 字体：A A", "郭伟强"),
        ("报道：黄国伟 摄影：蔡振华 2018年5月2日 5:30pm", "黄国伟"),
        ("報導：林怡君 攝影：王大明", "林怡君"),
        ("（报道：陈美玲）", "陈美玲"),
        ("报导/李志豪 | 2021-03-04", "李志豪"),
        ("报道: Tan Ah Kow", "Tan Ah Kow"),
    ],
)
def test_the_report_verb_printed_before_the_name_labels_the_writer(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    "line",
    [
        "相关报道：李明",  # a list's heading: the verb glued after a word is that word's
        "据报道：李明",
        "综合报道：张三",
        "专题报道 | 抗疫一线",
        "深入报道：王强",
    ],
)
def test_the_report_verb_glued_after_a_word_labels_nothing(line: str) -> None:
    assert parse_line(line).author is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("（初二年级 罗思琪　指导老师：张雪梅）", "罗思琪"),
        ("（高三2班 王小明 指导教师：刘芳）", "王小明"),
        ("骨科 周亮 审核：李强", "周亮"),
        ("（秘书处 张玲　校对：王五）", "张玲"),
        ("（経済部・佐藤花子　写真提供：市観光課）", "佐藤花子"),
        ("（团委 胡静 初审：马力 终审：丁一）", "胡静"),
    ],
)
def test_a_units_writer_stays_the_writer_when_other_fields_follow(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    "line",
    [
        "（宣传部 张玲 联系电话：8765 4321）",  # a contact card names whom to call
        "（办公室 李强 传真：010-6543 2100）",
        "（市民 王先生 电话：138）",  # no unit before the name
        "（张三 摄影：李四）",  # a person alone, no unit
    ],
)
def test_a_contact_card_or_a_bare_name_before_a_field_names_no_writer(line: str) -> None:
    assert parse_line(line).author is None


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("文章来源：转载自新华网 作者：管理员 发布时间：2013-10-08", "新华网"),
        ("来源：摘自《求是》", "求是"),
        ("来源：原载光明日报", "光明日报"),
        ("來源：轉載自聯合新聞網", "聯合新聞網"),
        ("来源：转自中国教育报", "中国教育报"),
        ("稿源：选自《读者》", "读者"),
    ],
)
def test_a_reprint_verb_before_the_outlet_is_no_part_of_it(line: str, source: str) -> None:
    assert parse_line(line).source == source


@pytest.mark.parametrize(("line", "source"), [("出处：转自网友", "转自网友"), ("来源：转自散文集", "转自散文集")])
def test_a_reprint_verb_before_no_outlet_leaves_the_value_as_shown(line: str, source: str) -> None:
    assert parse_line(line).source == source
