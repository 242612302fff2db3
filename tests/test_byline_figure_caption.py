"""A figure's or table's caption credits its data (``图：美国核心PCE物价指数（来源：Wind）``): no source of the story.
blind29's two finance pages took a chart's data source (Wind, 公司公告) for the story's."""

import pytest

from newscorpus.scrapers.byline import parse_byline


@pytest.mark.parametrize(
    "caption",
    [
        "图：上市银行不良贷款率走势（来源：Wind）",
        "图2：各城市二手房挂牌量（来源：贝壳研究院）",
        "表1：主要指标（数据来源：国家统计局）",
    ],
)
def test_a_captions_source_is_the_charts(caption: str) -> None:
    assert parse_byline([caption], []).source is None


def test_the_storys_own_source_line_stays() -> None:
    assert parse_byline(["来源：经济观察报"], []).source == "经济观察报"
