"""What a related heading introduces: the blocks after it (past a heading bar or a tab bar, one pane
per tab), or, for an inline heading, its own links and the link lines after it.

Split from ``related`` (which finds the headings) to keep each module to one job.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newscorpus import settings
from newscorpus.scrapers.linkshape import (
    LINK_QUERY,
    holds_link,
    is_article_url,
    is_promo,
    link_href,
    never_story,
    story_href,
)
from newscorpus.scrapers.relatedbounds import leads_somewhere, opens_new_section, placeholder_box
from newscorpus.scrapers.relatedscan import HEADING
from newscorpus.scrapers.relatedvetoes import ad_inside_list, alike, another_card, is_rejected_block, legal_line
from newscorpus.scrapers.text import absolute, node_text

HEADING_MAX_CHARS = 16
# An inline heading's block ("推荐阅读：" and one or two story links) is at most this long.
INLINE_MAX_CHARS = 200
_MIN_SNIPPET_CHARS = 8
# A heading bar (heading, English echo, icons) is at most this long.
_BAR_MAX_CHARS = 40
# Never a list's block: a script after the heading may hold the list's state, read once sections are removed.
_NO_BLOCK_TAGS = frozenset({"script", "style", "template"})
_LIST_TAGS = frozenset({"ul", "ol", "dl", "table"})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_TABLE_HEADS = frozenset({"tr", "thead"})
# A tab label naming reading (推荐阅读, 延伸阅读) names a story-following list, never a hot or latest feed.
_READING = ("阅读", "閱讀")
_LABEL_PUNCTUATION = "：: 【】[]"


def story_link_in(element: LexborNode) -> bool:
    return any(story_href(link) for link in element.css(LINK_QUERY))


def inline_section(heading: LexborNode) -> list[LexborNode]:
    """The inline heading's block and the link-only blocks right after it (one item a line)."""
    section = [heading]
    sibling = heading.next
    while sibling is not None:
        if sibling.is_element_node:
            text = node_text(sibling)
            links = "".join(node_text(a) for a in sibling.css(LINK_QUERY))
            if not links or len(links) < len(text) - HEADING_MAX_CHARS:
                break  # story prose again, or a block that is not a list of links
            section.append(sibling)
        sibling = sibling.next
    return section


def section_after(heading: LexborNode) -> list[LexborNode]:
    """The siblings after the heading that hold links; climb while the heading is wrapped alone.

    A heading that is one label of a tab bar (相关推荐 | 热点 | 视频) climbs past the bar; the panes after
    it are then matched to the labels, so only the related tab's pane is taken.
    """
    node: LexborNode | None = heading
    tab: tuple[int, int] | None = None  # the heading's label index and the number of labels
    kindred: list[int] = []  # other labels of the bar naming a related list in words the grammar lacks
    while node is not None and node.tag not in ("body", "html"):
        siblings = _following_siblings(node)
        parent = node.parent
        # Tab labels linking nowhere (<a href="javascript:;">热门</a>) beside the heading are no list.
        if any(leads_somewhere(s) for s in siblings) and not (tab is None and _tab_bar_with_more(siblings, parent)):
            if tab is not None:
                return _tab_panes(siblings, tab, kindred)
            if node.mem_id != heading.mem_id and _named_otherwise(siblings):
                return []  # climbed out of the heading's emptied box into the next box, which names itself
            section = _list_blocks(siblings)
            return _past_heading_bar(section, parent) or section
        if any(placeholder_box(sibling) for sibling in siblings):
            return []  # its own list, empty (<ul><li>加载中…</li></ul>): a script fills it, nothing further out
        if parent is not None and len(node_text(parent)) > len(node_text(node)) + 2:
            # The parent holds more than the heading yet no later sibling has links: a tab bar, or not a list.
            labels = _tab_labels(parent)
            if labels is None and tab is None and _heading_bar(parent, node):
                node = parent  # "相关新闻 RELATED NEWS", a heading with its decoration: climb past the bar
                continue
            if tab is not None or labels is None or _outranked(node, labels):
                return []
            tab = (next(i for i, label in enumerate(labels) if label.mem_id == node.mem_id), len(labels))
            kindred = [i for i, label in enumerate(labels) if i != tab[0] and _kindred_label(label)]
        elif any(sibling.tag in _LIST_TAGS for sibling in siblings):
            return []  # the heading's own list is empty (filled by JS): what follows further out is not it
        node = parent
    return []


def _named_otherwise(siblings: list[LexborNode]) -> bool:
    """The first block with links after the heading's box opens with a name of its own (<h2>精彩图片</h2>):
    another box. The heading's own list is gone (filled by script, or already taken by a rule's selector)."""
    first = next((sibling for sibling in siblings if holds_link(sibling)), None)
    return first is not None and opens_new_section(first, siblings)


def _list_blocks(siblings: list[LexborNode]) -> list[LexborNode]:
    """The blocks after a heading that make its list: link blocks and their snippet blocks. A navigation,
    ad or hot-list box before the list is stepped over; one after it ends the list. When that leaves no
    link block, a box named only by where it sits (list-right) is the list: the heading says what it is."""
    blocks = _blocks_past_vetoes(siblings, by_position=True)
    if any(holds_link(block) for block in blocks):
        return blocks
    return _blocks_past_vetoes(siblings, by_position=False)


def _blocks_past_vetoes(siblings: list[LexborNode], by_position: bool) -> list[LexborNode]:
    blocks: list[LexborNode] = []
    for index, sibling in enumerate(siblings):
        if blocks and any(holds_link(block) for block in blocks) and opens_new_section(sibling, siblings):
            break  # the next box the page names (图片新闻, 编辑推荐) is not this heading's list
        if (is_rejected_block(sibling, by_position) and not another_card(sibling, blocks)) or legal_line(sibling):
            if any(holds_link(block) for block in blocks) and not ad_inside_list(
                sibling, blocks, siblings[index + 1 :]
            ):
                break
            continue
        if holds_link(sibling) or len(node_text(sibling)) >= _MIN_SNIPPET_CHARS:
            blocks.append(sibling)
    return blocks


def _past_heading_bar(section: list[LexborNode], bar: LexborNode | None) -> list[LexborNode]:
    """When the links beside a heading are no stories (tag words, "编辑", "返回专题 >>") and heading and
    links make a short bar, the list is what follows the bar; empty when no longer list follows it."""
    if bar is None or any(story_link_in(node) or _list_of_pages(node) for node in section):
        return []
    if len(node_text(bar)) > INLINE_MAX_CHARS:
        return []
    further = section_after(bar)
    beside = sum(len(node.css(LINK_QUERY)) for node in section)
    return further if sum(len(node.css(LINK_QUERY)) for node in further) > beside else []


def _list_of_pages(node: LexborNode) -> bool:
    """A list element whose every item holds one link to a story-shaped URL (a wiki's 相关词条: 艾粄, 青精饭
    under /wiki/…): a list of short-named pages, not a bar of tags or tools beside the heading."""
    if node.tag not in ("ul", "ol"):
        return False
    items = [child for child in node.iter() if child.tag == "li"]
    if len(items) < settings.RELATED_MIN_LIST_ITEMS:
        return False
    return all(len(links := item.css(LINK_QUERY)) == 1 and _page_url(link_href(links[0]) or "") for item in items)


def _page_url(url: str) -> bool:
    """A story-shaped URL, or a page named in words (/wiki/%E8%89%BE%E7%B2%91) under no tag or search folder."""
    if is_article_url(url):
        return True
    last = url.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return "%" in last and not never_story(url)


def _heading_bar(bar: LexborNode, heading: LexborNode) -> bool:
    """A short bar holding the heading and decoration only: no link outside the heading."""
    if len(node_text(bar)) > _BAR_MAX_CHARS:
        return False
    inside = {link.mem_id for link in heading.css("a[href]")}
    return all(link.mem_id in inside for link in bar.css("a[href]") if absolute(link.attributes.get("href"), None))


def _outranked(label: LexborNode, labels: list[LexborNode]) -> bool:
    """Another tab of the bar says 相关 and this one does not (相关推荐 | 热点推荐): that tab is the list. A
    tab naming reading (推荐阅读 beside 相关阅读) is a related list of its own: both panes are."""
    text = node_text(label)
    if "相关" in text or any(word in text for word in _READING):
        return False
    return any("相关" in node_text(other) for other in labels)


def link_run(section: list[LexborNode]) -> list[LexborNode]:
    """The section's list inside a story: link blocks and the single snippet blocks between them; two
    blocks without links in a row, or any after the last link block, are the story again (or its byline)."""
    run: list[LexborNode] = []
    pending: LexborNode | None = None  # a block without links, kept only if a link block follows
    for node in section:
        if holds_link(node):
            run.extend([pending, node] if pending is not None else [node])
            pending = None
        elif pending is not None and run:
            break
        elif run:
            pending = node
    return run


def _tab_bar_with_more(siblings: list[LexborNode], bar: LexborNode | None) -> bool:
    """The links after the heading are only a "更多>>" link in a tab bar (相关推荐 | 热点推荐 | 更多): tabs."""
    linked = [sibling for sibling in siblings if holds_link(sibling)]
    return bar is not None and all(_more_link(node) for node in linked) and _tab_labels(bar) is not None


def _more_link(node: LexborNode) -> bool:
    """A "more" / app link: short text naming more or a download, not a story."""
    links = node.css("a[href]")
    return bool(links) and all(is_promo(node_text(link), link.attributes.get("href") or "") for link in links)


def _tab_labels(bar: LexborNode) -> list[LexborNode] | None:
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


def _kindred_label(label: LexborNode) -> bool:
    """A tab label a related prefix opens whose noun the grammar does not know (相关文章 | 相关电报): beside a
    related tab, a related list too. A label the grammar knows is a heading of its own, found on its own."""
    text = node_text(label).strip(_LABEL_PUNCTUATION)
    return (
        text.startswith(settings.RELATED_HEADING_PREFIXES)
        and len(text) <= HEADING_MAX_CHARS
        and HEADING.search(text) is None
    )


def _tab_panes(siblings: list[LexborNode], tab: tuple[int, int], kindred: list[int]) -> list[LexborNode]:
    """The heading's pane, and the panes of its kindred labels when every label has its own pane."""
    own = _tab_pane(siblings, tab)
    if not kindred:
        return own
    panes = [_tab_pane(siblings, (index, tab[1])) for index in sorted([tab[0], *kindred])]
    if any(len(pane) != 1 for pane in panes) or len({pane[0].mem_id for pane in panes}) != len(panes):
        return own  # no pane per label: the others' lists are not told apart from this one
    return [pane[0] for pane in panes]


def _unwrapped(panes: list[LexborNode]) -> list[LexborNode]:
    """One wrapper stands for the panes inside it."""
    return [child for child in panes[0].iter() if child.is_element_node] if len(panes) == 1 else panes


def _filled(node: LexborNode) -> bool:
    return next(node.iter(), None) is not None or bool(node_text(node))


def _following_siblings(node: LexborNode) -> list[LexborNode]:
    siblings: list[LexborNode] = []
    sibling = node.next
    while sibling is not None:
        if sibling.is_element_node and sibling.tag not in _NO_BLOCK_TAGS:
            if _is_heading_like(sibling):
                break
            siblings.append(sibling)
        sibling = sibling.next
    return siblings


def _is_heading_like(node: LexborNode) -> bool:
    """The next section's heading: an <h1>-<h4> without links, or a short wrapper opening with one
    (Wikipedia's <div class=mw-heading><h2>参考文献</h2><span>[编辑]</span></div>)."""
    if node.tag in _HEADING_TAGS:
        # A short heading linking its channel (<h3><a href=/hot/>热门新闻</a></h3>) starts the next section;
        # one linking a story is an item of a flat list (<h3><a>title</a></h3><p>snippet</p>, …).
        if node.css_first("a[href]") is None:
            return True
        return len(node_text(node)) <= HEADING_MAX_CHARS and not story_link_in(node)
    first = next((child for child in node.iter() if child.is_element_node), None)
    return first is not None and first.tag in _HEADING_TAGS and len(node_text(node)) <= HEADING_MAX_CHARS
