"""Classes learnt in session 25 from tune material (blind batches up to blind72 and the earlier ones' remaining
misses), as hand-written variants in other wordings and markup: never a copy of a blind page.

Bylines: a photo's credit under a caption names the picture's agency, not the story's source; a bar's tools in
square brackets after its unlabelled outlet (`[打印] [关闭]`) leave no stray parts that make it too long for a bar;
a site rule whose bar selectors miss reads the bars after a headline standing alone in its wrapper
(`<div class=hd><h1>`), not only after a bare headline.
"""

from __future__ import annotations

import pytest

from newscorpus.parse import parse_html
from newscorpus.scrapers.byline import parse_byline, parse_line
from newscorpus.scrapers.registry import Registry

from .helpers import STORY_PROSE


@pytest.mark.parametrize(
    ("line", "source", "author"),
    [
        # A caption, then the photographer's credit: the agency took the picture, it did not file the story.
        ("3月8日，游客在公园内赏花。（中新社记者 李晓东 摄）", None, None),
        ("10月3日，游客在景区排队入园。（人民日报记者 王海 摄影）", None, None),
        ("图为2023年6月1日，孩子们在广场上做游戏。（新华社记者 周然 摄）", None, None),
        # Control: an undated caption was read so already.
        ("市民在社区服务站办理业务。（新华社记者 周然 摄）", None, None),
        # Controls: a writer's credit in the same place still names the outlet's wire; a bare photo credit nothing.
        ("（中央社記者陳靜怡台中5日電）", "中央社", "陳靜怡"),
        ("（新华社记者 周然 摄）", None, None),
    ],
)
def test_a_photo_credit_under_a_caption_names_no_source(line: str, source: str | None, author: str | None) -> None:
    found = parse_line(line)
    assert (found.source, found.author) == (source, author)


@pytest.mark.parametrize(
    ("bar", "source"),
    [
        ("2015年6月2日 08:15 江南都市报 [收藏] [纠错] [打印]", "江南都市报"),
        ("2011-07-02 09:40\u3000燕赵晚报\u3000发表评论\u3000[打印]\u3000[关闭]", "燕赵晚报"),
        # Controls: fewer tools were read before; a bar of tools alone names nobody.
        ("2012-03-05 10:20\u3000\u3000齐鲁晚报\u3000\u3000[打印] [关闭]", "齐鲁晚报"),
        ("2011-07-02 09:40 [打印] [关闭] [返回]", None),
    ],
)
def test_a_bars_bracketed_tools_after_its_outlet(bar: str, source: str | None) -> None:
    assert parse_byline(["高校招生咨询会在体育馆举行", bar]).source == source


def _old_portal_page(head: str, body_id: str) -> str:
    """A 2010-style portal page: the bar's spans glued (no spaces between them), tools after them."""
    bar = (
        "<div class='info'><span class='col'><span class='t'>2010年01月30日09:12</span>"
        "<span class='s'><a href='http://www.chinanews.test/'>中国新闻网</a></span>"
        "<span class='c'>我要评论(<a href='#'>12</a>)</span></span>\n"
        "<span class='tools'>字号：<a href='#'>T</a>|<a href='#'>T</a></span></div>"
    )
    lead = "<p>中新网北京1月30日电（记者 王强 李静）春运首日，全国铁路、公路、水路、民航客流总体平稳有序。</p>"
    return (
        "<html><head><meta charset='utf-8'><title>春运首日客流平稳有序_新闻中心</title></head><body>"
        "<div id='ArticleCnt'><div class='dir'><a href='/'>新闻中心</a> &gt; 正文</div>\n<div id='C-Main'>\n"
        f"{head}\n{bar}\n<div id='{body_id}'>{lead}{STORY_PROSE}</div></div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "body_id"),
    [
        ("https://news.qq.com/a/20100130/000123.htm", "Cnt-Main-Article-QQ"),
        ("https://news.163.com/10/0130/09/5TQ1234500011229.html", "endText"),
    ],
)
@pytest.mark.parametrize(
    "head",
    [
        "<div class='hd'><h1>春运首日客流平稳有序</h1></div>",
        "<div class='hd'><div class='inner'><h1>春运首日客流平稳有序</h1></div></div>",
        "<h1>春运首日客流平稳有序</h1>",  # control: a bare headline's bars were read before
    ],
)
def test_a_rule_reads_the_bar_after_a_headlines_wrapper(registry: Registry, url: str, body_id: str, head: str) -> None:
    article = parse_html(_old_portal_page(head, body_id), url, registry)
    assert (article.author, article.source) == ("王强 李静", "中国新闻网")
