"""Classes session 42 found in blind97n's strings and pages (flipped to tune at the session's start): a dispatch
dated with 讯 or 消息 (``财联社4月1日讯``) names its outlet as a wire's 电 does, but the site's own tag on its own
pages names none; ``据X消息，`` read alone with the comma the story would go on after; 文案 in a feature's crew; a
report tag spaced inside its brackets; a handle holding 和 beside other words. Written as other outlets, names,
places and wordings than the batch's, with controls.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

from .helpers import line_fields


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("界面新闻8月12日讯（记者 陶晓东）", ("陶晓东", "界面新闻", None)),
        ("华龙网重庆5月6日讯（记者 刘玲）", ("刘玲", "华龙网", None)),
        ("东方财富网 上海3月9日消息（编辑 韩雪）", (None, "东方财富网", "韩雪")),
        ("大众日报客户端济南10月3日讯", (None, "大众日报客户端", None)),
        ("据潮新闻客户端7月2日消息", (None, "潮新闻客户端", None)),
        ("每日经济新闻2023年4月1日讯（记者 何旭）", ("何旭", "每日经济新闻", None)),
        # controls: the paper's own tag, a head that is no outlet, a tag opening its story (cjn labels its own so), a
        # wire
        ("本报济南10月3日讯（记者 王海）", ("王海", None, None)),
        ("界面新闻8月12日讯（记者 陶晓东）多家车企公布了七月销量。", ("陶晓东", None, None)),
        ("县委宣传部8月12日讯", (None, None, None)),
        ("中新网北京3月1日电（记者 程琳）", ("程琳", "中新网", None)),
    ],
)
def test_a_dated_dispatch_names_its_outlet(line: str, fields: tuple[str | None, str | None, str | None]) -> None:
    assert line_fields(line) == fields


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("据新华社消息，", "新华社"),
        ("据澎湃新闻报道，", "澎湃新闻"),
        ("据《经济日报》报道，", "经济日报"),
        # controls: the same without the comma, and 据 opening a clause that names no outlet
        ("据新华社消息", "新华社"),
        ("据悉，", None),
        ("据了解，", None),
        ("据报道，", None),
    ],
)
def test_reported_after_an_outlet_with_the_storys_comma(line: str, source: str | None) -> None:
    assert line_fields(line)[1] == source


def _dispatch_page(brand: str, bar: str, lead: str) -> str:
    return (
        f"<html><head><title>长三角港口集装箱吞吐量同比增长一成_{brand}</title></head><body>"
        f"<div class='logo'><a href='/'>{brand}</a></div>"
        "<div class='nav'><a href='/'>首页</a><a href='/finance/'>财经</a><a href='/tech/'>科技</a></div>"
        f"<h1>长三角港口集装箱吞吐量同比增长一成</h1><div class='info'>{bar}</div><div class='content'>"
        f"{lead}<p>交通运输部最新数据显示，今年前四个月长三角主要港口完成集装箱吞吐量同比增长约一成，增速较一季度加快。</p>"
        "<p>多位航运业人士表示，近期部分航线运价有所回升，外贸企业出货节奏加快，港口业务量有望继续保持增长。</p>"
        "<p>业内分析认为，随着新航线陆续开通，下半年港口吞吐量仍有望保持较快增长，但需关注海外需求变化。</p>"
        f"</div><div class='footer'>Copyright © 2025 {brand} 版权所有</div></body></html>"
    )


@pytest.mark.parametrize(
    ("brand", "bar", "lead", "source"),
    [
        ("港航财经", "2025-05-19 10:21", "<p>港航财经5月19日讯（记者 柯一鸣）</p>", None),
        ("港航财经", "2025-05-19 10:21", "<p>港航财经上海5月19日消息（记者 柯一鸣）</p>", None),
        # the tag opening the story's first paragraph: no source read from it
        ("港航财经", "2025-05-19 10:21", "<p>港航财经5月19日讯（记者 柯一鸣）交通运输部发布数据。</p>", None),
        # controls: another outlet's dispatch on the site, and a label naming the site the source too
        ("港航财经", "2025-05-19 10:21", "<p>华龙网5月19日讯（记者 柯一鸣）</p>", "华龙网"),
        ("港航财经", "2025-05-19 10:21　来源：港航财经", "<p>港航财经5月19日讯（记者 柯一鸣）</p>", "港航财经"),
    ],
)
def test_the_sites_own_dispatch_tag_names_no_source(brand: str, bar: str, lead: str, source: str | None) -> None:
    article = parse_html(
        _dispatch_page(brand, bar, lead), "https://www.ganghang-cj.cn/finance/20250519/1001.html", Registry.load()
    )
    assert (article.author, article.source) == ("柯一鸣", source)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("策划：孙悦　文案：钟晴　设计：马骁", "钟晴"),
        ("出品：县融媒体中心 文案：刘一舟 剪辑：韩东", "刘一舟"),
        ("文案 | 白桦　设计 | 阿杰", "白桦"),
        # controls: a crew with no writer's label names nobody; a writer's label still wins its line
        ("策划：孙悦　统筹：梁山　设计：马骁", None),
        ("撰文：唐宁　设计：马骁", "唐宁"),
    ],
)
def test_a_copywriter_among_a_features_crew_is_its_writer(line: str, author: str | None) -> None:
    assert line_fields(line)[0] == author


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("[ 新浪财经报道 ] 作者：周乔", "新浪财经"),
        ("【 参考消息综合报道 】", "参考消息"),
        # controls: the tag unspaced, and a spaced bracket naming no outlet
        ("[新浪财经报道] 作者：周乔", "新浪财经"),
        ("[ 相关报道 ]", None),
        ("【 独家报道 】", None),
    ],
)
def test_a_report_tag_spaced_inside_its_brackets_names_its_outlet(line: str, source: str | None) -> None:
    assert line_fields(line)[1] == source


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者：上海阿强和他的猫 · 认证车主 · 2021-03-02 10:15", "上海阿强和他的猫"),
        ("楼主：老周和他的书 · 2019-05-06", "老周和他的书"),
        # controls: two people joined by 和 beside other words, and the handle alone
        ("作者：王芳和李明 · 2021-03-02 10:15", "王芳 李明"),
        ("作者：小满与立夏", "小满与立夏"),
    ],
)
def test_a_handle_holding_and_keeps_it_beside_other_words(line: str, author: str) -> None:
    assert line_fields(line)[0] == author
