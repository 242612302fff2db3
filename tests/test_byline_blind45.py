"""Byline classes first missed on blind45 (session 16), each tested in words the batch does not use where the
class allows."""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_byline, parse_line
from newscorpus.scrapers.registry import Registry


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A surname that is also a verb (曾) opening a run whose next name starts like a section word (唐诗).
        ("融媒体记者 曾晓峰 唐诗雨 通讯员 刘军", "曾晓峰 唐诗雨 刘军"),
        ("记者 曾凡 史海峰", "曾凡 史海峰"),
        ("记者曾多次 走访该村", None),  # prose after the label, spaced: still no names
    ],
)
def test_a_run_of_names_after_a_verb_surname_is_read_whole(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("本报记者 周涛 特约通讯员 黄蓉", "周涛 黄蓉"),
        ("记者 周涛 本报通讯员 黄蓉", "周涛 黄蓉"),
        ("见习通讯员 黄蓉", "黄蓉"),
    ],
)
def test_a_correspondent_by_rank_co_writes(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("图：孙浩 文：杨柳", "杨柳"),  # the picture credit first, then the writer's
        ("图：孙浩 作者：杨柳", "杨柳"),
        ("图：游客在古镇拍照留念 孙浩 摄", None),  # a caption: no writer
    ],
)
def test_a_picture_credit_before_the_writer_is_no_caption(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者：检察官 周敏", "周敏"),
        ("作者：四级高级检察官 周敏", "周敏"),
        ("作者：一级法官 周敏", "周敏"),
        ("作者：民警 周敏", "周敏"),
        ("作者：NICU 周敏", "周敏"),  # a ward by its Latin initials
        ("作者：法官", None),
    ],
)
def test_a_post_or_ward_before_the_name_goes(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # Since session 38 a labelled pronoun for the site's own institution is the source as shown.
        ("来源：本局", "本局"),
        ("发布时间：2015-04-02 来源：本所", "本所"),
        ("来源：本中心", "本中心"),
        ("来源：本报", "本报"),  # a paper's own name for itself: kept, as labels keep it
        ("来源：本院原创", "本院原创"),  # its claim to have written the text, as 本站原创
        ("文章来源：本站原创", "本站原创"),
    ],
)
def test_the_site_s_own_institution_by_a_pronoun_is_the_source_as_shown(line: str, source: str | None) -> None:
    assert parse_line(line).source == source


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("作者：区教育体育局 来源：区教育体育局", "区教育体育局"),  # a government department: both fields
        ("来源：省卫生健康委 作者：省卫生健康委", "省卫生健康委"),
        ("来源：城事观察局 作者：城事观察局", None),  # an account ending like a bureau: an account's own post
    ],
)
def test_a_department_credited_as_writer_and_source_is_both(line: str, source: str | None) -> None:
    assert parse_line(line).source == source


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("来源：晚安读书（ID：wanan_dushu）", "晚安读书", None),
        ("来源：晚安读书（微信号：wananbook）", "晚安读书", None),
        ("来源：人民日报（ID：rmrbwx）", None, "人民日报"),  # an outlet's own account stays the outlet
        ("来源：微信公众号 晚安读书", "晚安读书", None),
        ("来源：微信公众号“晚安读书”", "晚安读书", None),
    ],
)
def test_a_wechat_account_as_source_is_the_author(line: str, author: str | None, source: str | None) -> None:
    got = parse_line(line)
    assert (got.author, got.source) == (author, source)


@pytest.mark.parametrize("line", ["回答者：热心网友 2013-05-02", "匿名用户 发布于 2020-01-02", "作者：知乎用户"])
def test_an_anonymous_answerer_names_nobody(line: str) -> None:
    assert parse_line(line).author is None


_BAR_PAGE = """<html><head><meta charset="utf-8"><title>老街改造完成 居民回迁_城市日报</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/city/">城市</a></div>
<h1>老街改造完成 居民回迁</h1>
<div class="info"><span class="time">2016-05-20 08:40</span>{bar}</div>
<div class="content">
<p>经过一年多的改造，城南老街日前完成全部工程，首批三百多户居民本周起陆续回迁，街面商铺也将在下月重新开张营业。</p>
<p>据介绍，改造保留了老街原有的青石板路面和沿街骑楼，同时更换了地下管网，新增了停车位和口袋公园，方便居民出行休闲。</p>
<p>不少回迁居民表示，老街既留住了过去的模样，又用上了新的设施，住得更舒心了，希望今后能把老街的烟火气延续下去。</p>
</div><div class="footer">城市日报 版权所有</div></body></html>"""
_BAR_URL = "https://www.city-daily.example/city/2016/05/20/0042.html"


@pytest.mark.parametrize(
    ("bar", "source"),
    [
        # The outlet shown only as its logo: the image's alt, or the link's title when the image has none.
        (
            '<span class="source"><a href="https://p.example/"><img src="/l.png" alt="江淮晚报"></a></span>',
            "江淮晚报",
        ),
        (
            '<span>来源：<a href="https://www.paper.example/" title="江淮晚报"><img src="/logo/jhwb.png"></a></span>',
            "江淮晚报",
        ),
        # A share icon or an avatar is no outlet: nothing read.
        ('<span class="share"><a href="#"><img src="/i/wx.png" alt="微信"></a></span>', None),
    ],
)
def test_an_outlet_shown_as_its_logo_in_the_bar_is_the_source(bar: str, source: str | None) -> None:
    page = parse_html(_BAR_PAGE.format(bar=bar), _BAR_URL, Registry.load())
    assert page.source == source
    assert len(page.paragraphs) == 3


def test_a_rule_s_source_slot_holding_a_logo_reads_its_name() -> None:
    page = """<html><head><meta charset="utf-8"><title>老街改造完成 居民回迁_凤凰网</title></head><body>
<div class="main_content-3Fx"><h1 class="topic-2Qa">老街改造完成 居民回迁</h1>
<div class="info-1Ab"><p class="time-9Zk"><span>2021-05-20 08:40:12</span>
<span class="source-7Yt"><a href="https://p.example/"><img src="/l.png" alt="江淮晚报"></a></span></p></div>
<div class="text-5Rd">
<p>经过一年多的改造，城南老街日前完成全部工程，首批三百多户居民本周起陆续回迁，街面商铺也将在下月重新开张营业。</p>
<p>据介绍，改造保留了老街原有的青石板路面和沿街骑楼，同时更换了地下管网，新增了停车位和口袋公园，方便居民出行休闲。</p>
</div></div></body></html>"""
    article = parse_html(page, "https://news.ifeng.com/c/8AbCdEfGhIj", Registry.load())
    assert article.parser == "ifeng"
    assert article.source == "江淮晚报"


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        # A bar of one element a field: the time, the reporter, the paper, each a line (blind45's Taiwan paper).
        (["15:06 2020/12/18", "林怡君", "經濟日報"], "經濟日報"),
        (["2020-12-18 15:06", "林怡君", "經濟日報"], "經濟日報"),
        (
            ["15:06 2020/12/18", "林怡君", "這是一段不短的說明文字，不是任何欄位。", "經濟日報"],
            None,
        ),  # prose ends the run
    ],
)
def test_lone_parts_under_a_time_line_are_its_bar(lines: list[str], source: str | None) -> None:
    got = parse_byline(lines, bars=lines)
    assert (got.author, got.source) == ("林怡君", source)
