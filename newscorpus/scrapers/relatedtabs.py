"""Tab bars over related lists: which labels a bar holds, which pane is a label's, and which of a bar's
panes are related (the heading's own, its kindred 相关… labels, or every pane of a bar a related heading
stands over).

Split from ``relatedsections`` (what a heading introduces) to keep each module to one job.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newscorpus import settings
from newscorpus.scrapers.linkshape import holds_link, is_promo
from newscorpus.scrapers.relatedscan import HEADING
from newscorpus.scrapers.relatedvetoes import alike, is_rejected_block
from newscorpus.scrapers.text import absolute, node_text

HEADING_MAX_CHARS = 16
_TABLE_HEADS = frozenset({"tr", "thead"})
_LISTS = frozenset({"ul", "ol"})
# A tab label naming reading (推荐阅读, 延伸阅读) names a story-following list, never a hot or latest feed.
_READING = ("阅读", "閱讀")
_LABEL_PUNCTUATION = "：: 【】[]"
# Hot picks (热点推荐) beside a related list are the site's, not the story's (README: related lists).
_HOT_PICKS = ("热点", "熱點")
_TOPIC = ("专题", "專題")


def outranked(label: LexborNode, labels: list[LexborNode]) -> bool:
    """Another tab of the bar says 相关 and this one does not (相关推荐 | 热点推荐): that tab is the list. A
    tab naming reading (推荐阅读 beside 相关阅读) is a related list of its own: both panes are."""
    text = node_text(label)
    if "相关" in text or any(word in text for word in _READING):
        return False
    return any("相关" in node_text(other) for other in labels)


def tab_bar_with_more(siblings: list[LexborNode], bar: LexborNode | None) -> bool:
    """The links after the heading are only a "更多>>" link in a tab bar (相关推荐 | 热点推荐 | 更多): tabs."""
    linked = [sibling for sibling in siblings if holds_link(sibling)]
    return bar is not None and all(_more_link(node) for node in linked) and tab_labels(bar) is not None


def _more_link(node: LexborNode) -> bool:
    """A "more" / app link: short text naming more or a download, not a story."""
    links = node.css("a[href]")
    return bool(links) and all(is_promo(node_text(link), link.attributes.get("href") or "") for link in links)


def tab_labels(bar: LexborNode) -> list[LexborNode] | None:
    """The children of a tab bar: two or more short labels without real links (a "more" link aside);
    None when it is not one."""
    if bar.tag in _TABLE_HEADS:
        return None  # a table's header cells (相关新闻 | 时间) name its columns: the rows below are the list
    labels = [child for child in bar.iter() if child.is_element_node and not _more_link(child)]
    if len(labels) < 2 or any(has_real_link(c) or len(node_text(c)) > HEADING_MAX_CHARS for c in labels):
        return None
    return labels


def has_real_link(node: LexborNode) -> bool:
    return any(absolute(a.attributes.get("href"), None) for a in node.css("a[href]"))


def _tab_pane(siblings: list[LexborNode], tab: tuple[int, int]) -> list[LexborNode]:
    """The pane of the heading's tab: one pane per label, as siblings or inside one wrapper. An empty
    pane (filled by JS) gives nothing rather than another tab's list; no pane per label, the first one."""
    index, count = tab
    # The panes may sit apart from the bar: an ad slot or an empty spacer between them is no pane.
    kept = [s for s in siblings if not is_rejected_block(s)]
    candidates = [_unwrapped(panes) for panes in (kept, [s for s in kept if _filled(s)], siblings)]
    # Panes look alike (one tag and class each); a spacer line beside one wrapper of panes does not.
    uniform = [panes for panes in candidates if alike(panes)]
    for panes in [*uniform, *candidates]:
        if len(panes) == count:
            return [panes[index]]
    # Fewer panes than labels (a later tab, 最新, is filled by JS when clicked): the first label's pane is
    # still the first of the alike panes, never the wrapper holding the other tabs' lists too.
    if index == 0 and (panes := next((panes for panes in uniform if 1 < len(panes) < count), None)):
        return [panes[0]]
    return [next(s for s in siblings if holds_link(s))]


def kindred_label(label: LexborNode) -> bool:
    """A tab label a related prefix opens whose noun the grammar does not know (相关文章 | 相关电报): beside a
    related tab, a related list too. A label the grammar knows is a heading of its own, found on its own."""
    text = node_text(label).strip(_LABEL_PUNCTUATION)
    return (
        text.startswith(settings.RELATED_HEADING_PREFIXES)
        and len(text) <= HEADING_MAX_CHARS
        and HEADING.search(text) is None
    )


def tab_panes(siblings: list[LexborNode], tab: tuple[int, int], kindred: list[int]) -> list[LexborNode]:
    """The heading's pane, and the panes of its kindred labels when every label has its own pane."""
    own = _tab_pane(siblings, tab)
    if not kindred:
        return own
    panes = [_tab_pane(siblings, (index, tab[1])) for index in sorted([tab[0], *kindred])]
    if any(len(pane) != 1 for pane in panes) or len({pane[0].mem_id for pane in panes}) != len(panes):
        return own  # no pane per label: the others' lists are not told apart from this one
    return [pane[0] for pane in panes]


def _unwrapped(panes: list[LexborNode]) -> list[LexborNode]:
    """One wrapper stands for the panes inside it; but a single list of items is one pane (网易号's 相关推荐 |
    热点推荐 over one <ul> of two stories: the first tab's whole list, not its first item): a <ul>/<ol> whose
    items hold no list of their own."""
    if len(panes) != 1:
        return panes
    children = [child for child in panes[0].iter() if child.is_element_node]
    if panes[0].tag in _LISTS and not any(child.css_first("ul, ol") for child in children):
        return panes
    return children


def _filled(node: LexborNode) -> bool:
    return next(node.iter(), None) is not None or bool(node_text(node))


def tabs_under(bar: LexborNode, heading: LexborNode) -> tuple[list[int], int] | None:
    """The heading stands over a tab bar of its own (<h3>相关文章</h3><ul class=tabs><li>同类文章</li><li>快充
    专题</li></ul>): the heading names the whole box and the tabs only split it, so each tab's pane is the
    heading's list. Returns the indexes of the tabs kept (not a hot list's, a feed's or hot picks) and the
    number of tabs; None when the heading's bar holds anything else beside it."""
    others = [child for child in bar.iter() if child.is_element_node and child.mem_id != heading.mem_id]
    others = [child for child in others if not _more_link(child)]
    if len(others) != 1 or (labels := tab_labels(others[0])) is None:
        return None
    kept = [index for index, label in enumerate(labels) if not _other_kind(node_text(label))]
    return (kept, len(labels)) if kept else None


def _other_kind(label: str) -> bool:
    """A tab naming a hot list, a feed or hot picks (热门, 为你推荐, 热点): split off, never the heading's.
    A topic's tab (快充专题) under the heading is the topic's stories: related, unlike a 专题 box alone."""
    words = (*settings.RELATED_REJECT_HEADINGS, *_HOT_PICKS)
    return any(word in label for word in words if word not in _TOPIC)
