"""The publishing account standing alone in the bar under a post's headline (README "Bylines": accounts).

A self-media post's bar shows the account as an element of its own beside the time, with no label, and the
words around it vary with every platform and year (``大风号``, ``历史领域优质创作者``, ``签约作者``, none at
all). What does not vary is the markup: the account's element links to the account's page, and that page is
the one its card (a picture and the name) links to, or a profile address. So the account is read from that
markup, never from the words printed after it:

- the bar is an element right after the headline (the headline's next siblings, before the story) and
  shows a time;
- the name is one element's whole text there, no label before it, short and without a label of its own;
- its link is the address a linked picture elsewhere on the page opens, in a card that prints the same
  name (the account's card), or a profile address when the name is not shaped like an outlet's;
- it is not the site's own brand, nor a channel the page's other links name (a menu's ``美食``).

How it could misfire: a reporter's name linked to the reporter's page (still the author: right); an outlet's
account on a platform carrying outlets (``新京报`` linked to its account page with its logo card): it is
read as the author then, which the caller keeps as the source only when a label named it so.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newscorpus import settings
from newscorpus.scrapers.bylinebare import is_outlet
from newscorpus.scrapers.bylinebrand import site_brands
from newscorpus.scrapers.bylinegrammar import TIME, fold, tokenize
from newscorpus.scrapers.bylinemarkup import CHROME
from newscorpus.scrapers.bylinetag import HANDLE
from newscorpus.scrapers.dom import has_ancestor_in
from newscorpus.scrapers.pagedata import state_values
from newscorpus.scrapers.profiles import is_profile

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

# Text right before the name that labels it (``责编：``, ``来源 ``, ``编辑``): a labelled field, not the account.
_LABELLED = re.compile(r"(?:[:：]|责编|编辑|来源|作者|撰文|记者|审核|校对|出品|转载自?)\s*$")
_HEADINGS = "h1, h2, h3"
# A label's colon since the bar's last separator: what follows it, word after word, is that label's value.
_IN_FIELD = re.compile(r"(?<!\d)[:：](?!\d)[^|｜丨/]*$")
# A follow button in the bar (``+ 关注``, ``订阅``, ``Follow``): the bar is an account's, whatever its badge says.
_FOLLOW = re.compile(r"(?:^|\s)(?:\+\s*)?(?:关注|關注|订阅|訂閱|Follow)(?:\s|$)", re.IGNORECASE)


def bar_account(tree: LexborHTMLParser, title: str | None, body: LexborNode | None) -> str | None:
    """The account the bar right under the headline shows alone, linked as an account (module doc)."""
    if not title or (heading := _heading(tree, fold(title))) is None:
        return None
    page_links: list[LexborNode] | None = None  # the page's links, listed once, only when a bar has a time
    for bar in _bars_after(heading, body):
        text = fold(bar.text(deep=True, separator=" "))
        if not TIME.search(text):
            continue
        follow = _FOLLOW.search(text) is not None
        page_links = tree.css("a[href]") if page_links is None else page_links
        for link in bar.css("a[href]"):
            name = fold(link.text(deep=True))
            href = link.attributes.get("href") or ""
            if _alone(name, text) and (_account_link(page_links, href, name) or (follow and _followed(href, name))):
                return None if name in site_brands(tree) or _channel(page_links, link, name) else name
    return None


def _heading(tree: LexborHTMLParser, title: str) -> LexborNode | None:
    return next((node for node in tree.css(_HEADINGS) if fold(node.text(deep=True)) == title), None)


def _bars_after(heading: LexborNode, body: LexborNode | None) -> list[LexborNode]:
    """The headline's next element siblings holding no story: the bar is the first of them, often in a box."""
    bars: list[LexborNode] = []
    node = heading.next
    while node is not None and len(bars) < settings.BYLINE_ACCOUNT_BARS:
        if node.tag not in ("-text", "-comment"):
            if body is not None and (node.mem_id == body.mem_id or has_ancestor_in(body, {node.mem_id})):
                break
            bars.append(node)
        node = node.next
    return bars


def _alone(name: str, bar_text: str) -> bool:
    """A handle standing as its own part of the bar, no label before it and none of its own."""
    if not HANDLE.fullmatch(name) or CHROME.search(name) or tokenize(name)[1]:
        return False
    at = bar_text.find(name)
    # "标签：乌镇 西栅": a later value of a label's run up to the bar's next separator is that label's too.
    return at >= 0 and not _LABELLED.search(bar_text[:at]) and not _IN_FIELD.search(bar_text[:at])


def _account_link(page_links: list[LexborNode], href: str, name: str) -> bool:
    """A profile address, or the address the account's card links its picture to (the card printing ``name``)."""
    if not href or href.startswith(("#", "javascript")):
        return False
    if urlsplit(href).path in ("", "/"):
        return False  # a site's or a channel's front page (finance.sina.com.cn/ under its logo too): no account
    if is_profile(href) and not is_outlet(name):
        return True  # an outlet-named one (书香文化社) may be an outlet's page on a portal: its card must show it
    for link in page_links:
        if link.attributes.get("href") != href or link.css_first("img") is None:
            continue
        card = link.parent
        for _ in range(2):  # the picture's link in the card, or in a box of the card
            if card is None:
                break
            if name in (fold(text) for text in card.text(deep=True, separator="\n").split("\n")):
                return True
            card = card.parent
    return False


def _followed(href: str, name: str) -> bool:
    """A link to a page inside a site (not a front page) beside a follow button, its name no outlet's: an
    outlet's name beside ``关注`` may be its WeChat or its front page, not an account of the platform."""
    if href.startswith(("#", "javascript")) or not urlsplit(href).path.strip("/"):
        return False
    return not is_outlet(name)


def _channel(page_links: list[LexborNode], link: LexborNode, name: str) -> bool:
    """Another link on the page, to another address, prints the name: a channel or menu item, not a post's account."""
    href = link.attributes.get("href")
    return any(other.attributes.get("href") != href and fold(other.text(deep=True)) == name for other in page_links)


# Keys a page's state names its post's writer or account by, tried in this order; a nested writer object
# (``authorInfo: {sname: …}``) is read for the same keys. ``source`` is not read: on a news page's state it
# names the outlet the story came from, and on a platform's post the platform's tag (``澎湃号·湃客``).
_STATE_KEYS = ("authorName", "author", "nickname", "nickName", "sname", "userName", "mediaName")
_STATE_OBJECTS = ("authorInfo", "author", "userInfo", "user", "mediaInfo", "media", "account")
# Where a script's state object starts: the whole script (``<script type=application/json>``) or an assignment.
_STATE_START = re.compile(r"^\s*(?=\{)|=\s*(?=\{)")


def state_account(tree: LexborHTMLParser, title: str | None) -> str | None:
    """The account the page's state (Next.js ``__NEXT_DATA__``, ``window.__INITIAL_STATE__ = {…}``) names in
    the object holding the post's headline: a page rendered from JSON prints no bar to read. Could misfire on
    a state naming the headline in a recommended item's object too: the first object holding it is read."""
    if not title:
        return None
    for script in tree.css("script:not([src])"):
        text = script.text()
        if title not in text or (start := _STATE_START.search(text)) is None:
            continue
        for state in state_values(text, start.end()):
            if (post := _holding(state, title, settings.BYLINE_STATE_DEPTH)) is not None:
                return _writer(post)
    return None


def _holding(value: object, title: str, depth: int) -> dict[str, object] | None:
    """The first object (depth first) one of whose values is the headline."""
    if depth < 0:
        return None
    if isinstance(value, dict):
        if title in value.values():
            return value
        children: list[object] = list(value.values())
    elif isinstance(value, list):
        children = value
    else:
        return None
    return next((found for child in children if (found := _holding(child, title, depth - 1)) is not None), None)


def _writer(post: dict[str, object]) -> str | None:
    for holder in [post, *(post.get(key) for key in _STATE_OBJECTS)]:
        if not isinstance(holder, dict):
            continue
        for key in _STATE_KEYS:
            value = holder.get(key)
            if isinstance(value, str) and HANDLE.fullmatch(name := fold(value)) and not CHROME.search(name):
                return name
    return None
