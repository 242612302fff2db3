"""Blocks a related list never holds, or ends at: navigation, footers, hot-rank lists, ads and comment threads
by their tag or name, a footer's legal line, and the ad slot that only splits one list in two.

Split from ``relatedsections`` (what a heading introduces) so that each module keeps to one job; the
related-block finders (``relatedblocks``) ask the same vetoes.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newscorpus import settings
from newscorpus.scrapers.linkshape import LINK_QUERY, holds_link, link_href, story_href
from newscorpus.scrapers.text import node_text

_REJECTED = re.compile(settings.RELATED_REJECT_ATTRS, re.IGNORECASE)
_AD = re.compile(settings.RELATED_AD_ATTRS, re.IGNORECASE)
_POSITION = re.compile(settings.RELATED_REJECT_POSITION_ATTRS, re.IGNORECASE)
_REJECTED_TAGS = frozenset({"nav", "footer", "header", "aside", "form", "select"})


def is_rejected_block(node: LexborNode, by_position: bool = True) -> bool:
    """A navigation box, footer, hot-rank list, ad or comment thread, by its tag, role, id or class.
    ``by_position=False``: a class naming only where the box sits (list-right, side-box) is no veto, for
    a list a related heading introduces (the heading says what it is, wherever it sits)."""
    attributes = node.attributes
    named = f"{attributes.get('id') or ''} {attributes.get('class') or ''} {attributes.get('role') or ''}"
    if node.tag in _REJECTED_TAGS:
        return True
    if by_position:
        return bool(_REJECTED.search(named))
    return any(not _POSITION.fullmatch(match.group()) for match in _REJECTED.finditer(named))


def legal_line(node: LexborNode) -> bool:
    """A site footer's short copyright or licence line (©2021 Baidu 使用百度前必读 京ICP证…): its links
    are the site's terms and help pages, never items. A long block holding such a line holds more."""
    if not holds_link(node):
        return False
    text = node_text(node)
    return len(text) <= settings.RELATED_LEGAL_LINE_MAX_CHARS and any(m in text for m in settings.RELATED_LEGAL_MARKS)


def names_ad(node: LexborNode) -> bool:
    """The element's id or class names an ad. Most name nothing, or hold none of the pieces every word of
    ``_AD`` holds: those are passed without the regex (its lookbehind tried at every character)."""
    attributes = node.attributes
    named = f"{attributes.get('id') or ''} {attributes.get('class') or ''}"
    if named.isascii() and not any(map(named.lower().__contains__, settings.RELATED_AD_ATTR_PIECES)):
        return False
    return bool(_AD.search(named))


def ad_inside_list(node: LexborNode, before: list[LexborNode], after: list[LexborNode]) -> bool:
    """An ad slot splitting one list in two (five items, a banner, five more): the block after it is built
    like a link block before it (same tag and first class word) and is a list itself, of at least
    RELATED_MIN_LIST_ITEMS stories. A menu, a hot list or a single link after an ad ends the list."""
    if not names_ad(node):
        return False
    following = next((block for block in after if holds_link(block)), None)
    if following is None or not any(alike([block, following]) for block in before if holds_link(block)):
        return False
    stories = sum(1 for link in following.css(LINK_QUERY) if story_href(link))
    return stories >= settings.RELATED_MIN_LIST_ITEMS


def alike(panes: list[LexborNode]) -> bool:
    """Same tag and first class word (tab-c, tab-c on) for every pane."""
    return len({(pane.tag, *(pane.attributes.get("class") or "").split()[:1]) for pane in panes}) == 1


def another_card(node: LexborNode, before: list[LexborNode]) -> bool:
    """A block built like the list's last link block (same tag, same first class word) that links one story:
    the list's next card, whatever a later word of its class names its kind by (``recommend-item-box
    type_download`` after ``recommend-item-box type_blog``), so no veto ends the list there. An ad, a
    box of many links (a hot list built like the cards) or a nav/footer element stays vetoed."""
    first_class = (node.attributes.get("class") or "").split()[:1]
    if not first_class or node.tag in _REJECTED_TAGS or names_ad(node):
        return False
    last = next((block for block in reversed(before) if holds_link(block)), None)
    if last is None or not alike([last, node]):
        return False
    # A card's own data-url beside its real links reads as no URL (link_href): only the links count.
    links = [link for link in node.css(LINK_QUERY) if link_href(link)]
    return len({link_href(link) for link in links}) == 1 and any(story_href(link) for link in links)


def second_column(node: LexborNode, before: list[LexborNode]) -> bool:
    """A list split into columns (``<ul class=left-list>`` then ``<ul class=right-list>`` under one 相关阅读):
    the next list element named only by where it sits, every item one story link, continues the list the
    last link block began, though a right-hand box elsewhere is a sidebar."""
    last = next((block for block in reversed(before) if holds_link(block)), None)
    if last is None or node.tag not in ("ul", "ol") or node.tag != last.tag or is_rejected_block(node, False):
        return False
    items = node.css("li")
    return (
        bool(items)
        and all(len({link_href(a) for a in item.css(LINK_QUERY)}) == 1 for item in items)
        and all(story_href(a) for item in items for a in item.css(LINK_QUERY))
    )
