"""Grammar classes learnt from blind18-20 (tune material for byline-w6b, session 9 wave 2), pinned by hand-written
variants in other wording, markup and years than the pages they were learnt from:

- a word that is no name standing where an empty label's value would, or after the names: the next field's label
  (``作者： 访问量：1,047``), a counter, a post's badge (``作者：王文 原创``, ``独家``, ``首发``), a value saying the
  text was compiled or found online (``作者：综合``);
- an interviewer credited beside the writer (``撰文/X 采访/Y``) is no writer;
- a college's department or a court's chamber before a name is its unit (``汽车工程系 高文静``, ``刑二庭 李涛``), and
  so is a Japanese city's section or library in a closing bracket (``（中央図書館・佐藤美咲）``);
- a box's status in brackets (``（準備中）``) is no Japanese writer.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.registry import Registry


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("作者： 访问量：1,047 字号：大 中 小", None),
        ("作者：浏览次数:2316", None),
        ("作者：阅读量：58 发布时间：2021-04-02", None),
        ("作者：点击数：", None),
        ("作者：王文 原创 责任编辑：周远方", "王文"),
        ("作者：李晓燕 独家 来源：某某日报", "李晓燕"),
        ("文/陈立群 首发 2019-03-02", "陈立群"),
        ("作者：周楠 轉載 2016-08-11", "周楠"),
        ("作者：综合 日期：2020-02-10", None),
        ("作者：网络 时间：2015-06-01", None),
        ("作者：综合报道", None),
    ],
)
def test_no_name_where_a_name_would_be(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("（撰文/孟婷婷 采访/胡霜）", "孟婷婷"),
        ("文/李响 采访/王一凡 摄影/赵强", "李响"),
        ("撰文：陈思 採訪：林佳慧", "陈思"),
        ("作者：黄磊 采访 刘畅", "黄磊"),
        ("记者 张一鸣 采访/孙婷", "张一鸣"),
        ("采访整理：王珂", "王珂"),  # 采访整理 still labels the writer who wrote the interview up
    ],
)
def test_an_interviewer_is_no_writer(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("（文/汽车工程系 高文静\u3000图/汽车工程系\u3000审核/刘长青）", "高文静"),
        ("文/中文系 李婉清", "李婉清"),
        ("作者：电子信息工程系 王浩然", "王浩然"),
        ("作者：刑二庭 李涛", "李涛"),
        ("作者：民一庭 陈静", "陈静"),
        ("作者：执行庭 赵磊", "赵磊"),
        ("作者：张庭", "张庭"),  # 庭 ends given names: only a court's chamber shape is a unit
        ("作者：联系 张三", "联系 张三"),  # 联系 is no department
    ],
)
def test_a_department_or_chamber_before_a_name(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("（中央図書館・佐藤美咲）", "佐藤美咲"),
        ("（観光課・山田太郎）", "山田太郎"),
        ("（市民課 鈴木花子）", "鈴木花子"),
        ("（準備中）", None),
        ("（調整中）", None),
        ("（工事中）", None),
        ("（山本哲也）", "山本哲也"),
    ],
)
def test_japanese_brackets(line: str, author: str | None) -> None:
    assert parse_line(line).author == author


_SCHOOL = """<html><head><title>{title}</title></head><body>
<div class="article"><h1>{title}</h1>
<div class="info">{bar}</div>
<div class="content"><p>{body}</p><p>{body}</p>
<p class="author-line" style="text-align:right">{credit}</p></div></div></body></html>"""
_BODY = (
    "9月21日下午，全市工作推进会在市教育局召开，各区教育局分管负责人和部分学校校长参加会议，会议通报了近期工作进展。"
)


@pytest.mark.parametrize(
    ("bar", "credit", "author"),
    [
        (  # an empty 作者 before the counter's own element: the credit under the story names the writer
            "<span>发布时间：2022-09-21 17:05</span><span>作者：</span><span>访问量：<em>1,047</em></span>",
            "撰稿：喻晓敏　摄影：贺俊　审核：周立新",
            "喻晓敏",
        ),
        (
            "<span>作者：</span><span>浏览次数：<b>326</b></span><span>2019-05-08</span>",
            "（文/李可欣 图/张伟）",
            "李可欣",
        ),
        (  # nothing credited anywhere: the counter is still nobody
            "<span>来源：基础教育科</span><span>作者：</span><span>点击数：<em>88</em></span>",
            "",
            None,
        ),
        ("<span>作者：王文</span><span>原创</span><span>责任编辑：周远方</span>", "", "王文"),
        ("作者：许晴 独家 2018-07-06 15:30", "", "许晴"),
    ],
)
def test_pages(bar: str, credit: str, author: str | None) -> None:
    html = _SCHOOL.format(title="全市中小学工作推进会召开", bar=bar, body=_BODY, credit=credit)
    assert parse_html(html, "https://www.example.edu.cn/info/1021/5531.htm", Registry.load()).author == author
