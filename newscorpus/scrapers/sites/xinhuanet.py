"""新华网 xinhuanet.com / news.cn articles.

2017-2019 template: ``div.h-title``, ``span.h-time``, ``em#source``, body ``#p-detail``, 责任编辑 in
``.p-jc``. The news.cn template (2020-) splits the time into ``.header-time`` spans (year / month-day /
clock) and keeps the body in ``#detail``. Older pages use ``h1#title``, ``#pubtime`` and ``#content``.
The reporter is only named in the dateline: ``新华社巴黎12月9日电（记者唐霁）``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from selectolax.lexbor import LexborHTMLParser

from newscorpus.scrapers.rule import RulePage, SiteRule, Template
from newscorpus.scrapers.text import node_text

if TYPE_CHECKING:
    from newscorpus.models import Article


def _split_time(article: Article, tree: LexborHTMLParser) -> None:
    """news.cn prints ``2021 | 08/20 | 10:12:02`` in three spans that no date pattern reads as one."""
    from newscorpus.scrapers.dates import is_date_only, parse_datetime  # loading the rules stays cheap

    # A day alone (the <meta name="publishdate"> the spans' clock did not complete) still wants its time.
    if article.published_at is not None and not is_date_only(article.published_at):
        return
    parts = [node_text(tree.css_first(f"div.header-time .{name}")) for name in ("year", "day", "time")]
    if all(parts):
        shown = parse_datetime(f"{parts[0]}-{parts[1].replace('/', '-')} {parts[2]}")
    else:  # the year inside the day's span (<span class="day"><em>2021</em> <em>06</em>/<em>12</em></span>)
        shown = parse_datetime(node_text(tree.css_first("div.header-time")))
    if article.published_at is None or (shown or "")[:10] == article.published_at[:10]:
        article.published_at = shown or article.published_at


def _dateline_author(article: Article) -> None:
    from newscorpus.scrapers.byline import story_credit  # on first parse: loading the rules stays cheap

    if article.author or not article.paragraphs:
        return
    # "新华社巴黎12月9日电（记者唐霁）": the byline grammar reads the dateline's bracketed credit.
    article.author = story_credit(article.paragraphs[0]).author


def _postprocess(article: Article, page: RulePage) -> None:
    _split_time(article, page.tree)
    _dateline_author(article)


RULE = SiteRule(
    name="xinhuanet",
    hosts=("xinhuanet.com", "news.cn"),
    version=38,
    title=("div.h-title", "div.head-line h1 span.title", "div.head-line h1", "h1#title", "#title"),
    published=("span.h-time", "#pubtime", "span.time", "div.info span.time"),
    source=("em#source", "span#source", "div.header-time + div.source", "div.source", "span.source"),
    byline=("div.h-info", "div.p-tags .p-jc", "span.editor", "div.editor", "div.header-cont .source"),
    # Page layouts, tried in this order (dated as the notes above date them), then an undated fallback.
    templates=(
        Template("p_detail", since="2017", until="2019", body=("#p-detail",)),
        Template("news_cn", since="2020", body=("#detail",)),
        Template("content", since=None, until="2017", body=("#content",)),
    ),
    body=("div.article",),
    drop=(
        "div.lb",
        "div.video-url",
        "div.tadd",
        "div.p-tags",
        "div.share",
        "span.editor",
        "div.editor",
        "#articleEdit",
        "div.pageShare",
    ),
    related=("div.relate-news", "#relatedNews", "div.xglj"),
    fingerprints=('document.domain="xinhuanet.com"', 'document.domain = "news.cn"'),
    postprocess=_postprocess,
)
