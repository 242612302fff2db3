"""Byline classes first missed on blind48 (session 18), each tested in words the batch does not use where the
class allows."""

from __future__ import annotations

import pytest

from newscorpus.scrapers.byline import parse_byline, parse_line


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # Each writer's office before the name, the second too (a three-character 科 word only in such a run).
        ("作者：骨科 谢文博 信息科 邱蕾", "谢文博 邱蕾"),
        ("作者：普外二科 陈明 办公室 王芳", "陈明 王芳"),
        ("作者：民一庭 赵阳 研究室 孙丽", "赵阳 孙丽"),
        # A three-character name may end as a unit does: two writers, no unit.
        ("作者：周立科 李明", "周立科 李明"),
        ("作者：张三 王晓科", "张三 王晓科"),
        # A post before its holder.
        ("作者：河口村第一书记 刘建国", "刘建国"),
        ("作者：志願者 陳雅婷", "陳雅婷"),
        ("作者：社区党委书记 孙梅", "孙梅"),
        ("作者：李书记", "李书记"),
        ("文／执事 许文华", "许文华"),
    ],
)
def test_offices_and_posts_before_names_are_no_names(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("2019-11-02 由 健康小百科 发表于 养生", "健康小百科"),  # a dated content-farm copy; 百科 is no 科 unit
        ("2020年3月5日 由 阿樂 於 下午 3:20 發佈", "阿樂"),
        ("（本文为数码老王原创，转载请注明出处）", "数码老王"),
        ("本文系「山野食记」原创，未经授权请勿转载", "山野食记"),
        ("（初三（2）班 许可馨）", "许可馨"),  # a pupil under a class, though 许可 is a word
        ("主笔：王海　执笔：蓝雨", "王海 蓝雨"),  # a drafter's name that is a word too
    ],
)
def test_credits_by_their_sentence_or_context(line: str, author: str) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    "line",
    [
        "本文为作者原创，转载请注明出处",
        "本文为大风号作者原创，不代表凤凰网立场。",
        "本文为《汽车观察》原创，谢绝转载",
        "本文为新京报原创，未经授权不得转载。",
        "热心网友 回答于 2016-05-03",
        "执笔：本刊评论部",
        "作者：綜合整理",
        "2019年3月5日 由于天气原因推迟发布",
    ],
)
def test_notes_naming_nobody_give_no_author(line: str) -> None:
    assert parse_line(line).author is None


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("本文转载自：东方财讯，原文链接：http://www.example-news.cn/a/2012/0706/1183.html", "东方财讯"),
        ("本文来源钱江晚报，版权归原作者所有，如有侵权请联系删除。", "钱江晚报"),
        ("文章来源：中国茶叶网，转载请注明出处", "中国茶叶网"),
        ("作者：党委学工部　来源：党委学工部　点击数：", "党委学工部"),  # a party office writes and sends
        ("2016-04-01 山居老人 来源 阅 1033 转 12 转藏到我的图书馆", None),  # 阅 is a counter's label
        ("本文来源于网络，如有侵权请联系删除。", None),
        # a WeChat account a reprint names: where it was taken from, since session 26 (natural batches' labels)
        ("本文转载自微信公众号“城南旧事”，原文链接：", "城南旧事"),
    ],
)
def test_a_notice_names_its_outlet_up_to_its_first_comma(line: str, source: str | None) -> None:
    assert parse_line(line).source == source


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        # A 2008 portal bar opening with its channel's address: the address is the site's, the outlet after it.
        (["http://ent.sina.com.cn 2008年05月03日09:12", "北京晨报"], "北京晨报"),
        (["http://news.example-portal.cn 2009年11月21日 14:05 扬子晚报"], "扬子晚报"),
        (["出处：https://www.example-blog.cn/post/12 作者：林溪"], None),  # an address after its label: no outlet
    ],
)
def test_a_web_address_standing_in_a_bar_is_no_part_of_it(lines: list[str], source: str | None) -> None:
    assert parse_byline(lines, lines).source == source


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("（钱江晚报 记者 方晓 通讯员 周宁）", "钱江晚报"),  # the outlet set apart before the credit
        ("（钱江晚报记者 方晓）", None),  # glued: the reporter's title
        ("（记者 方晓）", None),
    ],
)
def test_an_outlet_set_apart_in_a_closing_credit_names_the_source(line: str, source: str | None) -> None:
    assert parse_line(line).source == source


_LINK = "原文链接：https://example.cn/s"


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        # Nobody named but the account the closing notice reposted from: it is the author (README "accounts").
        (["时间：2019-03-12 09:41 来源：百家号 作者：admin", f"本文转载自百家号“滇南小食记”，{_LINK}"], "滇南小食记"),
        # A person beside the time outranks it.
        (["周晓岚", "2024-03-08 07:30", f"本文转载自百家号“滇南小食记”，{_LINK}"], "周晓岚"),
    ],
)
def test_a_reprint_notice_s_account_ranks_below_every_name(lines: list[str], author: str) -> None:
    assert parse_byline(lines, lines[:-1]).author == author
