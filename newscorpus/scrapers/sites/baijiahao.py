"""百家号 baijiahao.baidu.com posts.

2019 template: ``div.article-title h2``, account name ``p.author-name`` (the publisher: the
author of a self-media post, README "Bylines"), ``发布时间：10-08`` without a year next to ``meta[itemprop=dateUpdate]``
with the full time, body ``div.article-content``, 相关文章 in ``div.related-news``. The 2021- React
template uses hashed CSS-module classes, matched here by their stable prefix, and keeps the body in
``[data-testid=article]``. ``作者最新文章`` (the account's other posts) is neither story nor related.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscorpus.scrapers.rule import RulePage, SiteRule, Template
from newscorpus.scrapers.sitekit import account_from_card, account_post

if TYPE_CHECKING:
    from newscorpus.models import Article


def _postprocess(article: Article, page: RulePage) -> None:
    # The 百家号 account the source selectors read; "来源：湘江日报 作者：X" closing the post names the outlet.
    account_post(article, page)
    account_from_card(article, page)  # a template whose classes the selectors miss (hashed)


RULE = SiteRule(
    name="baijiahao",
    hosts=("baijiahao.baidu.com",),
    version=42,
    title=("div.article-title h2", "div.article-title", "[class*='index-module_articleTitle'] h2", "h1"),
    published=(
        "meta[itemprop='dateUpdate']",
        "meta[itemprop='datePublished']",
        "[class*='index-module_articleSource'] [class*='index-module_date']",
        "div.article-source",
    ),
    # 2020: the account is a link (``a.author-name`` in ``span.bjh-p``) beside the 百家号 tag, not a <p>.
    source=("p.author-name", "a.author-name", "[class*='index-module_authorTxt'] [class*='index-module_authorName']"),
    byline=("div.article-desc", "[class*='index-module_articleSource']"),
    # Page layouts, tried in this order (dated as the notes above date them), then an undated fallback.
    templates=(
        Template("article_content", since="2019", body=("div.article-content",)),
        Template("react", since="2021", body=("[data-testid='article']",)),
    ),
    body=("div#article",),
    drop=("div.img-container",),
    related=("div.related-news", "[class*='index-module_relatedNews']"),
    fingerprints=("article-source-bjh", '<span class="bjh-p">'),
    postprocess=_postprocess,
)
