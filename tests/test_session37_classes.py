"""Classes session 37 found in blind92n's strings and pages (flipped to tune at the session's start): a bar whose
comment link's element runs on from the name before it (``作者：X评论 218``, ``编辑：X评论(58)``); a news site's
dispatch dateline with no place before the day (``中新网3月8日电``); a township or a numbered school before a
correspondent's name, read as a second writer (``（唐江镇 刘佳敏）``, ``通讯员 市一中 刘瑞``); a two-character name
glued to its filing place (``侨报记者李梅洛杉矶报道``, from blind91n).
Written as other outlets, names and wordings than the batch's, each with controls.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

from .helpers import line_fields


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("2024-03-02 10:20:00来源：东方快报作者：唐思远评论 96", ("唐思远", "东方快报", None)),
        ("来源：东方快报 编辑：韩雪评论(12)", (None, "东方快报", "韩雪")),
        ("作者：林一鸣評論（7）", ("林一鸣", None, None)),
        ("责任编辑：高远评论 1.3万", (None, None, "高远")),
        # Controls: an outlet whose name ends in 评论 keeps it before a date or a label, and a page's call to act
        # or tally keeps its own word (no name before 评论 there).
        ("来源：新京报评论 2024-03-02 10:20", (None, "新京报评论", None)),
        ("来源：光明网评论 作者：唐思远", ("唐思远", "光明网评论", None)),
        ("东方快报 2011年05月12日08:34 我要评论(312)", (None, "东方快报", None)),
        ("作者：唐思远 网友评论(3)", ("唐思远", None, None)),
    ],
)
def test_a_comment_count_glued_after_a_name_ends_it(line: str, want: tuple[str | None, ...]) -> None:
    assert line_fields(line) == want


_STORY = "<p>春节后第一周，国内多家企业相继发布新版本，推理成本普遍下降，开发者社区反响热烈。</p>" * 3


@pytest.mark.parametrize(
    ("link", "author"),
    [
        ("<a href='#comment' class='cmt'>评论 <em>218</em></a>", "唐思远"),
        ("<a href='#comment' class='cmt'>评论(31)</a>", "唐思远"),
        # Control: a share link glued on was already a tool word.
        ("<a href='#share'>分享</a>", "唐思远"),
    ],
)
def test_a_bar_of_spans_with_a_comment_link_after_the_author(link: str, author: str) -> None:
    """The bar's spans run on into each other in the region's text (a template the site rule's selectors miss)."""
    html = (
        "<html><head><title>大模型开源潮_东方快报</title></head><body><div class='article'>"
        "<div class='left-main'><h3>大模型开源潮</h3>"
        "<div class='time fix'><span>2025-02-14 17:36:00</span><span>来源：东方快报</span>"
        f"<span>作者：唐思远</span>{link}</div><div class='content all-txt'>{_STORY}</div></div></div></body></html>"
    )
    assert parse_html(html, "https://www.guancha.cn/economy/2025_02_14_5521.shtml", Registry.load()).author == author


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("中新网5月9日电 (记者 王恬)", ("王恬", "中新网", None)),
        ("央广网6月2日电 综合报道", (None, "央广网", None)),
        ("中国日报网11月3日电（记者 赵越）", ("赵越", "中国日报网", None)),
        # Controls: with the place as before, a labelled source above the dateline's site, and no outlet.
        ("中新网北京5月9日电 (记者 王恬)", ("王恬", "中新网", None)),
        ("来源：北京晚报 中新网5月9日电", (None, "北京晚报", None)),
        ("互联网5月9日电", (None, None, None)),
    ],
)
def test_a_news_sites_dateline_with_no_place_names_it(line: str, want: tuple[str | None, ...]) -> None:
    """The session 26 rule (an unbracketed wire dateline names its agency) read a news site's dispatch only with
    the place between its name and the day; natural batches print it without the place too."""
    assert line_fields(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("（梅林镇　周晓燕）", ("周晓燕", None, None)),
        ("（通讯员 县二中 何俊）", ("何俊", None, None)),
        ("（记者 陈立 通讯员 柳溪街道 孙涛）", ("陈立 孙涛", None, None)),
        ("（通讯员 江南社区 吴芳 衡水一中 李娟）", ("吴芳 李娟", None, None)),
        # Controls: a two-character name ending in 镇 is a person; the township contributing alone is the source.
        ("（记者 王镇）", ("王镇", None, None)),
        ("（梅林镇 供稿）", (None, "梅林镇", None)),
        ("（通讯员 周晓燕 何俊）", ("周晓燕 何俊", None, None)),
    ],
)
def test_a_township_or_numbered_school_before_a_name_is_the_writers_unit(
    line: str, want: tuple[str | None, ...]
) -> None:
    """唐 and 梅 lead names, so 唐江镇 and 梅林镇 read as people before; a township, a neighbourhood or a numbered
    school printed before a correspondent's name is where the person works."""
    assert line_fields(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("星岛记者张敏温哥华报道", ("张敏", None, None)),
        ("本报记者刘洋上海报道", ("刘洋", None, None)),
        ("（記者林文多倫多報導）", ("林文", None, None)),
        ("记者孙强采访报道", ("孙强", None, None)),
        ("中央社記者王蘭紐約3日電", ("王蘭", "中央社", None)),
        # Controls: a three-character name before a two-character place, a name alone, a double surname's name.
        ("記者陳怡君台北報導", ("陳怡君", None, None)),
        ("记者刘洋报道", ("刘洋", None, None)),
        ("记者欧阳晓东报道", ("欧阳晓东", None, None)),
    ],
)
def test_a_known_filing_place_glued_after_a_name_is_cut_off(line: str, want: tuple[str | None, ...]) -> None:
    """By length alone the name was read as three characters (李梅洛 of 李梅洛杉矶) and four with no place known
    (王强北京); a known filing place closing the word decides the cut."""
    assert line_fields(line) == want
