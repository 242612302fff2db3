"""Byline classes first missed on blind44 (session 15), each tested in words the batch does not use where the
class allows."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.registry import Registry


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("来源：澎湃新闻 2.1k", "澎湃新闻"),
        ("2017-08-14 10:25 来源： 3.5w", None),  # a comment counter in the source's element: no outlet
        ("来源：1.2万", None),
        ("来源：21世纪经济报道", "21世纪经济报道"),  # digits inside a name keep it
    ],
)
def test_a_counter_is_no_outlet(line: str, source: str | None) -> None:
    assert parse_line(line).source == source


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("2019-06-28 | 公司新闻 | 阅读 2,318", None),  # blind44's row: a company's news column
        ("2020-03-02 | 学院新闻 | 浏览 512", None),
        ("2021-09-10 基层新闻 点击：88", None),
        ("2016年05月12日 08:30 中国新闻", "中国新闻"),  # a title naming no column: an outlet as before
    ],
)
def test_a_site_s_own_news_column_beside_the_time_is_no_outlet(line: str, source: str | None) -> None:
    assert parse_line(line).source == source


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者：普外二科 陈 晓　文章来源：本站原创", "陈晓"),  # blind44's row: a department, then a padded name
        ("作者：心内科 周 婷", "周婷"),
        ("作者：家委会 郑丽萍", "郑丽萍"),  # blind44's school page: a committee, then its member
        ("作者：学生会 林一凡", "林一凡"),
        ("作者：心内科", None),  # a department alone: a unit, no writer since session 25
        ("作者：李科", "李科"),  # a given name may end in 科
        ("作者：大 中 小", None),  # a font-size switch after an empty label
        ("（学生记者 周子航 指导老师 陈静）", "周子航"),  # blind44's row: the advisor writes none of it
        ("学生记者 林小雨 指导教师：王芳", "林小雨"),
    ],
)
def test_a_unit_or_an_advisor_beside_the_writer_is_no_name(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


def test_a_comment_counter_in_a_portal_s_source_slot_leaves_the_labelled_source() -> None:
    # blind44's thepaper page: "2017-08-14 10:25 来源：澎湃新闻 <span><a>2.1k</a></span>" under the headline.
    html = """<html><head><meta charset="utf-8"><title>老旧小区加装电梯提速_澎湃新闻</title></head><body>
<div class="newscontent"><h1 class="news_title">老旧小区加装电梯提速</h1>
<div class="news_about"><p>澎湃新闻记者 周雨桐</p><p>2018-03-02 09:15 来源：澎湃新闻
<span><a href="javascript:;" class="hide_comment">3.4k</a></span></p></div>
<div class="news_txt">记者从区住建部门获悉，今年全区计划为120幢老旧住宅加装电梯，较去年翻了一番。<br/><br/>
区住建部门相关负责人介绍，加装电梯的审批流程已由原来的半年压缩至两个月，居民意见征询也改为线上进行。<br/><br/>
目前，首批30幢楼已完成立项，预计年内全部完工。</div>
<div class="news_editor">责任编辑：陈佳</div></div></body></html>"""
    page = parse_html(html, "https://www.thepaper.cn/newsDetail_forward_2012345", Registry.load())
    assert (page.author, page.source) == ("周雨桐", "澎湃新闻")


_WECHAT = """<html><head><meta charset="utf-8"><title>城南公园月底开放</title></head><body>
<div id="img-content"><h1 class="rich_media_title" id="activity-name">城南公园月底开放</h1>
<div id="meta_content"><span class="rich_media_meta rich_media_meta_text" id="js_author_name">{writer}</span>
<span class="rich_media_meta_nickname"><a id="js_name">城南发布</a></span></div>
<div class="rich_media_content" id="js_content">
<p>记者从区园林部门获悉，城南公园改造工程已进入收尾阶段，预计本月底向市民开放。</p>
<p>改造后的公园新增儿童游乐区和健身步道，原有的湖面也进行了清淤和驳岸修复。</p>
<p>园林部门提醒，开放初期将实行预约入园，市民可通过官方小程序预约。</p>
<section><p>{closing}</p><p>编辑：周小禾　审核：陈立</p></section>
</div></div></body></html>"""


@pytest.mark.parametrize(
    ("writer", "closing", "author", "source"),
    [
        # blind44's page (and blind36's): the account reposts a paper's story and says so at the end.
        ("刘思远", "来源：城南日报", "刘思远", "城南日报"),
        ("", "来源：城南日报", "城南发布", "城南日报"),
        # no outlet named: the account beside its writer published the post, no source (since session 26)
        ("刘思远", "来源：网络", "刘思远", None),
        ("", "图片：刘思远", "城南发布", None),
    ],
)
def test_a_wechat_post_closing_with_its_outlet_names_that_source(
    writer: str, closing: str, author: str, source: str | None
) -> None:
    html = _WECHAT.format(writer=writer, closing=closing)
    page = parse_html(html, "https://mp.weixin.qq.com/s/AbCdEf12", Registry.load())
    assert (page.author, page.source) == (author, source)


@pytest.mark.parametrize(
    ("cells", "source"),
    [
        # blind44's hospital page (blind42's and blind43's university pages too): a table of label and value cells.
        ("<th>發佈日期</th><td>2017-03-02</td><th>資料來源</th><td>秘書室</td>", "秘書室"),
        ("<td>发布日期</td><td>2017-03-02</td><td>资料来源</td><td>办公室</td>", "办公室"),
        ("<th>發佈日期</th><td>2017-03-02</td><th>點閱次數</th><td>88</td>", None),
    ],
)
def test_a_reference_label_cell_in_a_table_of_fields_names_the_source(cells: str, source: str | None) -> None:
    html = f"""<html><head><meta charset="utf-8"><title>本校舉辦春季校園徵才博覽會</title></head><body>
<div class="news"><h2>本校舉辦春季校園徵才博覽會</h2>
<table class="meta"><tr>{cells}</tr><tr><th>撰稿</th><td>林怡君</td></tr></table>
<div class="content"><p>本校於三月一日在體育館舉辦春季校園徵才博覽會，共有一百二十家企業到場設攤，提供職缺逾三千個。</p>
<p>校長致詞時表示，學校將持續強化產學合作，協助學生及早了解產業需求，順利銜接職場。</p>
<p>活動當天吸引近兩千名學生參加，不少企業現場進行面試，部分學生當場獲得錄取通知。</p></div></div>
</body></html>"""
    page = parse_html(html, "https://www.example.edu.tw/news/detail.aspx?id=1562", Registry.load())
    assert (page.author, page.source) == ("林怡君", source)


@pytest.mark.parametrize("counter", ["點閱次數 1,204", "点阅 88", "瀏覽次數：3051"])
def test_a_traditional_view_counter_ends_the_names(counter: str) -> None:
    assert parse_line(f"發佈日期 2016-11-08 撰稿 蔡宜芳 {counter}").author == "蔡宜芳"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("口述：刘长顺 整理：晓雨", "刘长顺 晓雨"),  # blind44's row: the writer up signs with a pen name
        ("口述：周秀英 整理：小满", "周秀英 小满"),
        ("口述：刘长顺 整理：编辑部", "刘长顺"),  # a unit writing up is no co-writer
        ("作者：张三 整理：李四", "张三"),  # no teller: 整理 after a writer adds nobody
    ],
)
def test_the_teller_and_the_writer_up_co_write(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("本文作者：阿木，转载请注明出处。", "阿木"),  # blind44's row: a signature line's name, then its notice
        ("作者：李强，系清华大学公共管理学院教授", "李强"),  # the fresh set's row: an affiliation after the comma
        ("作者:码农老K 转载请注明出处,谢谢。", "码农老K"),
    ],
)
def test_a_signature_line_names_its_writer_before_the_comma(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # blind44's rows, each a blog platform's or theme's own line.
        ("版权声明：本文为CSDN博主「码农阿飞」的原创文章，遵循CC 4.0 BY-SA版权协议，转载请附上原文链接。", "码农阿飞"),
        ("版权声明：本文为博主「林深见鹿」的原创文章，转载请附上原文出处链接。", "林深见鹿"),
        ("Posted on 2018年5月3日 by 阿木 — Leave a comment", "阿木"),
        ("Posted on 2019-11-02 by 青柠不酸", "青柠不酸"),
        ("posted @ 2011-03-02 22:18 Jeffrey Zhao 阅读(5120) 评论(41)", "Jeffrey Zhao"),
        ("posted @ 2014-06-21 09:05 Anna Lee 阅读(88)", "Anna Lee"),
        ("posted @ 2017-03-12 10:23 陈小默 阅读(1523)", "陈小默"),
        ("木子李的博客 | 2012-05-18 | 阅读 233", "木子李"),
        ("林间的博客｜2015-03-02｜评论 5", "林间"),
        ("张三的博客 | 关于我", None),  # no time: a blog's menu, no post's bar
    ],
)
def test_a_blog_platform_s_own_lines_name_the_blogger(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("（本文原载《人民日报》2019年10月8日 第20版）", "人民日报"),  # blind44's row
        ("本文原载《光明日报》2020年3月2日 第11版", "光明日报"),
        ("原载于《读者》2015年第3期", "读者"),
        ("来源：《解放日报》2021年6月1日", "解放日报"),
    ],
)
def test_a_paper_s_original_printing_names_the_source(line: str, source: str) -> None:
    assert parse_line(line).source == source
