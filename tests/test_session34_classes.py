"""Classes session 34 found in blind88n's strings and pages (now tune): a headline that mentions a writer read as
the byline (《X》作者Y获…奖); a closing note naming its outlet then its writers with a space (（新浪体育 张伟）); a
compiled report's verb glued to the name (记者X综合报道); a role word before the name under 作者 (作者：编译 X);
an issue's editor (本期编辑); a wire's English closing credits (Reporting by X; Editing by Y); a health answer's
doctor, labelled (回答医生：X 副主任医师, 答主：营养师X) or by a card read alone (X 主治医师 医院 科室: on a page
only a Q&A page's card names the writer, tests/test_session29_classes.py).
Then from blind89n's (flipped to tune mid-session): a comment link glued after the editor (编辑：X评论); a wire tag
with the place and day filed from (本报青岛9月14日讯 记者 X) before a long opening; outlets a compilation names
(综合自：X、参考消息, （综合自X、Y）); a photographer named before the reporter (摄影：X 记者：Y); a contributing
unit beside a photo credit in one bracket (（X 供稿 / Y 摄）).
Written as other outlets, names and wordings than the batch's, each with controls.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

from .helpers import line_fields


def _novel_site_page(headline: str, bar: str) -> str | None:
    """A web-novel site's news page: the headline, then its bar, then the story."""
    html = (
        "<html><head><meta charset='utf-8'><title>" + headline + " - 资讯 - 墨香书城</title></head><body>"
        "<div class='top'><a href='/'>首页</a> <a href='/news/'>资讯</a> <a href='/rank/'>排行榜</a></div>"
        f"<div class='news'><h1>{headline}</h1><div class='info'>{bar}</div>"
        "<div class='txt'><p>12月2日，年度网络文学盛典在成都落下帷幕，多部作品获得表彰，其中不少作者是首次入围。</p>"
        "<p>评审团表示，今年的获奖作品题材更加多样，现实题材和科幻题材的比重明显上升。</p>"
        "<p>据了解，获奖作品将陆续推出有声书和漫画改编版本。</p></div></div>"
        "<div class='foot'>墨香书城 版权所有</div></body></html>"
    )
    return parse_html(html, "https://www.moxiang-example.com/news/2020/1203/8812.html", Registry.load()).author


@pytest.mark.parametrize(
    ("headline", "bar", "author"),
    [
        ("《山海长歌》作者北冥有鱼获年度最佳新人", "2020-12-03 09:12 作者：林晓棠", "林晓棠"),
        ("知名作者江南烟雨入选网络文学十大IP", "2020-12-03 09:12 来源：墨香书城 作者：周予安", "周予安"),
        # Control: the headline names the only writer shown nowhere else; nobody is credited.
        ("《山海长歌》作者北冥有鱼获年度最佳新人", "2020-12-03 09:12", None),
    ],
)
def test_a_headline_is_never_read_as_the_byline(headline: str, bar: str, author: str | None) -> None:
    assert _novel_site_page(headline, bar) == author


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("（腾讯体育 李明）", ("李明", "腾讯体育")),
        ("（宁乡市融媒体中心 向晓凡 彭丽）", ("向晓凡 彭丽", "宁乡市融媒体中心")),
        ("（中国青年报 易文杰）", ("易文杰", "中国青年报")),
        ("（钱江晚报/周洁）", ("周洁", "钱江晚报")),
        # Controls: two agencies; an outlet then a place; an outlet then a picture credit's word.
        ("（路透社/法新社）", (None, "路透社/法新社")),
        ("（新华社 北京）", (None, None)),
        ("（人民网 图）", (None, None)),
    ],
)
def test_outlet_then_writers_in_a_closing_note(line: str, want: tuple[str | None, ...]) -> None:
    assert line_fields(line)[:2] == want


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("（记者林可综合报道）", "林可"),
        ("【聯合新聞網2019年05月02日訊】（記者陳志明綜合報導）", "陳志明"),
        ("本报记者 杜青 综合报道", "杜青"),
        # Control: the verb alone after the reporter's name keeps the name.
        ("（记者林可报道）", "林可"),
    ],
)
def test_compiled_report_verb_after_the_name(line: str, author: str) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("来源：环球网\u3000作者：编译 钱蓉\u3000责任编辑：黄河", ("钱蓉", "环球网", "黄河")),
        ("作者：翻译 孟思远", ("孟思远", None, None)),
        ("作者：何洁\u3000本期编辑：阿木", ("何洁", None, "阿木")),
        ("本期编辑：唐糖\u3000美编：小满", (None, None, "唐糖")),
        # Controls: the role word alone names nobody; a role word then no person.
        ("作者：编译", (None, None, None)),
        ("作者：编译 组", (None, None, None)),
    ],
)
def test_role_word_under_the_writer_label_and_the_issue_editor(line: str, want: tuple[str | None, ...]) -> None:
    assert line_fields(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Reporting by Zhang Wei; Editing by Kim Coghill", ("Zhang Wei", None, "Kim Coghill")),
        ("Reporting by Ryan Woo and Li Qin; Editing by Tom Hogue", ("Ryan Woo Li Qin", None, "Tom Hogue")),
        ("Reporting by Ryan Woo in Beijing; Editing by Tom Hogue", ("Ryan Woo", None, "Tom Hogue")),
        # Controls: the word inside a sentence credits nobody; a wire credited is the source.
        ("The reporting by state media was limited.", (None, None, None)),
        ("Reporting by Reuters", (None, "Reuters", None)),
    ],
)
def test_wire_closing_credits(line: str, want: tuple[str | None, ...]) -> None:
    assert line_fields(line) == want


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("回答医生：郑凯 副主任医师 | 武汉协和医院 骨科 | 2021-03-15", "郑凯"),
        ("解答医生：孙悦 主治医师", "孙悦"),
        ("回复专家：马丽 主任医师", "马丽"),
        ("医生回答 | 罗斌 主治医师 省人民医院 眼科", "罗斌"),
        ("答主：营养师孙婷 · 5天前", "孙婷"),
        ("答主：执业药师卢红", "卢红"),
        ("赵敏 主治医师 杭州市第一人民医院 皮肤科", "赵敏"),
        ("黄志强 | 副主任医师 | 市中心医院 骨科", "黄志强"),
        # Controls: a reviewer's label before the card; a grade with no name; a name led by no surname.
        ("审核专家：马丽 主任医师", None),
        ("答主：营养师小周", "营养师小周"),  # a handle: no person's name after the trade
        ("主治医师 杭州市第一人民医院 皮肤科", None),
        ("内科 主治医师 杭州市第一人民医院", None),
    ],
)
def test_health_answer_doctor(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author


# blind89n's misses (flipped to tune mid-session).


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("来源：证券时报网  作者：高翔  编辑：祁雯评论", "祁雯"),
        ("编辑：罗一鸣 唐果评论", "罗一鸣 唐果"),
        # Controls: an outlet's column keeps its word; a name alone.
        ("编辑：新京报评论", "新京报评论"),
        ("编辑：祁雯", "祁雯"),
    ],
)
def test_comment_link_glued_after_the_editor(line: str, editor: str) -> None:
    assert line_fields(line)[2] == editor


# A story's opening sentence long enough that the line reads as story text, not a bar.
_LONG_OPENING = "今天记者从市港务局获悉，今年前三季度全港完成货物吞吐量一点八亿吨，同比增长百分之七点二。"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("本报烟台10月12日讯 记者 孙立伟 通讯员 韩梅 报道 " + _LONG_OPENING * 2, "孙立伟 韩梅"),
        ("本报济南3月2日讯 记者 李强 " + _LONG_OPENING * 2, "李强"),
        ("本报讯 记者 李强 " + _LONG_OPENING * 2, "李强"),
        # Control: the tag with its day, then the story at once.
        ("本报烟台10月12日讯 " + _LONG_OPENING * 2, None),
    ],
)
def test_wire_tag_with_place_and_day_before_credits(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("综合自：新华网、参考消息", "新华网、参考消息"),
        ("（综合自澎湃新闻、人民网）", "澎湃新闻、人民网"),
        ("综合自：界面新闻、中国新闻网", "界面新闻、中国新闻网"),
        # Control: a compiler's word alone names no outlet.
        ("（综合整理）", None),
    ],
)
def test_compiled_from_outlets(line: str, source: str | None) -> None:
    assert line_fields(line)[1] == source


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("摄像：张弛 记者：韦丽 编辑：陶然", "韦丽"),
        ("摄影：郭亮 记者：贝晓 通讯员：孔霞", "贝晓 孔霞"),
        # Controls: an outlet or a school's word before the reporter's label: the reporter took the pictures.
        ("图/中新社记者 王岩", None),
        ("摄影：学生记者 邹宁", None),
    ],
)
def test_photographer_named_before_the_reporter(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("（县文化馆 供稿 / 黎明 摄）", "县文化馆"),
        ("（团委 供稿｜吴越 摄影）", "团委"),
        # Control: the unit's credit alone.
        ("（工会 供稿）", "工会"),
    ],
)
def test_contributing_unit_beside_a_photo_credit(line: str, source: str) -> None:
    assert line_fields(line)[1] == source
