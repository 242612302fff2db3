"""Classes session 50 found in blind105n's pages and strings (flipped to tune at the session's start): an old table
CMS that prints the headline as the first line of the story's own cell, under a <title> naming only the site and its
channel (the site's name was taken for the headline); a bar of bracketed parts closing with a unit and its writer;
a video site's uploader label (UP主); the reviewer's label after a site's "本文编辑" (本文审核). Written as other
sites, units and names than the batch's, with controls: a lead paragraph over a date line, a cell whose first line
is neither set apart nor over a bar, labels the new ones must not swallow.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

from .helpers import STORY_PROSE, line_fields


def _table_cms_page(site: str, channel: str, opening: str, under: str) -> str:
    return (
        f"<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'><title>{site}--{channel}"
        "</title></head><body><table width='760'><tr><td>"
        "<img src='../images/banner.gif' width='760' height='100'></td></tr><tr><td><a href='../index.htm'>首页</a> | "
        f"<a href='../news/index.htm'>{channel}</a> | <a href='../lxwm.htm'>联系我们</a></td></tr></table>"
        f"<table width='760'><tr><td valign='top'>{opening}{under}<hr size='1'>{STORY_PROSE * 2}"
        "<p align='right'><a href='../news/index.htm'>返回</a></p></td></tr></table>"
        f"<table><tr><td align='center'>{site} 版权所有 地址：人民路18号</td></tr></table></body></html>"
    )


_URL = "http://www.site.example/news/2004/0611/88.htm"


@pytest.mark.parametrize(
    ("site", "channel", "opening", "under"),
    [
        # the headline in a title-classed line over a bar of labels
        (
            "青石镇人民政府",
            "政务动态",
            "<p align='center' class='bt'>青石镇召开春季防汛工作部署会</p>",
            "<p align='center'>发布者：镇党政办　发布时间：2009-04-12　阅读：86次</p>",
        ),
        # over a bar that is only the unit and the date, no class on the line
        (
            "临川实验中学",
            "校园新闻",
            "<p align='center'>我校举行第十届科技节闭幕式</p>",
            "<p align='center'>校团委　2011年5月20日</p>",
        ),
        # set apart by its type alone, the date a line further down
        (
            "东岭水务集团",
            "企业新闻",
            "<p align='center'><b><font size='4' color='#990000'>集团完成城南管网改造一期工程</font></b></p>",
            "<p>　</p>",
        ),
    ],
)
def test_a_table_cms_headline_opening_the_story_cell_is_the_title(
    site: str, channel: str, opening: str, under: str
) -> None:
    article = parse_html(_table_cms_page(site, channel, opening, under), _URL, Registry.load())
    assert article.title is not None
    assert article.title not in (site, channel)
    assert article.title in opening
    assert all(article.title not in paragraph for paragraph in article.paragraphs)


@pytest.mark.parametrize(
    ("opening", "under"),
    [
        # control: a lead paragraph ending its sentence, over a date line, is the story's
        ("<p>今年以来，全镇共排查各类隐患四十余处，整改完成率达到百分之九十五。</p>", "<p>2009-04-12</p>"),
        # control: a plain first line with neither a bar under it nor a headline's type
        ("<p>全镇排查隐患四十余处</p>", "<p>　</p>"),
    ],
)
def test_a_cells_first_line_without_a_headlines_marks_is_no_title(opening: str, under: str) -> None:
    article = parse_html(_table_cms_page("青石镇人民政府", "政务动态", opening, under), _URL, Registry.load())
    assert article.title is None or article.title not in opening


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("（2004年6月11日）　　　　　　（调度中心 郑立新）", "郑立新"),
        ("（2011-03-02）　（工会办公室　许文静）", "许文静"),
        ("[2008-10-09]　[ 财务科 陶敏 ]", "陶敏"),
        # control: the bracket alone still reads so
        ("（调度中心 郑立新）", "郑立新"),
        # control: a bracketed place and time after a date names nobody
        ("（2004年6月11日）　（城南分厂）", None),
    ],
)
def test_a_bar_of_brackets_closing_with_a_unit_and_name_credits_the_name(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("UP主：旅行的小周　投稿时间：2021-05-03", ("旅行的小周", None, None)),
        ("UP主：数码老王 · 2023-01-17", ("数码老王", None, None)),
        # control: the word inside a sentence labels nothing
        ("这位UP主最近更新了很多视频", (None, None, None)),
        ("本文编辑：青衫　本文审核：老周", (None, None, "青衫")),
        ("本文作者：林小满　本文编辑：青衫　本文校对：阿杰", ("林小满", None, "青衫")),
        # control: the editor's label without 本文 still ends at the reviewer's
        ("编辑：青衫　审核：老周", (None, None, "青衫")),
    ],
)
def test_uploader_and_reviewer_labels(line: str, fields: tuple[str | None, str | None, str | None]) -> None:
    assert line_fields(line) == fields
