"""微信公众号 mp.weixin.qq.com articles (longer than qq.com, so it wins the host match).

Headline ``h2#activity-name``, account name ``#js_name`` (``#post-user`` before 2018; the publisher: source),
optional author ``#js_author_name``, body ``div#js_content`` made of ``<section>``/``<p>`` blocks. ``#publish_time`` is
filled by JS (``昨天`` or empty in saved pages): the real time is the ``var ct = "<unix seconds>"`` page
variable. Accounts close posts with credit lines (``信息来源于网络``, ``经过X重新编排``, ``作者：X``)
that name the author but are not story text. 相关阅读 (``#js_related_area``) is loaded by JS.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborHTMLParser

from newscorpus.scrapers import pagedata
from newscorpus.scrapers.rule import RulePage, SiteRule
from newscorpus.scrapers.sitekit import account_post

if TYPE_CHECKING:
    from newscorpus.models import Article

_CREDIT_LINES = 4
_NAME = r"([\u4e00-\u9fa5·A-Za-z]{2,8}?)"
_CREDIT = re.compile(
    r"^(?:(?:信息|内容|文章|图片|素材|资料)(?:均)?来源于网络.{0,12}"
    rf"|(?:本文)?(?:经过?|由){_NAME}(?:重新)?(?:编排|整理|编辑|编译)"
    rf"|(?:作者|文字|撰文|文|编辑|排版|整理|来源)\s*[:：|｜/／]\s*{_NAME})$"
)


def _prepare(article: Article, tree: LexborHTMLParser) -> None:
    for script in pagedata.script_texts(tree, "var ct"):
        article.published_at = article.published_at or pagedata.epoch_to_iso(pagedata.js_value(script, "ct"))
        article.source = article.source or pagedata.js_value(script, "nickname")


def _postprocess(article: Article, page: RulePage) -> None:
    _drop_credits(article)
    # The 公众号 (#js_name) the source selectors read; "来源：成都日报" opening or closing the post names the outlet.
    account_post(article, page)


def _drop_credits(article: Article) -> None:
    """Drop closing credit lines; the byline grammar reads their author and editor (排版, 来源 name none)."""
    from newscorpus.scrapers.byline import parse_line  # on first parse: loading the rules stays cheap

    for _ in range(_CREDIT_LINES):
        match = _CREDIT.match(article.paragraphs[-1]) if len(article.paragraphs) > 1 else None
        if match is None:
            return
        line = article.paragraphs.pop()
        credit = parse_line(line)
        # "由张三整理/编译" has no label the grammar reads: the compiler is the author.
        compiled = match.group(1)
        article.author = article.author or credit.author or compiled
        article.editor = article.editor or credit.editor


RULE = SiteRule(
    name="wechat",
    hosts=("mp.weixin.qq.com",),
    version=37,
    title=("h2#activity-name", "h1.rich_media_title", "h2.rich_media_title", "meta[property='og:title']"),
    published=("em#publish_time", "#publish_time"),
    # The writer's element under the headline has had no id in some years: a plain meta text in the meta list,
    # which also holds the date (#post-date, #publish_time), the account (.rich_media_meta_nickname) and, from
    # 2022, the poster's province (#js_ip_wording_wrp).
    author=(
        "#js_author_name",
        "span.rich_media_meta_text#js_author_name",
        "meta[name='author']",
        # The account's nickname is a meta text too (2017: <span class="… rich_media_meta_nickname">): no writer.
        "#meta_content span.rich_media_meta_text:not(.rich_media_meta_nickname)",
        "#meta_content em.rich_media_meta_text:not(#post-date):not(#publish_time):not(#js_ip_wording_wrp)",
    ),
    # The account's name: #js_name from 2018; before it a#post-user beside the date and the writer's <em>.
    source=("a#js_name", "#js_name", "strong.profile_nickname", "a#post-user"),
    body=("div#js_content", "div.rich_media_content"),
    related=("#js_related_area",),
    fingerprints=("res.wx.qq.com/mmbizwap", 'id="js_content"'),
    prepare=_prepare,
    postprocess=_postprocess,
)
