"""Byline classes first missed on blind45 (session 16), each tested in words the batch does not use where the
class allows."""

from __future__ import annotations

import pytest

from newscorpus.scrapers.byline import parse_line


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
        ("来源：本局", None),
        ("发布时间：2015-04-02 来源：本所", None),
        ("来源：本中心", None),
        ("来源：本报", "本报"),  # a paper's own name for itself: kept, as labels keep it
        ("来源：本院原创", "本院原创"),  # as 本站原创 is kept
    ],
)
def test_the_site_s_own_institution_by_a_pronoun_names_no_outlet(line: str, source: str | None) -> None:
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
