"""The publishing account of a self-media post, shown only in its profile card (README "Bylines": accounts).

A platform's notice (``搜狐号系信息发布平台``, ``本文为自媒体…上传并发布``) says the page is an account's post;
some templates then show the account nowhere near the headline, only in a card beside the story: an
avatar and the account's name linked to its profile (``mp.sohu.com/profile?xpt=…``). Without the notice a
lone card is as often a commenter's or a recommended writer's, so this is read only on such a post.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newscorpus import settings
from newscorpus.scrapers.bylinebare import OWNED
from newscorpus.scrapers.bylinebrand import BRAND_SPLIT, site_brands
from newscorpus.scrapers.bylinegrammar import fold, tokenize
from newscorpus.scrapers.bylinemarkup import (
    CHROME,
    NOT_PROFILE,
    PROFILE,
    first_beside_avatar,
    plausible_name,
    unlabelled_parts,
)

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

# A platform's profile page named by a query ("/profile?xpt=…"), besides the profile shapes of bylinemarkup.
_PROFILE_QUERY = re.compile(r"/profile\?\w+=")


def account_card(tree: LexborHTMLParser) -> str | None:
    """The first name linked to a profile that opens a card with an avatar (the account's card)."""
    for link in tree.css("a[href]"):
        href = link.attributes.get("href") or ""
        if not (PROFILE.search(href) or _PROFILE_QUERY.search(href)):
            continue
        name = fold(link.text(deep=True))
        if name and not CHROME.search(name) and plausible_name(name, set()) and first_beside_avatar(link, name):
            return name
    return None


def account_link(tree: LexborHTMLParser, header: list[str]) -> str | None:
    """The account a post's header line shows as a part of its own, linked to its profile (``历史研习社`` ->
    ``/mediaShare/home/123/media``). Named like a brand or an outlet as accounts often are (研习社, 观察):
    read only on a post a platform's notice marks, and never the site's own name."""
    parts = set(unlabelled_parts([fold(line) for line in header]))
    brands = site_brands(tree)
    for link in tree.css("a[href]"):
        href = link.attributes.get("href") or ""
        if not PROFILE.search(href) or NOT_PROFILE.search(href):
            continue
        name = fold(link.text(deep=True))
        if name in parts and _account_shaped(name) and name not in brands:
            return name
    return None


def _account_shaped(name: str) -> bool:
    return 2 <= len(name) <= settings.BYLINE_MAX_HANDLE_CHARS and not CHROME.search(name) and not tokenize(name)[1]


def blog_owner(tree: LexborHTMLParser, lines: list[str]) -> str | None:
    """A blog post's writer, named by ``<title>`` between the post's headline and the platform's name
    (``标题_杨树林_新浪博客``, ``标题 - 晓风 - 博客园``, ``标题_码农小王的博客-CSDN博客``) and shown by the page as
    its blog's name (a line ``晓风的博客``) or linked: to a profile, or anywhere when the title calls it the
    blog of that name. A channel between headline and site (``标题_财经频道_新浪网``) is neither. The headline
    is not matched: a blog template's headline is often read wrong (the blog's motto, the time line)."""
    node = tree.css_first("title")
    parts = BRAND_SPLIT.split(node.text().strip()) if node is not None else []
    if len(parts) < 3:
        return None
    owned = OWNED.match(parts[-2])
    name = fold(owned.group(1) if owned else parts[-2])
    if not plausible_name(name, site_brands(tree)):
        return None
    if any(
        line.startswith(name + "的") and (match := OWNED.match(fold(line))) and match.group(1) == name for line in lines
    ):
        return name
    for link in tree.css("a[href]"):
        href = link.attributes.get("href") or ""
        # The address first: most links are no profile, and their texts need not be read.
        if (owned or (PROFILE.search(href) and not NOT_PROFILE.search(href))) and fold(link.text(deep=True)) == name:
            return name
    return None


def item_author(body: LexborNode) -> str | None:
    """The author the story's own microdata item names: the nearest element around the body marked
    ``itemscope`` (an answer, a post), its ``itemprop="author"`` element's name (``<meta itemprop="name">``
    or its text), shown there as text too (a link to the writer's page). A Q&A page's answer is read so
    when the lines under the headline hold the question, not the answerer."""
    item = body
    for _ in range(settings.BYLINE_ITEM_LEVELS):
        if "itemscope" in item.attributes or item.parent is None:
            break
        item = item.parent
    if "itemscope" not in item.attributes or (author := item.css_first('[itemprop~="author"]')) is None:
        return None
    meta = author.css_first('meta[itemprop="name"]')
    shown = fold(author.text(deep=True))
    name = fold((meta.attributes.get("content") or "") if meta is not None else shown)
    return name if name and name in shown and plausible_name(name, set()) else None
