"""The short text leading into a block (its heading, or the heading of a bar before it): what vetoes a
list of links that calls itself a hot list, a feed for you, comments or an app promotion.

Split from ``relatedblocks`` (which finds the blocks) to keep each module to one job.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newscorpus import settings
from newscorpus.scrapers.dom import up_to
from newscorpus.scrapers.relatedscan import HEADING, names_other_list
from newscorpus.scrapers.text import node_text

_LEAD_MAX_CHARS = 20
# How far into a short lead block its first short text (the heading of a heading bar) is looked for.
LEAD_LEVELS = 3
_LEAD_BAR_MAX_CHARS = 60
# A box's name: a few Chinese characters, Japanese words (kanji and kana: 新着ニュース, アクセスランキング) or a
# short Latin label, and nothing else; a byline, a date or an editor's line ("责任编辑：王五") has digits or
# punctuation and names nothing.
_HEADING_LIKE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]{2,10}|[A-Za-z][A-Za-z ]{2,20}")
# A tab bar's labels are apart by spaces or bars; a bar of more tabs than this is a menu, not a box's name.
_TAB_SEPARATORS = re.compile(r"\s*[|｜/]\s*|\s+")
_MAX_TABS = 8
_RECOMMEND_ONLY = re.compile(settings.RELATED_RECOMMEND_ATTRS, re.IGNORECASE)
_RELATED_NAMED = re.compile(settings.RELATED_NAMED_ATTRS, re.IGNORECASE)
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_MORE_STORIES = re.compile(settings.RELATED_MORE_STORIES)


def _lead_text(node: LexborNode, levels: int) -> str:
    """The short text introducing a block: its first child or its previous sibling, when not a link."""
    candidates = [next((c for c in node.iter() if c.is_element_node), None), node.prev]
    for candidate in candidates:
        while candidate is not None and not candidate.is_element_node and not node_text(candidate):
            candidate = candidate.prev
        if candidate is not None and not candidate.css_first("a[href]"):
            text = _short_text(candidate, levels)
            if text:
                return text
    return ""


def rejected_lead(node: LexborNode, levels: int) -> bool:
    """The text leading into ``node`` names a hot list, a feed, comments or an app (``levels``: how deep
    into a heading bar before it the heading is looked for; 1, the bar's own text only)."""
    lead = _lead_text(node, levels)
    # A medium's highlights (更多精彩视频) too: the label readers see wins over a class naming the box related.
    return names_other_list(lead) or names_highlights(lead)


def _short_text(node: LexborNode, levels: int) -> str:
    """The node's text when short; else (``levels`` > 1) its first child's, down that many levels: a
    heading bar holding the heading and its channel tabs (为您推荐 | 推荐 娱乐 体育 …)."""
    if levels > 1 and len(node_text(node)) > _LEAD_BAR_MAX_CHARS:
        return ""  # a comment box or a story before the block, not a bar over it
    current: LexborNode | None = node
    for _ in range(levels):
        if current is None:
            break
        text = node_text(current)
        if 0 < len(text) <= _LEAD_MAX_CHARS:
            return text
        current = next((child for child in current.iter() if child.is_element_node), None)
    return ""


def headed(node: LexborNode, root: LexborNode) -> bool:
    """A heading-like lead (a short label: 图片新闻, 精彩视频) introduces ``node`` or a box around it up to
    ``root``: a box the page names as something, which is not related unless the name says so."""
    return any(names_box(_lead_text(box, LEAD_LEVELS)) for box in up_to(node, root))


def own_label(node: LexborNode) -> str:
    """The label a box opens with (its first child, no link, a short name: <h3>编辑推荐</h3>), or the
    heading tag right before it; empty when it has none. Not any text before it (a comment bar's 参与评论)."""
    first = next((child for child in node.iter() if child.is_element_node), None)
    before = node.prev
    while before is not None and not before.is_element_node:
        before = before.prev
    for candidate in (first, before if before is not None and before.tag in _HEADING_TAGS else None):
        if candidate is not None and not candidate.css_first("a[href]"):
            label = _short_text(candidate, LEAD_LEVELS)
            if names_box(label):
                return label
    return ""


def names_box(lead: str) -> bool:
    """A label (图片新闻), or a bar of channel tabs (推荐 娱乐 体育 财经: the home feed by channel) over it.
    "More stories" (更多新聞) names no other kind of box: it says the cards under it are stories, a feed's."""
    if _MORE_STORIES.fullmatch(lead.strip()):
        return False
    if _HEADING_LIKE.fullmatch(lead):
        return True
    labels = _TAB_SEPARATORS.split(lead.strip())
    return 1 < len(labels) <= _MAX_TABS and all(_HEADING_LIKE.fullmatch(label) for label in labels)


def recommended_as_other(node: LexborNode, names: str) -> bool:
    """A block only its class calls recommended (recommend, tuijian) that the page labels as something
    else (编辑推荐, 精彩推荐, 今日推荐): the editors' picks of the site, not this story's related list.
    ``names``: the block's id and class."""
    if not _RECOMMEND_ONLY.search(names) or _RELATED_NAMED.search(names):
        return False
    label = own_label(node)
    return bool(label) and not HEADING.search(label)


def names_highlights(label: str) -> bool:
    """The label names a medium's highlights (更多精彩视频, 精彩图集): a channel's picks, not a related list;
    unless a related word qualifies it (相关精彩视频)."""
    return any(word in label for word in settings.RELATED_HIGHLIGHT_LABELS) and not any(
        prefix in label for prefix in settings.RELATED_HEADING_PREFIXES
    )


def named_apart(containers: list[LexborNode]) -> list[LexborNode]:
    """A rule's boxes without those the page names as another list beside one it names related.

    One selector may match every box of a build (div.box_news: 相关新闻, then 两会热点 or 图片报道): when a
    box's own label is a related heading, a box labelled with any other name (a channel's picks, a
    topic's feed) is that list, not this story's. Unlabelled boxes stay (a list split in two), and so do
    all boxes when none is labelled related: no label then says which box the list is."""
    if len(containers) < 2:
        return containers
    labels = [own_label(container) for container in containers]
    if not any(HEADING.search(label) for label in labels if label):
        return containers
    return [box for box, label in zip(containers, labels, strict=True) if not label or HEADING.search(label)]
