"""Credits reprinted the ways other CMSs and years print them (byline-va, session 9): an em dash after the
label, 「」 around the credit, 与 between two writers, a named 特约评论员, a photo word labelling the next
credit, an outlet under 作者 before a person's label, a reprint notice's writer under any writer's label,
发自 after the names, a writer's label repeated in a 作者 cell. Each family has negatives a careless rule
would break; ``bench/byline_vary.py`` scores the same families over every tune byline (its own test at the end).
"""

from __future__ import annotations

import random

import pytest

from bench.byline_vary import credit_variants
from newscorpus.scrapers.byline import parse_byline, parse_line


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者—李楠", "李楠"),
        ("记者——张三 来源：新华网", "张三"),
        ("2019年06月15日08:18 来源:每日经济新闻 作者—陈智", "陈智"),
        ("（协会秘书处 作者—周晓东 图／张宁）", "周晓东"),
        ("「文/张三」", "张三"),
        ("来源：市发改委 | 「文/林志强」 | 发布时间：2019-06-18 09:47", "林志强"),
        ("记者 张三与王芳", "张三 王芳"),
        ("文/林志强与王芳", "林志强 王芳"),
        ("特约评论员 刘晓峰 来源 中国教育报", "刘晓峰"),
        ("（特约评论员 方志强）", "方志强"),
        ("撰稿：刘洋 摄影 陈晨", "刘洋"),
        ("作者：新京报 作者：李在山", "李在山"),
        ("采写：南方日报 文/图：吴珊 黄颖", "吴珊 黄颖"),
        ("文/观察者网 编译：齐倩", "齐倩"),
        ("本文来自微信公众号“硬核看板”，撰文：陈白，经授权发布。", "陈白"),
        ("编者按：本文来自微信公众号“晚点LatePost”（ID：postlate），记者 程曼祺，36氪经授权发布。", "程曼祺"),
        ("作者：王芳 发自上海", "王芳"),
        ("作者：文/高亚楠", "高亚楠"),
        ("作者：江南布衣 發布於 2017-03-12", "江南布衣"),
        ("作　者：张三　来　源：新华网", "张三"),
        ("来 源：新华网 作 者：李四", "李四"),
        ("【作者】张三 【来源】人民网", "张三"),
        ("〔作者〕周莉\u3000【大 中 小】", "周莉"),
        ("作者：Mary Lim , BBC News", "Mary Lim"),
        ("作者：Jane Lee  Updated: 2022-06-03", "Jane Lee"),
        ("本报讯 记者 李想 译者：王静", "李想"),
        ("作者：张三,陈静 2024-05-13 10:00", "张三 陈静"),
        ("本报记者 郑慧敏·图／黄伟强", "郑慧敏"),
        ("作者： | 宋振华", "宋振华"),
        ("王维 | 〔唐代〕", "王维"),
        ("王维 〔唐代〕 来源：古诗文网", "王维"),
        ("本文来自微信公众号“硬核看板”， 记者 陈白 实习生 赵敏 ，经授权发布。", "陈白 赵敏"),
        ("本文来自微信公众号“读书杂志”， 北京日报记者 李明远 ，经授权发布。", "李明远"),
    ],
)
def test_credit_printed_another_way(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # An outlet's own dash and a date range stay as shown; a dash before a digit separates nothing.
        ("来源：人民网—人民日报", None),
        ("2019年—2020年 作者：张三", "张三"),
        # 和 is a surname and 与 opens words: only between two names does it join them.
        ("作者：和平", "和平"),
        ("作者：王与桐", "王与桐"),
        # The paper's own commentator names nobody, with or without 特约.
        ("本报评论员", None),
        ("作者：本报特约评论员", None),
        # A photo word closing the value still credits a photographer only.
        ("作者：张三 摄", None),
        # An outlet alone under 作者 is no writer (session 25: a person or a self-media account writes); it names
        # the source instead (tests/test_session25_classes.py).
        ("作者：新华社", None),
        # Outside a reprint notice the same clause is no credit of a notice.
        ("本文来自微信公众号“硬核看板”，经授权发布。", None),
        ("本文来自微信公众号“X”，记者从市交通局获悉，经授权发布。", None),
        # A padded pair needs a separator after it and no Han character before it.
        ("工作 者：张三", None),
        # A dot inside a transliterated name is no bar separator.
        ("记者 买买提·艾力", "买买提·艾力"),
        ("王维 唐代", None),
        ("陳品潔／核稿編輯：楊昫", "陳品潔"),
        # The site's own desk, or the site itself, under 作者 names nobody; a named outlet's desk stays.
        ("时间：2019-11-22 14:37:08  来源：中国塑料机械工业协会  作者：本网编辑部  点击：", None),
        ("作者：本站编辑", None),
        ("作者：编辑部", None),
        ("作者：本站原创", None),
        ("作者：新华社编辑部", None),  # a named outlet's desk: a unit, no writer since session 25
        ("作者：本报评论员 张三", "张三"),
        ("（作者：本站编辑 整合）", None),
    ],
)
def test_what_the_new_readings_leave_alone(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


def test_the_variants_are_deterministic_and_keep_the_expected_names() -> None:
    first = list(credit_variants(["张三"], random.Random(13)))
    again = list(credit_variants(["张三"], random.Random(13)))
    assert first == again
    families = {family for family, _, _ in first}
    assert {"1 label", "2 separator", "3 wrapper", "7 several", "8 unit", "T traditional"} <= families
    kept = [(credit, want) for family, credit, want in first if family not in ("9 name", "N nobody")]
    assert all(credit.count("张三") == 1 and want.split()[0] == "张三" for credit, want in kept)
    # The site's desk where the writer stood expects nobody.
    assert all(want == "" and "张三" not in credit for family, credit, want in first if family == "N nobody")
    # Another name's shape replaces the writer, and the expected value with it.
    assert all(want in credit and "张三" not in credit for family, credit, want in first if family == "9 name")
    # An account or a unit gets no reporter's title and no outlet before it.
    account = list(credit_variants(["财经老顽童"], random.Random(13)))
    assert not any("记者" in credit for _, credit, _ in account)


def test_reprinted_credits_keep_their_writer() -> None:
    """Every family on a handful of credits: the parser keeps the writer in all but a few variants."""
    rng = random.Random(13)
    cases = [["李在山"], ["周晓东"], ["陈智", "张楠"], ["Jane Doe"]]
    variants = [(credit, want) for names in cases for _, credit, want in credit_variants(names, rng)]
    lost = [(credit, want) for credit, want in variants if (parse_line(credit).author or "") != want]
    assert len(lost) <= len(variants) // 20, lost


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (["林锐 | BBC中文记者"], "林锐"),
        (["陈可扬 · 报道"], "陈可扬"),
        (["林锐 BBC中文记者 来源：BBC"], "林锐"),
        (["劳拉·昆斯伯格", "BBC政治编辑"], "劳拉·昆斯伯格"),
        # A label in its own element over a name glued to the next field's label, and one over a line of its own.
        (["作者：", "高阳责编：任绍敏"], "高阳"),
        (["（供稿单位：化学工程学院 作者：", "邓锐 摄影：刘畅 审核：周立群）"], "邓锐"),
        # A line opening with its own label is no value of the label above it.
        (["作者：", "发布日期：2021-03-02"], None),
    ],
)
def test_bar_parts_read_together(lines: list[str], author: str | None) -> None:
    assert parse_byline(lines).author == author
