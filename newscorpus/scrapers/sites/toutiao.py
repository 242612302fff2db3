"""今日头条 toutiao.com articles and photo galleries.

Article (2017-2020): ``h1.article-title``, ``.article-sub`` (原创 · 头条号 · time), body
``.article-content``; photo captions are short ``<p>`` right after an ``<img>``. The 2021- template
keeps the same idea under ``.article-meta`` and ``article.syl-article-base``. Galleries show one photo
description at a time: all of them are in the ``BASE_DATA.galleryInfo`` page data, read before the
scripts go. 相关推荐 is the ``.detail-feed`` list (articles) or the ``.sibling-list`` strip (galleries).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus.scrapers import pagedata
from newscorpus.scrapers.dom import remove_nodes
from newscorpus.scrapers.rule import RulePage, SiteRule, Template
from newscorpus.scrapers.sitekit import account_from_card, account_post
from newscorpus.scrapers.text import clean, node_text

if TYPE_CHECKING:
    from newscorpus.models import Article

# A caption names a photo in a few words; a longer <p> after an image is story text.
_CAPTION_MAX_CHARS = 40
_CREDIT = re.compile(r"^(?:采写|撰文|文字|作者|文|记者)\s*[:：/／]")
# Page layouts, tried in this order (dated as the notes above date them); the gallery abstract follows.
_TEMPLATES = (
    Template("syl_article", since="2021", body=("article.syl-article-base",)),
    Template("article_content", since="2017", until="2020", body=("div.article-content",)),
)


def _gallery(article: Article, tree: LexborHTMLParser) -> None:
    from newscorpus.scrapers.dates import parse_datetime  # on first parse: loading the rules stays cheap

    for script in pagedata.script_texts(tree, "galleryInfo"):
        gallery = pagedata.json_parse_literal(script, "gallery")
        if isinstance(gallery, dict):
            texts = [clean(str(text)) for text in gallery.get("sub_abstracts") or []]
            article.paragraphs = [text for text in texts if text]
        article.title = article.title or pagedata.js_value(script, "title")
        article.published_at = article.published_at or parse_datetime(pagedata.js_value(script, "publish_time"))


def _prepare(article: Article, tree: LexborHTMLParser) -> None:
    _gallery(article, tree)
    # The gallery strip prints the photo count ("9图") inside each related link.
    remove_nodes(tree.css("ul.sibling-list .hot-tag"))


def _captions(body: LexborNode | None) -> set[str]:
    """Short paragraphs right after a photo, and the template's caption class, inside the story."""
    nodes = body.css("img + p, .pgc-img-caption") if body is not None else []
    return {text for node in nodes if len(text := node_text(node)) <= _CAPTION_MAX_CHARS}


def _postprocess(article: Article, page: RulePage) -> None:
    captions = _captions(page.body)
    article.paragraphs = [p for p in article.paragraphs if p not in captions and not _CREDIT.match(p)]
    account_post(article, page)  # the 头条号 account, read by the source selectors; a closing 来源 line's outlet
    account_from_card(article, page)  # another template's classes the selectors miss


RULE = SiteRule(
    name="toutiao",
    hosts=("toutiao.com",),
    version=40,
    title=("h1.article-title", "div.article-content h1", "div.article-box h1"),
    published=("div.article-sub span", "div.article-meta span", ".action-report span.time", "span.time"),
    source=(
        # 2018: the account linked to its /c/user/ profile opens the sub bar, before the time's span.
        'div.article-sub a[href*="/c/user/"]',
        "div.article-sub span:not(.original)",
        "div.article-meta .name",
        # The account's profile link beside the avatar (2020: "a.user-name" to /c/user/token/…).
        'div.article-meta a[href*="/c/user/"]',
        "div.article-meta span:not(.original)",
        "div.info-box .media-user span",
    ),
    byline=("div.article-sub", "div.article-meta", "div.info-box .pgc", "div.action-report"),
    templates=_TEMPLATES,
    body=("div.info-box .abstract",),
    drop=("span.abstract-index",),
    related=("div.detail-feed .title-box", "ul.sibling-list li"),
    fingerprints=("s3.pstatp.com/toutiao/", "lf3-cdn-tos.bytescm.com/obj/static/toutiao"),
    prepare=_prepare,
    postprocess=_postprocess,
)
