"""网易 163.com: news/money/tech articles (``post_content_main`` and the newer ``post_main``
template) and 网易号 posts under ``/dy/article/``.

The old template keeps 来源 in ``#ne_article_source`` and 责任编辑 in ``.ep-editor``; the new one
prints both in ``.post_author`` at the end of the body. Photo captions sit in ``p.f_center``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscorpus import settings
from newscorpus.scrapers import sitekit
from newscorpus.scrapers.rule import RulePage, SiteRule, Template
from newscorpus.scrapers.text import node_text

if TYPE_CHECKING:
    from newscorpus.models import Article

# Page layouts, tried in this order. The 2019 pages nest ``div.post_text#endText`` in a ``div.post_body``
# under ``.post_content_main``; the 2023 layout (``.post_main``, 网易号 /dy/article/ posts too) dropped
# #endText. No page on record reaches the undated fallbacks after them.
_TEMPLATES = (
    Template("post_content_main", since="2019-09", body=("#endText",)),
    Template("post_main", since="2023-10", body=("div.post_body",)),
)
_FALLBACK_BODY = ("div.post_text", "#content .post_body", "div.article_body")

# Headline areas of the news.163.com home and channel pages. Article URLs end in ".html" while
# channel and topic links end in "/"; photo galleries (/photoview/) are not text articles.
_ARTICLE_HREF = ':is([href$=".html"], [href*="/article/"]):not([href*="/photoview/"]):not([href*="/special/"])'
_LIST_LINKS = tuple(
    f"{area} a{_ARTICLE_HREF}"
    for area in (
        "div.mod_focus li",
        "div.mod_top_news2",
        "div.news_title h3",
        "div.scroll_column_bd li",
        "div.main_right_channel li",
        "div.idx_cm_img",
        "div.news_article h3",
        "div.hidden-title",
    )
)


def _postprocess(article: Article, page: RulePage) -> None:
    body = page.body
    lines = article.paragraphs
    # Photos and their captions share ``p.f_center``; a caption may also be the centred line after one.
    captions = sitekit.captions_after_images(body, centered_only=True) | sitekit.caption_like(lines)
    captions |= {text for node in body.css("p.f_center") if (text := node_text(node))} if body else set()
    # 163 names reporters, if at all, in a credit line at either end of the body; the generic guess
    # from the body tail reads sentences like "记者注意到，..." as a byline.
    credit, article.paragraphs = sitekit.split_credit_lines([line for line in lines if line not in captions])
    article.author = credit or sitekit.opening_credit(article.paragraphs) or _dropped_credit(page, lines)
    from newscorpus.scrapers.byline import account_as_author  # on first parse: loading the rules stays cheap
    from newscorpus.scrapers.rulebyline import labelled_author

    article.author = article.author or labelled_author(page.header, article.title)
    if article.url and "/dy/article/" in article.url:
        # A 网易号 post's 来源 is the publishing account: its author unless a person is credited (README).
        account_as_author(article, keep_outlets=True)
    else:
        # Another year's 网易号 URL (dy.163.com/v2/article/detail/…): the platform's notice marks the post.
        sitekit.account_after_notice(article, page)


def _dropped_credit(page: RulePage, kept: list[str]) -> str | None:
    """A closing credit the story filter dropped (``（本文来源：21世纪经济报道 作者：李维）`` over a page's pager):
    read from the body's raw closing lines, by a label only."""
    closing = [line for line in page.body_lines[-settings.BYLINE_TAIL_LINES :] if line not in kept]
    return next((name for line in closing if (name := sitekit.credit_author(line))), None)


RULE = SiteRule(
    name="163",
    hosts=("163.com",),
    version=43,
    title=("#epContentLeft h1", "h1.post_title", "div.post_main h1", "div.article_title h2", "h1"),
    published=(
        'meta[property="article:published_time"]',
        "div.post_time_source",
        "div.post_info",
        "div.post_time",
    ),
    source=("#ne_article_source", "div.post_info a:not(.post_jubao)", "a.post_source"),
    editor=("span.ep-editor",),
    byline=("div.ep-source", "div.post_author", "div.post_time_source", "div.post_info"),
    templates=_TEMPLATES,
    body=_FALLBACK_BODY,
    drop=(
        "p.otitle",
        "div.ep-source",
        "div.post_author",
        "div.video-wrapper",
        "div.special_tag_wrap",
        "pre",
        "div.gg200x300",
        "div.at_item",
        "div.post_topshare_wrap",
    ),
    related=("pre[datatype=specialtag]", "div.special_tag_wrap"),
    # Above ``post_body`` come the comment thread and the site-wide recommendation feed (30,000+
    # characters on every page): not this story's related list, and costly to search for headings.
    related_levels=1,
    list_links=_LIST_LINKS,
    fingerprints=('id="epContentLeft"', 'class="post_main"', "ne_article_source"),
    postprocess=_postprocess,
)
