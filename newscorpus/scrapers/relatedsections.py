"""What a related heading introduces: the blocks after it (past a heading bar or a tab bar, one pane
per tab), or, for an inline heading, its own links and the link lines after it.

Split from ``related`` (which finds the headings) to keep each module to one job.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newscorpus import settings
from newscorpus.scrapers.bylinefold import fold
from newscorpus.scrapers.bylinegrammar import EDITOR, SOURCE, tokenize
from newscorpus.scrapers.bylinelone import posted_by
from newscorpus.scrapers.linkshape import (
    LINK_QUERY,
    holds_link,
    is_article_url,
    link_href,
    never_story,
    story_href,
)
from newscorpus.scrapers.relatedbounds import leads_somewhere, opens_new_section, placeholder_box
from newscorpus.scrapers.relatedtabs import (
    HEADING_MAX_CHARS,
    kindred_label,
    outranked,
    tab_bar_with_more,
    tab_labels,
    tab_panes,
    tabs_under,
)
from newscorpus.scrapers.relatedvetoes import (
    ad_inside_list,
    another_card,
    is_rejected_block,
    legal_line,
    second_column,
)
from newscorpus.scrapers.text import absolute, node_text

# An inline heading's block ("推荐阅读：" and one or two story links) is at most this long.
INLINE_MAX_CHARS = 200
_MIN_SNIPPET_CHARS = 8
# A heading bar (heading, English echo, icons) is at most this long.
_BAR_MAX_CHARS = 40
# Never a list's block: a script after the heading may hold the list's state, read once sections are removed.
_NO_BLOCK_TAGS = frozenset({"script", "style", "template"})
_LIST_TAGS = frozenset({"ul", "ol", "dl", "table"})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


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
        if any(leads_somewhere(s) for s in siblings) and not (tab is None and tab_bar_with_more(siblings, parent)):
            if tab is not None:
                return tab_panes(siblings, tab, kindred)
            if node.mem_id != heading.mem_id and _named_otherwise(siblings):
                return []  # climbed out of the heading's emptied box into the next box, which names itself
            section = _list_blocks(siblings)
            return _past_heading_bar(section, parent) or section
        if any(placeholder_box(sibling) for sibling in siblings):
            return []  # its own list, empty (<ul><li>加载中…</li></ul>): a script fills it, nothing further out
        if parent is not None and len(node_text(parent)) > len(node_text(node)) + 2:
            # The parent holds more than the heading yet no later sibling has links: a tab bar, or not a list.
            under = tabs_under(parent, node) if tab is None and node.mem_id == heading.mem_id else None
            if under is not None:
                # Every pane the heading's own tabs split its box into is its list; count from the bar's tabs.
                tab, kindred = (under[0][0], under[1]), under[0][1:]
                node = parent
                continue
            labels = tab_labels(parent)
            if labels is None and tab is None and _heading_bar(parent, node):
                node = parent  # "相关新闻 RELATED NEWS", a heading with its decoration: climb past the bar
                continue
            if tab is not None or labels is None or outranked(node, labels):
                return []
            tab = (next(i for i, label in enumerate(labels) if label.mem_id == node.mem_id), len(labels))
            kindred = [i for i, label in enumerate(labels) if i != tab[0] and kindred_label(label)]
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
        if blocks and (posted_by(text := node_text(sibling)) or _story_credits(sibling, text)):
            # the post's entry meta under its list (这篇文章由 X 发表于 …，分类于 <a>技术</a>), or the story's own
            # credits (本文来源：新华网 作者：X 责任编辑：Y) under a list closing the story: the story's
            break
        vetoed = is_rejected_block(sibling, by_position) and not _story_card_of_run(sibling, siblings)
        if (vetoed and not another_card(sibling, blocks) and not second_column(sibling, blocks)) or legal_line(sibling):
            if any(holds_link(block) for block in blocks) and not ad_inside_list(
                sibling, blocks, siblings[index + 1 :]
            ):
                break
            continue
        if holds_link(sibling) or len(node_text(sibling)) >= _MIN_SNIPPET_CHARS:
            blocks.append(sibling)
    return blocks


def _story_credits(node: LexborNode, text: str) -> bool:
    """A short line of credit labels with no linked title of its own: the story's source, writer or editor, not a
    list item's (a card's credits follow its linked headline)."""
    if not text or len(text) > settings.BYLINE_SHORT_LINE_CHARS or _linked_title(node):
        return False
    lead, fields = tokenize(fold(text))
    return not lead.strip() and any(field.kind in (SOURCE, EDITOR) for field in fields)


def _linked_title(node: LexborNode) -> bool:
    return any(len(node_text(link)) >= settings.RELATED_MIN_ANCHOR_CHARS for link in node.css("a"))


def _story_card_of_run(node: LexborNode, siblings: list[LexborNode]) -> bool:
    """``node`` is one of a run of like links to stories (``<a class=menuUrl href=/news/…>`` cards): the
    items themselves, whatever their class names, not a box a class word could name a menu or a nav."""
    if node.tag != "a" or story_href(node) is None:
        return False
    shape = node.attributes.get("class")
    return sum(1 for sibling in siblings if sibling.tag == "a" and sibling.attributes.get("class") == shape) > 1


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
    if first is None or first.tag not in _HEADING_TAGS or len(node_text(node)) > HEADING_MAX_CHARS:
        return False
    # A story's link wrapping its headline (<a href=…/article_…><h3>title</h3></a>) is a list's item, not the next
    # section's heading, as a heading linking a story is.
    return not ((node.tag == "a" and story_href(node)) or story_link_in(node))
