"""Byline classes first missed on blind41 (session 14), each tested in words the batch does not use where the
class allows."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.registry import Registry


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("来源：摘自《中国卫生》2019年第6期", "中国卫生"),  # blind41's row
        ("来源：选自《散文》2008年第3期", "散文"),
        ("来源：转载自《半月谈》2016年第12期", "半月谈"),
        ("来源：《读者》2014年第6期", "读者"),  # as before
    ],
)
def test_a_reprint_verb_before_a_periodical_and_its_issue_goes(line: str, source: str) -> None:
    assert parse_line(line).source == source


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("（溪口镇 供稿）", "溪口镇"),  # blind41's row
        ("（祥华乡人民政府 供稿）", "祥华乡人民政府"),  # blind29's row
        ("（黄金岭街道 供稿）", "黄金岭街道"),
        ("（城南社区 供稿）", "城南社区"),
        ("（实验小学 供稿）", "实验小学"),
    ],
)
def test_a_township_or_a_school_contributing_a_story_is_its_source(line: str, source: str) -> None:
    assert parse_line(line).source == source


def test_a_person_named_like_a_township_contributes_no_source() -> None:
    assert parse_line("（王镇 供稿）").source is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("post by 花间阿婆 / 2013-5-21 9:48 Tuesday", "花间阿婆"),  # blind41's emlog row
        ("Post by 山间小路 | 2015-08-02 21:10", "山间小路"),
        ("Posted by 小鱼儿 at 3:20 PM", "小鱼儿"),  # as before
    ],
)
def test_an_english_post_by_bar_names_the_han_handle_up_to_its_separator(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("罗一清的博客-CSDN博客", "罗一清"),  # blind41's row: a blog's title with its platform after it
        ("江边老渔的博客_新浪博客", "江边老渔"),
        ("李开心的博客", "李开心"),  # as before
    ],
)
def test_a_blog_named_after_its_writer_with_its_platform_after_it_names_him(line: str, author: str) -> None:
    assert parse_line(line).author == author


_CELLS_PAGE = """<html><head><meta charset="utf-8"><title>{title}_市民政局</title></head><body>
<div class="weizhi">当前位置：<a href="/">首页</a> → <a href="/xwdt/">新闻动态</a></div>
<div class="biaoti">{title}</div>
<div class="shijian">2013-04-09 10:20&nbsp;&nbsp;字号：<a href="#">T</a> | <a href="#">T</a> <a href="#">打印</a></div>
<div id="zoomcon">
<div>4月8日，市民政局召开全市养老服务工作推进会，总结去年工作，部署今年养老服务体系建设重点任务。</div>
<div>会议要求，各县区要加快推进社区居家养老服务中心建设，年内新建社区养老服务站四十个，实现城市社区全覆盖。</div>
<div>会议强调，要加强养老机构安全管理，开展消防安全专项检查，对存在隐患的机构限期整改，确保老人安全。</div>
</div>
<table class="bjxx"><tr><td>信息来源：</td><td>市民政局养老服务科</td><td>{label}</td><td>许丽娟</td></tr></table>
<div class="xgxx"><div class="xgxx_t">相关信息</div><div class="xgxx_c">
<a href="/xwdt/2013/0402/1201.shtml">市民政局开展养老机构消防安全大检查</a><br>
<a href="/xwdt/2013/0326/1187.shtml">关于做好2013年高龄津贴发放工作的通知</a><br></div></div>
</body></html>"""


@pytest.mark.parametrize("label", ["责任编辑：", "责任编辑"])
def test_an_editor_in_a_row_of_label_cells_under_the_story_is_read(label: str) -> None:
    # blind41's county bureau page: each label in a cell of its own, its value in the next, colon or not.
    html = _CELLS_PAGE.format(title="市民政局部署2013年养老服务工作", label=label)
    page = parse_html(html, "http://mzj.city.example/xwdt/2013/0409/1213.shtml", Registry.load())
    assert (page.source, page.editor) == ("市民政局养老服务科", "许丽娟")


def test_an_empty_editor_label_takes_no_feedback_button() -> None:
    # sohu's post footer: "责任编辑：" left empty, then the feed's "不感兴趣" button in the next element.
    assert parse_line("责任编辑： 不感兴趣 分享 阅读 (4821)").editor is None


_CRUMB_THREAD = """<html><head><meta charset="gbk"><title>{subject} - 钓友交流 - 江北钓鱼论坛</title></head><body>
<div id="breadCrumb"><a href="index.php">江北钓鱼论坛</a><em>{mark}</em><a href="thread.php?fid=3">钓友交流</a>
<em>{mark}</em>{subject}</div>
<div class="t3"><a href="post.php?fid=3">发表新帖</a> <a href="post.php?action-reply">回复</a></div>
<table><tr><td class="floot_left"><div class="readName b"><a href="u.php?uid=9120">江北钓叟</a></div>
<div><a href="u.php?uid=9120" class="userCard"><img src="face/9120.jpg"></a></div>
<div><span>级别: 钓鱼达人</span><br><span>发帖: 512</span></div></td>
<td class="floot_right"><div class="tipTop"><span class="fr">楼主</span><span>发表于: 2010-08-03</span></div>
<div id="read_tpc">立秋以后水温降下来，鲫鱼开口明显好转，这几天在北岸老码头连着出了三次鱼。<br />
窝料用的是炒香的玉米粒加酒米，提前一晚打窝，第二天一早下竿，半天能有七八斤。<br />
饵料上我一直用蚯蚓和商品饵搭配，鱼口轻的时候换成红虫，效果比单用一种好不少。</div></td></tr></table>
</body></html>"""


@pytest.mark.parametrize(("mark", "author"), [("&gt;", "江北钓叟"), ("", None)])
def test_a_threads_headline_printed_only_as_its_breadcrumbs_last_step_opens_the_byline_region(
    mark: str, author: str | None
) -> None:
    # phpwind 8.0 prints the subject only at the end of the path to it: the poster's card under that line is
    # the first post's. Without the path's step marks the line is no breadcrumb and opens nothing.
    html = _CRUMB_THREAD.format(subject="立秋后北岸老码头钓鲫鱼的几点体会", mark=mark)
    page = parse_html(html, "http://bbs.jiangbei.example/read.php?tid=40217", Registry.load())
    assert page.author == author


@pytest.mark.parametrize(
    ("line", "author", "editor"),
    [
        ("楼主：天天向上cj1987", "天天向上cj1987", None),  # blind41's tieba handle: letters and a year its own
        ("作者：追风少年zf2008", "追风少年zf2008", None),
        ("责任编辑：王晓易ne0011", None, "王晓易"),  # a person's name with a CMS ID glued on: the ID goes
        ("责任编辑：张三SN098", None, "张三"),
    ],
)
def test_letters_and_digits_glued_to_a_handle_are_its_own(line: str, author: str | None, editor: str | None) -> None:
    found = parse_line(line)
    assert (found.author, found.editor) == (author, editor)
