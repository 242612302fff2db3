"""The related-content list (相关内容 / 相关阅读 / ...): other stories' titles, links and snippets.

It must come out of the page *before* the body is chosen, so that its titles and snippets can never be
mistaken for story paragraphs.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings
from newscorpus.models import RelatedItem
from newscorpus.scrapers.dom import has_ancestor_in, remove_nodes
from newscorpus.scrapers.linkshape import is_article_url
from newscorpus.scrapers.relateditems import items_from, unique_items
from newscorpus.scrapers.relatedjson import attribute_related
from newscorpus.scrapers.relatedleads import names_highlights
from newscorpus.scrapers.relatedscan import HEADING, heading_text_nodes, names_other_list
from newscorpus.scrapers.relatedsections import (
    HEADING_MAX_CHARS,
    INLINE_MAX_CHARS,
    inline_section,
    link_run,
    section_after,
    story_link_in,
)
from newscorpus.scrapers.relatedside import in_plain_aside, in_site_box, sidebar_of
from newscorpus.scrapers.relatedtabs import has_real_link
from newscorpus.scrapers.relatedweak import in_feed_box, in_side_column, is_weak
from newscorpus.scrapers.text import cjk_count, clean

# Besides the heading itself, a heading's text may hold this many Chinese characters ("相关新闻推荐").
_HEADING_SLACK_CJK = 2
# Before a heading that ends the text, a topic of this many Chinese characters may name the list ("武侠小说相关阅读").
_HEADING_TOPIC_CJK = 4
_RELATED_WORDS = ("相关", "相關")
# A heading with its English echo ("相关新闻 RELATED NEWS") may run this long in all.
_HEADING_MAX_WITH_LATIN = 40
_HEADING_PUNCTUATION = "：:【】[]<>《》 ->»|"
# How far above a text node holding part of a heading the element holding all of it is looked for.
_SPLIT_HEADING_LEVELS = 2
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# An element's own text (links aside) that is only a related heading, e.g. "推荐阅读：" or "【相关阅读】", with
# the separators between its links and the bracket closing them ("（相關報導：<a>…</a>｜<a>…</a>）" leaves
# "（相關報導：｜）").
# Not 、: a novel site's "推荐阅读：<a>书名</a>、<a>书名</a>" over the chapter is the site's picks (blind15's label).
# A bullet of arrows, box drawing, geometric shapes or dingbats may lead it (Taiwan's "▌延伸閱讀：", "►相关阅读").
_INLINE_HEADING = re.compile(
    r"[\u2190-\u21ff\u2500-\u27bf\u2b00-\u2bff]*\s*[【\[（(]?\s*("
    + "|".join(settings.RELATED_HEADINGS)
    + r")\s*[】\])）]?\s*[：:>》|]*[\s｜|/／·]*[)）】\]]?"
)
_HEADING_MAX_CHARS = HEADING_MAX_CHARS  # the name tests and callers have used


def take_related_by_heading(
    tree: LexborHTMLParser,
    base_url: str | None,
    within: LexborNode | None = None,
    keep: LexborNode | None = None,
    page_url: str | None = None,
) -> list[RelatedItem]:
    """Find sections introduced by a related-content heading, extract their items, remove them.

    ``within`` limits the search to one part of the page (a site rule's article column); default all.
    ``keep`` is a node the caller still holds (a rule's body): nothing holding it is removed.
    """
    return headed_related(tree, base_url, within, keep, page_url)[1]


def headed_related(
    tree: LexborHTMLParser,
    base_url: str | None,
    within: LexborNode | None = None,
    keep: LexborNode | None = None,
    page_url: str | None = None,
    among: set[int] | None = None,
    story: LexborNode | None = None,
) -> tuple[bool, list[RelatedItem]]:
    """As ``take_related_by_heading``, also telling whether the page labels its related list: a heading
    over an empty list (filled by JS) means there is nothing else to guess at. A heading inside ``story``
    (a closing 推荐阅读：) gives its links, which end where prose resumes, but does not count as that
    label. ``among``: only headings inside these elements (by mem_id) count at all."""
    items: list[RelatedItem] = []
    body = within if within is not None else tree.body
    if body is None:
        return False, items
    doomed: list[LexborNode] = []
    headings = _all_headings(body, asides=True)
    if among is not None:
        headings = [(h, inline) for h, inline in headings if h.mem_id in among or has_ancestor_in(h, among)]
    story = story if story is not None else keep
    # A plain <aside>'s headings (a sidebar widget) are the last resort, a personal feed's there never.
    side = [(heading, inline) for heading, inline in headings if in_plain_aside(heading)]
    if side:
        aside_ids = {heading.mem_id for heading, _inline in side}
        headings = [(heading, inline) for heading, inline in headings if heading.mem_id not in aside_ids]
        side = [(heading, inline) for heading, inline in side if not is_weak(heading)]
    weak = [(heading, inline) for heading, inline in headings if is_weak(heading)]
    if weak:
        headings = [(heading, inline) for heading, inline in headings if not is_weak(heading)]
        weak = [(heading, inline) for heading, inline in weak if not in_side_column(heading)]
        # A feed its box names so: its section leaves the page unread, lest an unheaded-list finder take it.
        _take_sections([pair for pair in weak if in_feed_box(pair[0])], story, base_url, page_url, [], doomed)
        weak = [(heading, inline) for heading, inline in weak if not in_feed_box(heading)]
    labelled, listed = _take_sections(headings, story, base_url, page_url, items, doomed)
    if weak and not listed:
        # No other heading gave a list after the story: the personal feed is the page's nearest to one.
        labelled = _take_sections(weak, story, base_url, page_url, items, doomed)[0] or labelled
    if side and not items:
        labelled = _take_side(side, story, base_url, page_url, items, doomed) or labelled
    remove_nodes(doomed, keep)
    return labelled, unique_items(items)[: settings.MAX_RELATED_ITEMS]


def _take_sections(
    headings: list[tuple[LexborNode, bool]],
    story: LexborNode | None,
    base_url: str | None,
    page_url: str | None,
    items: list[RelatedItem],
    doomed: list[LexborNode],
) -> tuple[bool, bool]:
    """The items of each heading's section added to ``items``, heading and section to ``doomed``;
    whether any heading outside the story labelled a list, and whether any of those gave items."""
    labelled = listed = False
    for heading, inline in headings:
        if _inside_any(heading, doomed):
            continue  # a second heading inside a section we already took
        in_story = story is not None and _inside_any(heading, [story])
        section = inline_section(heading) if inline else section_after(heading)
        if section and in_story:
            section = link_run(section)  # inside the story: the list ends where prose (or a byline) resumes
        elif section and story is not None and _holds(section, story) and _is_prose(story):
            # A heading above the story (an e-paper's 往期回顾 link by the date) whose "section" is the rest
            # of the page, story and all: a list is after or beside its story, never around it.
            continue
        found = items_from(section, base_url, page_url) if section else []
        if not found:
            found = attribute_related(heading, base_url, page_url)  # an empty box holding its list as JSON
            section = section or ([heading] if found else section)
        if found and _tag_row(section, found):
            continue  # "Related: EV China Trade": a row of tags, no list of stories, and no label of one
        labelled = labelled or not in_story
        listed = listed or bool(found and not in_story)
        if section:
            items.extend(found)
            doomed.extend([heading, *section])
    return labelled, listed


def _holds(section: list[LexborNode], story: LexborNode) -> bool:
    ids = {node.mem_id for node in section}
    return story.mem_id in ids or has_ancestor_in(story, ids)


def _is_prose(story: LexborNode) -> bool:
    """The guessed story reads as one: long text, little of it links (a guess inside a list, one item's
    snippet, is no story a list could be around)."""
    text = len(clean(story.text(deep=True)))
    linked = sum(len(clean(link.text(deep=True))) for link in story.css("a"))
    return text >= settings.RELATED_AROUND_STORY_MIN_CHARS and linked * 2 < text


def _take_side(
    side: list[tuple[LexborNode, bool]],
    story: LexborNode | None,
    base_url: str | None,
    page_url: str | None,
    items: list[RelatedItem],
    doomed: list[LexborNode],
) -> bool:
    """A plain <aside>'s related box (推荐阅读 beside the story), asked only when no heading elsewhere gave
    a list: the page labels it related, so it is the list whether or not its items echo the headline (issue 17:
    a sidebar counts when the page labels it related; since session 26, as the natural batches label a 推荐阅读
    aside; it had to echo the headline before). A personal feed (猜你喜欢) or a hot list never gets here."""
    found: list[RelatedItem] = []
    taken: list[LexborNode] = []
    labelled = _take_sections(side, story, base_url, page_url, found, taken)[0]
    if not found:
        return False
    items.extend(found)
    doomed.extend(taken)
    return labelled


def _tag_row(section: list[LexborNode], found: list[RelatedItem]) -> bool:
    """Bare links in a row beside the heading (no item blocks: a wiki's 参见 list is a <ul>), each a short
    label linking a page that is no story: a tag, a topic, a channel."""
    return all(node.tag == "a" for node in section) and all(
        len(item.title) < settings.RELATED_MIN_ANCHOR_CHARS and not is_article_url(item.url or "") for item in found
    )


def _inside_any(node: LexborNode, others: list[LexborNode]) -> bool:
    ids = {other.mem_id for other in others}
    return node.mem_id in ids or has_ancestor_in(node, ids)


def _headings(body: LexborNode) -> list[LexborNode]:
    """Innermost elements whose whole text is a short related-content heading (not itself a link)."""
    return [element for element, inline in _all_headings(body) if not inline]


def _all_headings(body: LexborNode, asides: bool = False) -> list[tuple[LexborNode, bool]]:
    """Related headings in page order, each with whether it is *inline*: a block whose own text is only
    the heading and a colon, followed by its links (a WeChat story's closing ``推荐阅读：<a>…</a>``).

    One text extraction in C, with a separator between text nodes, tells whether any heading is there
    and in which text nodes; only the nodes up to the last of those are visited, and only their parents
    are checked. (``:lexbor-contains`` did the same search at ~0.4 us an element, every element.)
    ``asides``: headings inside a plain <aside> too (a fallback for the caller to weigh), not only outside.
    """
    found: dict[int, tuple[LexborNode, bool]] = {}
    for node, holds_whole in heading_text_nodes(body):
        element = node.parent
        # A heading split over elements (<font>相关</font>新闻) is the smallest short element holding it all
        # (a node holding one whole needs no look: its element holds it, a long script's text unread).
        for _ in range(0 if holds_whole else _SPLIT_HEADING_LEVELS):
            if element is None or element.mem_id in found or HEADING.search(element.text(deep=True)):
                break
            element = element.parent
        if element is None or element.mem_id in found:
            continue
        inline = heading_kind(element, asides)
        if inline is not None:
            found[element.mem_id] = (element, inline)
    pictured = _image_headings(body)
    if not pictured or not found:
        return list(found.values()) or pictured  # a query's matches come in page order
    order = {node.mem_id: index for index, node in enumerate(body.traverse())}
    return sorted([*found.values(), *pictured], key=lambda pair: order.get(pair[0].mem_id, -1))


def _image_headings(body: LexborNode) -> list[tuple[LexborNode, bool]]:
    """Headings drawn as a title image (<img alt="相关阅读">, 2010s portals): no text to find them by."""
    found: list[tuple[LexborNode, bool]] = []
    for image in body.css("img[alt]"):
        if is_related_label(image.attributes.get("alt")) and not in_site_box(image) and not _menu_entry(image):
            found.append((image, False))
    return found


def _menu_entry(image: LexborNode) -> bool:
    """A title image that is one link of a row of links (a 2000s site's image menu: 首頁 | 學校簡介 | 相關連結)
    names the page it links to, not a list under it."""
    link = image.parent
    return link is not None and link.tag == "a" and has_real_link(link) and _in_menu(link)


def _in_menu(link: LexborNode) -> bool:
    return link.parent is not None and len(link.parent.css("a[href]")) >= settings.RELATED_MENU_MIN_LINKS


def is_related_label(text: str | None) -> bool:
    """A label that is only a related heading (an image's alt, a block's aria-label), no hot list's."""
    label = clean(text or "")
    if not 0 < len(label) <= HEADING_MAX_CHARS or not HEADING.search(label) or not _is_heading_text(label):
        return False
    return not names_other_list(label)


def heading_kind(element: LexborNode, asides: bool = False) -> bool | None:
    """None when ``element`` is no related heading; else whether it is an inline one (holds its links).
    ``asides``: a heading inside a plain <aside> counts (the caller weighs it), one in <nav>/<footer> never."""
    if element.tag in ("script", "style", "title", "body", "html"):
        return None
    deep = clean(element.text(deep=True))
    if len(deep) > INLINE_MAX_CHARS or not HEADING.search(deep):
        return None
    if element.tag == "a" and has_real_link(element):
        # A heading that links to its channel's list (<a href=/xgxw/>相关新闻</a>): a heading when the link
        # says nothing else; a longer text holding the words is a story title. One link of a bar of links
        # (首页 | 上一期 | 往期回顾 | 检索) names the page it leads to, like a title image in a menu.
        if _in_menu(element):
            return None
        return False if HEADING.fullmatch(deep.strip(_HEADING_PUNCTUATION)) else None
    own = clean(element.text(deep=False))
    if names_other_list(own or deep) or _vetoed_box(element, asides):
        return None  # 相关热门文章, 打开APP查看更多精彩, a sidebar box: not this story's list
    if names_highlights(own or deep):
        return None  # 更多精彩视频: the video channel's picks, not this story's list
    if any(word in deep for word in settings.RELATED_HEADINGS_ALONE) and not _alone(element):
        return None  # a row of topic links beside the words: no list of stories after them
    # A tab label may be a link that goes nowhere (href="javascript:;"): still a heading.
    if not has_real_link(element):
        return False if _is_heading_text(deep) else None
    if _INLINE_HEADING.fullmatch(own) and story_link_in(element):
        return True
    # Links beside the heading that are no stories ("返回专题 >>", tag links): a heading over its list.
    return False if HEADING.fullmatch(own.strip("：: ")) else None


def _alone(heading: LexborNode) -> bool:
    """No link in the heading nor right after it in its line (相关主题 <a>光伏</a>): over a list, not a row."""
    if has_real_link(heading):
        return False
    sibling = heading.next
    while sibling is not None and not sibling.is_element_node:
        sibling = sibling.next
    return sibling is None or sibling.tag != "a"


def _is_heading_text(text: str) -> bool:
    """Short, and nothing much besides the heading: "推荐阅读相关主题" introduces a tag list, not stories."""
    if cjk_count(text) > _HEADING_MAX_CHARS or len(text) > _HEADING_MAX_WITH_LATIN:
        return False  # "相关阅读 RELATED READING" is a heading, a sentence naming one is not
    if not cjk_count(text):
        # An English heading is the heading alone: "Related to the case, police said" names no list.
        return not _LATIN_WORD.search(HEADING.sub("", text))
    if cjk_count(HEADING.sub("", text, count=1)) <= _HEADING_SLACK_CJK:
        return True
    # A topic naming the list before a 相关 heading that ends the text ("武侠小说相关阅读：", "财经相关新闻"):
    # words after the heading introduce another kind of list ("推荐阅读相关主题": tags), and a topic before a
    # pick's heading names a channel's picks, not this story's ("武侠仙侠推荐阅读" on a novel site).
    match = HEADING.search(text)
    if match is None or not match.group().startswith(_RELATED_WORDS):
        return False
    ends = not text[match.end() :].strip(_HEADING_PUNCTUATION + " ")
    return ends and cjk_count(text[: match.start()]) <= _HEADING_TOPIC_CJK


def _vetoed_box(element: LexborNode, asides: bool) -> bool:
    """Inside a site-wide box: <nav>, <footer>, or (unless ``asides``) an <aside> not marked related."""
    box = sidebar_of(element)
    return box is not None and not (asides and box.tag == "aside")
