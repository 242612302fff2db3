"""Long-tail credit shapes learnt from blind18-22 (byline-w8b, session 10 wave 1), each pinned by variants of other
units, scripts, platforms and years than the page it was learnt from, and by negatives in the same spot:

- a unit's 供稿 clause opening a line that goes on with other labelled fields names the source;
- a Japanese closing credit ``（UNIT・surname）`` signs the writer by the surname alone after a unit and the middle dot;
- an interviewer credit (``采访：X``) names the writers when the line credits no other writer;
- a section the post is filed under (a ``rel=category``/tag link), shown unlabelled beside the time, is no source.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.registry import Registry


@pytest.mark.parametrize(
    ("line", "source", "author", "editor"),
    [
        ("（体育组 供稿　撰稿：彭丽　审核：谭志强）", "体育组", "彭丽", None),
        ("宣传部供稿 编辑：郑敏", "宣传部", None, "郑敏"),
        ("（团委 供稿 摄影：李明）", "团委", None, None),
        ("信息中心供稿　责任编辑：王强", "信息中心", None, "王强"),
        ("（科研处供稿　撰稿：何静　审核：高峰）", "科研处", "何静", None),
        ("（后勤保障部 供稿 文字：马骁）", "后勤保障部", "马骁", None),
    ],
)
def test_a_units_supply_clause_before_other_fields_names_the_source(
    line: str, source: str, author: str | None, editor: str | None
) -> None:
    found = parse_line(line)
    assert (found.source, found.author, found.editor) == (source, author, editor)


@pytest.mark.parametrize(
    "line",
    [
        "（张三 供稿 编辑：李四）",  # a person before 供稿 is no unit (README: a person there is not)
        "（李华 供稿 责任编辑：赵六）",
        "（王小明供稿　审核：刘伟）",
    ],
)
def test_a_person_or_the_site_before_supply_names_no_source(line: str) -> None:
    assert parse_line(line).source is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("（広報広聴課・山口）", "山口"),
        ("（市民協働推進課・佐藤）", "佐藤"),
        ("（生涯学習室・田村）", "田村"),
        ("（秘書係・中川）", "中川"),
        ("（スポーツ振興課・小林）", "小林"),
        ("（資産税課・長谷川）", "長谷川"),
        ("（観光交流課・渡辺）", "渡辺"),
    ],
)
def test_a_japanese_unit_signs_its_writer_by_the_surname_alone(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    "line",
    [
        "（広報課・撮影）",  # a role after the unit, no writer
        "（写真・山口）",  # a photo credit: 写真 is no unit
        "（広報課・山口市）",  # a place
        "（広報広聴課 山口）",  # without the middle dot a surname alone is too weak (a place, a word)
        "（山口）",  # a bracketed surname alone, no unit
    ],
)
def test_a_surname_alone_outside_the_unit_and_dot_shape_names_nobody(line: str) -> None:
    assert parse_line(line).author is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("采访：黃嘉欣、李卓熙｜攝影：周子朗", "黃嘉欣 李卓熙"),
        ("採訪／陳美玲 攝影／林志明", "陳美玲"),
        ("（采访：王强 刘洋）", "王强 刘洋"),
        ("采访：李明 编辑：王强", "李明"),
        ("采访/周立新 摄像/孙涛", "周立新"),
        ("採訪：何詠詩　責任編輯：梁文傑", "何詠詩"),
    ],
)
def test_an_interviewer_credit_alone_names_the_writers(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("撰文：张三 采访：李四", "张三"),  # beside a writer the interviewer writes nothing (README)
        ("（撰文/孟婷婷 采访/胡霜）", "孟婷婷"),
        ("采访整理：王芳", "王芳"),
        ("采访：本报", None),  # an outlet interviewed, no person
        ("采访对象：李明", None),  # the interviewee
        ("他接受本报采访：今年的收成不错", None),  # prose
    ],
)
def test_an_interviewer_beside_a_writer_or_in_prose_writes_nothing(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


_TEXT = (
    "社区中心上月重新开放，每天中午为区内长者提供约一百份午餐，独居长者只需付十五元，便可吃到两菜一汤。"
    "负责统筹的义工说，重开前最担心的是人手，后来不少街坊主动报名，厨房才能维持每天的运作。"
)
_PAGE = """<html><head><title>{title} | {section} | 某区社区通讯</title></head><body>
<nav><ul><li><a href="/">首页</a></li><li><a href="{href}">{section}</a></li></ul></nav>
<article><h1 class="entry-title">{title}</h1>
<div class="entry-meta">{meta} / <span class="posted-on">2022年7月15日</span></div>
<div class="entry-content"><p>{text}</p><p>{text}</p><p>（记者 林嘉欣）</p></div></article></body></html>"""


def _source(section: str, href: str, meta: str) -> str | None:
    html = _PAGE.format(title="街坊合力 长者饭堂重开", section=section, href=href, meta=meta, text=_TEXT)
    return parse_html(html, "https://community.example.test/news/2022/07/canteen/", Registry.load()).source


@pytest.mark.parametrize(
    ("section", "href", "rel"),
    [
        ("社區新聞", "/category/news/", "category tag"),
        ("北区快报", "/category/local/", ""),
        ("街坊报", "/tag/paper/", "tag"),
        ("社区电视台", "/taxonomy/term/12", ""),
        ("地区日报", "/search/label/daily", ""),
        ("區內時報", "/topics/times/", "category"),
    ],
)
def test_a_category_linked_section_beside_the_time_is_no_source(section: str, href: str, rel: str) -> None:
    meta = f'<span class="cat-links"><a href="{href}" rel="{rel}">{section}</a></span>'
    assert _source(section, href, meta) is None


def test_an_outlet_beside_the_time_without_a_category_link_stays_the_source() -> None:
    assert _source("社區新聞", "/category/news/", "<span>星島日報</span>") == "星島日報"


def test_a_labelled_source_linked_to_a_tag_page_stays_the_source() -> None:
    meta = '<span>来源：<a href="/tag/xinhua/" rel="tag">新华社</a></span>'
    assert _source("社區新聞", "/category/news/", meta) == "新华社"


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("发帖人：渔乐无穷2012　发帖时间：2015-10-08", "渔乐无穷2012", None),
        ("作者：张三　登载时间：2015-10-08", "张三", None),
        ("楼主：老猫 入库日期：2019-01-02", "老猫", None),
        ("作者：王芳 录入时间：2012-3-4", "王芳", None),
        ("来源：新华网 采集时间：2020-01-01", None, "新华网"),
        ("發帖者：阿德 上載時間：2011-08-19", "阿德", None),
    ],
)
def test_a_word_glued_to_a_time_label_is_the_labels_own(line: str, author: str | None, source: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.source) == (author, source)


def test_a_second_name_glued_to_a_time_label_stays_a_name() -> None:
    # a bar of elements read without its layout: "<span>作者：张三 李四</span><span>时间：…</span>"
    assert parse_line("作者：张三 李四时间：2015-10-08").author == "张三 李四"


def test_a_provider_filed_once_by_an_aggregator_stays_the_source() -> None:
    # no menu lists it: an aggregator's provider category ("/category/vender/x/"), linked from the meta line only
    html = _PAGE.format(
        title="街坊合力 长者饭堂重开",
        section="社区",
        href="/category/community/",
        meta='<a href="/category/vender/dailynews/">星島日報</a>',
        text=_TEXT,
    )
    assert parse_html(html, "https://agg.example.test/a/1", Registry.load()).source == "星島日報"


_DOC_TEXT = (
    "为进一步做好本年度农村人居环境整治工作，切实改善群众生产生活条件，经研究决定，现将有关事项通知如下。"
    "各单位要高度重视，明确责任分工，细化工作措施，确保各项任务按时完成，并于每月底前报送工作进展情况。"
)
_GOV_PAGE = """<html><head><title>{title}_某某区人民政府</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/xxgk/">政务公开</a></div>
<table class="meta">{rows}</table>
<div class="doc-title">{title}</div>
<div class="doc-body"><p>{text}</p><p>{text}</p></div></body></html>"""
_DOC_TITLE = "某某区关于开展农村人居环境整治提升行动的通知"


def _gov_source(cells: list[tuple[str, str]], cell: str = "td") -> str | None:
    rows = "".join(f"<tr><{cell}>{label}：</{cell}><td>{value}</td></tr>" for label, value in cells)
    html = _GOV_PAGE.format(title=_DOC_TITLE, rows=rows, text=_DOC_TEXT)
    return parse_html(html, "https://www.district.example.test/xxgk/2021/t20210305_1.html", Registry.load()).source


# Rows of invented labels a table prints beside its source row, none of them 索引号 (out of reach or absent).
_ROWS = [("登记编号", "QX-2021-0087"), ("公开方式", "主动公开"), ("保存期限", "长期"), ("访问次数", "325")]


@pytest.mark.parametrize(
    ("cells", "cell", "source"),
    [
        ([("发布机构", "区农业农村局"), *_ROWS], "td", "区农业农村局"),
        ([*_ROWS[:2], ("信息来源", "区住房和城乡建设局"), *_ROWS[2:]], "td", "区住房和城乡建设局"),
        ([("发文机关", "区人民政府办公室"), *_ROWS], "th", "区人民政府办公室"),
        (
            [("來源", "區民政事務處"), ("檔案編號", "MA-113"), ("公開方式", "主動公開"), ("更新日期", "2021-03-05")],
            "td",
            "區民政事務處",
        ),
        ([("发布单位", "区生态环境分局"), *_ROWS], "td", "区生态环境分局"),
        ([*_ROWS[:3], ("发布机构", "区卫生健康委员会"), ("生效日期", "2021-03-05")], "th", "区卫生健康委员会"),
    ],
)
def test_a_metadata_table_over_the_headline_names_its_source(
    cells: list[tuple[str, str]], cell: str, source: str
) -> None:
    assert _gov_source(cells, cell) == source


@pytest.mark.parametrize(
    "cells",
    [
        [("发布机构", "区农业农村局"), ("访问次数", "325")],  # two rows: a bar's fields as often as a table
        [("提问人", "区农业农村局"), *_ROWS],  # no source label in the table
        [("发布机构", "区农业农村局"), *_ROWS, ("备注", "")],  # the last cell a label over nothing
    ],
)
def test_no_source_without_a_table_shape_or_a_source_row(cells: list[tuple[str, str]]) -> None:
    assert _gov_source(cells) is None
