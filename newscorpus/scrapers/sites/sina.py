"""新浪 sina.com.cn: news, finance and tech articles.

Current template: ``h1.main-title``, ``.date-source`` (date span, source link or span), body in
``#artibody`` (finance/tech) or ``#article`` (news), editor in ``p.article-editor``/``p.show_author``.
Older pages used ``#artibodyTitle``, ``#pub_date``/``.time-source`` and ``#media_name``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborHTMLParser

from newscorpus.scrapers import sitekit
from newscorpus.scrapers.rule import RulePage, SiteRule, Template

if TYPE_CHECKING:
    from newscorpus.models import Article

# Page layouts, tried in this order: ``#artibody`` serves finance/tech and the older news pages (the
# 2016 ``.time-source`` pages too), ``div#article`` today's news pages (its saved pages are held out of
# tuning: not read to date it). No page on record reaches the undated fallbacks.
_TEMPLATES = (
    Template("artibody", since="2016-03", body=("#artibody",)),
    Template("article", since=None, body=("div#article",)),
)
_FALLBACK_BODY = ("div.article-body", "#article_content .article")
_VISIBLE_TIME = ("div.date-source span.date", "span.date", "#pub_date", "span.time-source")
_TIME_META = ('meta[property="article:published_time"]', 'meta[name="weibo: article:create_at"]')
# Reposts of WeChat posts open with "原创： 张三编译 某公众号": a credit line, not story text.
_REPOST_CREDIT = re.compile(r"^原创\s*[:：]\s*([\u4e00-\u9fa5·]{2,8}?)(?:编译|整理|编辑)?\s")


def _postprocess(article: Article, page: RulePage) -> None:
    lines = article.paragraphs
    captions = sitekit.caption_like(lines)
    if lines and (credit := _REPOST_CREDIT.match(lines[0])):
        article.author = article.author or credit.group(1)
        captions.add(lines[0])
    # A reporter's credit line at either end of the body (◎记者 X under an app's slogan) is a byline, as on 163,
    # qq and ifeng: its names are the author's, the line no story text.
    credit, article.paragraphs = sitekit.split_credit_lines([line for line in lines if line not in captions])
    article.author = article.author or credit
    sitekit.account_after_notice(article, page)  # a 新浪看点 account's post


def _prepare(article: Article, tree: LexborHTMLParser) -> None:
    visible = sitekit.visible_time(tree, _VISIBLE_TIME, article.url)
    candidates = [sitekit.meta_time(tree, selector) for selector in _TIME_META]
    article.published_at = sitekit.precise_time(visible, candidates)


RULE = SiteRule(
    name="sina",
    hosts=("sina.com.cn",),
    version=42,
    title=("h1.main-title", "#artibodyTitle", "h1#main_title", "div.article-header h1"),
    source=("div.date-source .source", "#media_name", "span.source", "span.time-source a"),
    editor=("p.article-editor", "p.show_author", "div.article-editor"),
    byline=("div.date-source", "span.time-source"),
    templates=_TEMPLATES,
    body=_FALLBACK_BODY,
    drop=(
        "div.img_wrapper",
        "span.img_descr",
        "div.appendQr_wrap",
        "div.ct_hqimg",
        "blockquote",
        "span[id^=quote_]",
        "p.article-editor",
        "p.show_author",
        "div.show_statement",
        "div.article-notice",
        "div[id^=videoList]",
        "div.video-2017",
        "div[id^=ad_]",
        "div.sinaads",
    ),
    related=(),
    fingerprints=("SINA_TEXT_PAGE_INFO", 'id="artibody"'),
    prepare=_prepare,
    postprocess=_postprocess,
)
