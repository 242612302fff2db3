"""腾讯 qq.com: new.qq.com ``/omn/`` and ``/rain/a/`` articles, and the old news.qq.com ``/a/`` pages.

The new template renders with React: the headline is the ``.LEFT h1``, the body ``.content-article``,
and publish time, media and title live in the ``window.DATA`` script (the left rail repeats the time
split over React text nodes). The old template keeps the story in ``#Cnt-Main-Article-QQ`` with
``span.a_time``/``span.a_source`` above it. mp.weixin.qq.com is another rule's (a longer host suffix).
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborHTMLParser

from newscorpus.scrapers import sitekit
from newscorpus.scrapers.dom import remove_nodes
from newscorpus.scrapers.rule import RulePage, SiteRule, Template

if TYPE_CHECKING:
    from newscorpus.models import Article

# Page layouts, tried in this order: the React ``/omn/`` and ``/rain/a/`` pages (``.LEFT``), then the
# old news.qq.com ``/a/`` pages (``.qq_article``). No page on record reaches the undated ``#ArticleCnt``.
_TEMPLATES = (
    Template("omn_react", since="2019-09", body=("div.content-article",)),
    Template("qq_article", since="2017-03", body=("#Cnt-Main-Article-QQ", "div.Cnt-Main-Article-QQ")),
)
_FALLBACK_BODY = ("#ArticleCnt",)
_AUTHOR = ("span.a_author", "span.p-author")
_PAGE_DATA = re.compile(r"window\.DATA\s*=\s*(\{.*?\})\s*;?\s*$", re.DOTALL)


def _page_data(tree: LexborHTMLParser) -> dict[str, object]:
    for script in tree.css("script"):
        if match := _PAGE_DATA.search(script.text()):
            try:
                data = json.loads(match.group(1))
            except ValueError:
                return {}
            return data if isinstance(data, dict) else {}
    return {}


def _prepare(article: Article, tree: LexborHTMLParser) -> None:
    from newscorpus.scrapers.dates import parse_datetime  # on first parse: loading the rules stays cheap

    # The video player's chrome (feedback links, ad notices) sits inside related items.
    remove_nodes(tree.css("txpdiv"))
    data = _page_data(tree)
    article.published_at = parse_datetime(str(data.get("pubtime") or ""))
    article.source = str(data.get("media") or "").strip() or None


def _postprocess(article: Article, page: RulePage) -> None:
    lines = article.paragraphs
    lines = [line for line in lines if line not in sitekit.caption_like(lines)]
    credit, article.paragraphs = sitekit.split_credit_lines(lines)
    # Only the template's author field or a credit line names people: the generic header guess reads
    # headlines like "原作者女儿：..." as a byline.
    from newscorpus.scrapers.byline import account_as_author  # on first parse: loading the rules stays cheap
    from newscorpus.scrapers.rulebyline import bar_author, labelled_author

    # A person credited outranks the account the shared rule path already made the author (its card linked
    # to the account's page), which stays when nobody is.
    account = article.author if article.source is None else None
    article.author = page.author or credit or sitekit.opening_credit(article.paragraphs)
    if article.author is None and (signed := _signed_off(article.paragraphs)):
        # "（李凯）" alone under the story's last sentence: its writer signing it off (README "Bylines").
        article.author, article.paragraphs = signed, article.paragraphs[:-1]
    article.author = (
        article.author
        or labelled_author(page.header, article.title)
        or bar_author(page.header, article.title)
        or account
    )

    # The page data's media is a 企鹅号 account or an outlet's: an account is the author when no person is.
    account_as_author(article, keep_outlets=True)


def _signed_off(lines: list[str]) -> str | None:
    """The names a bracket alone on the story's last line gives, right under a sentence's end (``bylinelone``)."""
    from newscorpus.scrapers.bylinelone import sign_off  # on first parse: loading the rules stays cheap

    return (" ".join(sign_off(lines[-2], lines[-1])) or None) if len(lines) > 1 else None


RULE = SiteRule(
    name="qq",
    hosts=("qq.com",),
    version=43,
    title=("div.LEFT h1", "div.hd h1", "div.qq_article h1", "h1"),
    published=("span.a_time", "span.article-time", "span.pubTime"),
    author=_AUTHOR,
    # The media card's name: a <div> in the account link, or a span beside its avatar (企鹅号, 2019); the app's
    # share page (view.inews.qq.com) names the account in a bare a.media-name beside the avatar's link.
    # 2013's bar marks its parts by bosszone: jgname (机构名, the outlet) beside ztTopic (the channel, 国内),
    # where a later template's span.color-a-1 holds the outlet.
    source=(
        "span.a_source",
        "span[bosszone=jgname]",
        "span.color-a-1:not([bosszone=ztTopic])",
        "span.where",
        "a.author > div",
        ".media-name",
    ),
    editor=("#QQeditor", "div.qq_editor", "p.QQeditor"),
    templates=_TEMPLATES,
    body=_FALLBACK_BODY,
    drop=(
        "div.introduction",
        "i.desc",
        "p.desc",
        "#Status",
        "div.statement",
        "div.qq_editor",
        "#QQeditor",
        "div.rv-root-v2",
        "div.videoPlayer",
    ),
    related=('div[data-bosszone="xgtj_list"] div.bar-con', "div.xgtj-list", "#xgtj_list"),
    fingerprints=("window.DATA = {", 'id="Cnt-Main-Article-QQ"'),
    prepare=_prepare,
    postprocess=_postprocess,
)
