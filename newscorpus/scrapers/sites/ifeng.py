"""凤凰网 ifeng.com: news.ifeng.com ``/c/<id>`` articles and the older ``/a/<date>/`` pages.

The current template is React with hashed CSS-module classes (``topic-3bY8Hw-9``), so selectors
match on the stable prefix (``[class^=topic-]``); the body is the ``text-`` block inside
``main_content-`` (another ``text-`` class belongs to the search box). Older pages used
``#artical_topic``, ``span.ss01``/``span.ss03`` and ``#main_content``. Captions are plain ``<p>``
right after the image ``<p>``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscorpus.scrapers import sitekit
from newscorpus.scrapers.rule import RulePage, SiteRule, Template

if TYPE_CHECKING:
    from newscorpus.models import Article

# Page layouts, tried in this order: the React ``/c/<id>`` pages with hashed CSS-module classes, then
# the older ``/a/<date>/`` pages (``#artical_topic``, ``#artical_real``).
_TEMPLATES = (
    Template(
        "css_modules",
        since="2019-09",
        body=("div[class^=main_content-] div[class^=text-]", "div[class^=main_content-]"),
    ),
    Template("artical", since="2017-03", body=("#main_content", "#artical_real", "div.js_selection_area")),
)

_CAPTION_MAX = 25
_CREDITED_CAPTION_MAX = 80
_AUTHOR = ("span[class^=author-]", "span[itemprop=author]")


_DAFENG = "大风号"
_BAR = ("div[class^=info-]",)


def _postprocess(article: Article, page: RulePage) -> None:
    body = page.body
    lines = article.paragraphs
    # A line under a photo is its caption when it is short or ends with a photo credit; longer lines
    # there are story text (ifeng/2 opens many paragraphs right after a photo).
    after_image = sitekit.captions_after_images(body, centered_only=False, max_chars=_CREDITED_CAPTION_MAX)
    captions = {line for line in after_image if len(line) <= _CAPTION_MAX} | sitekit.credited(after_image)
    captions |= sitekit.caption_like(lines) | sitekit.contributor_notes(lines)
    lines = [line for line in lines if line not in captions]
    credit, article.paragraphs = sitekit.split_credit_lines(lines)
    article.author = page.author or credit or article.author
    article.editor = sitekit.editor_name(article.editor)
    if article.source is not None:
        from newscorpus.scrapers.byline import account_as_author  # on first parse: loading the rules stays cheap
        from newscorpus.scrapers.bylineaccountbar import bar_account

        if _DAFENG in (sitekit.first_text(page.tree, _BAR) or "") or (
            bar_account(page.tree, article.title, body) == article.source
        ):
            account_as_author(article)  # a 大风号 post: the source element holds the publishing account
    elif article.author is None:
        from newscorpus.scrapers.bylineaccountbar import bar_account

        # Nothing credited and no outlet: the bar's account linked as one (its card's picture opens its page),
        # whatever its name is shaped like; an outlet-shaped one reached the source slot and was moved above.
        article.author = bar_account(page.tree, article.title, body)


RULE = SiteRule(
    name="ifeng",
    hosts=("ifeng.com",),
    version=40,
    title=("h1[class^=topic-]", "#artical_topic", "div.yc_tit h1", "h1"),
    published=("p[class^=time-] span", "span[class^=time-]", "span.ss01", "p.p_time span", "#artical_sth .ss01"),
    author=_AUTHOR,
    source=("span[class^=source-]", "span.ss03", "span[itemprop=publisher] [itemprop=name]"),
    editor=("p[class^=editor-]", "span[class^=editor-]", "#artical_sth2 p"),
    byline=("div[class^=info-]", "#artical_sth", "#artical_sth2"),
    templates=_TEMPLATES,
    drop=("div[class^=video-]", "div.ifengvideo", "p.detailPic", "p.picIntro", "span.ifengLogo"),
    related=("div[class^=related-]", "#xgyd", "div.xgyd"),
    fingerprints=("gentie.ifeng.com/view.html", 'id="artical_real"'),
    postprocess=_postprocess,
)
