"""A personal feed's heading (猜你喜欢, 可能也喜欢, 热点推荐): when its box may be the page's related list.

Such a heading names a list picked for the reader, not for the story. README's convention: it is the page's
list only when no other heading gives one after the story, and never when it sits in a side column. Nor is it
one when the box's own markup says it is the site's feed: an id/class naming a feed (``m-feed``,
``feeds-2iTlO0gN``, ``feed_list``) or an endless-scroll control (加载更多, ``loadmore``) in the box, or an ad's
name (``picAd``: a recommendation network's sponsored cards). A story's list is a fixed few links; a feed is a
stream the site refills for everyone.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newscorpus import settings
from newscorpus.scrapers.relatedvetoes import names_ad

_SIDE_COLUMN = re.compile(settings.RELATED_SIDE_COLUMN_ATTRS, re.IGNORECASE)
_FEED_BOX = re.compile(settings.RELATED_FEED_BOX_ATTRS, re.IGNORECASE)
# The control's id/class, as a selector (case-blind): one query over the box, asked of feed headings only.
_LOAD_MORE = ", ".join(
    f'[{attribute}*="{word}" i]' for attribute in ("class", "id") for word in settings.RELATED_FEED_LOAD_MORE_ATTRS
)


def is_weak(heading: LexborNode) -> bool:
    """A personal feed's heading (猜你喜欢): its text, or a title image's alt."""
    text = heading.attributes.get("alt") if heading.tag == "img" else heading.text(deep=True)
    return any(word in (text or "") for word in settings.RELATED_WEAK_HEADINGS)


def in_side_column(node: LexborNode) -> bool:
    """Inside a box whose id or class names a side column (sidebar, main-right): beside the story, not
    after it. Asked of personal feeds only: a related heading says what its list is wherever it sits."""
    parent = node.parent
    while parent is not None and parent.tag != "body":
        if _SIDE_COLUMN.search(_names(parent)):
            return True
        parent = parent.parent
    return False


def in_feed_box(heading: LexborNode) -> bool:
    """The heading's box says it is the site's feed, or an ad: by its id/class (or that of a wrapper between the
    heading and the box), or by a load-more control inside it. The box is the nearest ancestor holding a
    link, looked for ``RELATED_FEED_BOX_LEVELS`` up: a page-wide wrapper further up names nothing of it."""
    node = heading.parent
    for _level in range(settings.RELATED_FEED_BOX_LEVELS):
        if node is None or node.tag == "body":
            return False
        if _FEED_BOX.search(_names(node)) or names_ad(node):
            return True  # a feed, or an ad network's widget (picAd around a 你可能会喜欢 of sponsored cards)
        if node.css_first("a[href]") is not None:
            return _loads_more(node)
        node = node.parent
    return False


def _loads_more(box: LexborNode) -> bool:
    """An endless-scroll control in the box: by its label (点击加载更多) or by its id/class (load-more)."""
    text = box.text(deep=True)
    return any(mark in text for mark in settings.RELATED_FEED_LOAD_MORE) or box.css_first(_LOAD_MORE) is not None


def _names(node: LexborNode) -> str:
    attributes = node.attributes
    return f"{attributes.get('id') or ''} {attributes.get('class') or ''}"
