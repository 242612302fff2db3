"""A bracket right after a dispatch's dateline credits its reporters without a label: ``人民网郑州8月14日电（王丹丹）``
as ``（记者 王丹丹）`` does (blind30's people.com.cn page named nobody). Only people's names: ``（综合）`` or
``（图文）`` after a dateline, or a name in brackets after anything else, credit nobody."""

import pytest

from newscorpus.scrapers.byline import story_credit

_REST = "8月13日，记者从省教育厅获悉，今年秋季学期起，全省将推行中小学课后延时服务，每天服务结束时间不早于下午五点半。"


@pytest.mark.parametrize(
    ("dateline", "authors"),
    [
        ("人民网郑州8月14日电（钱思远）", "钱思远"),
        ("本报讯（钱思远 孙雨桐）", "钱思远 孙雨桐"),
        ("新华社西宁8月14日電（錢思遠）", "錢思遠"),
        ("人民网郑州8月14日电（钱思远等）", "钱思远"),  # and others: the one named
    ],
)
def test_the_dispatchs_bracket_names_its_reporters(dateline: str, authors: str) -> None:
    assert story_credit(dateline + _REST).author == authors


@pytest.mark.parametrize("dateline", ["人民网郑州8月14日电（综合）", "本报讯（图文）", "他在会上说（钱思远）"])
def test_no_reporter_named(dateline: str) -> None:
    assert story_credit(dateline + _REST).author is None
