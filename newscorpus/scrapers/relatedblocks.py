"""Related blocks a page does not introduce with a heading: named related by id/class, or an unheaded
list of story links right after the story. Navigation, footers, hot lists, ads, comments and app
promotions are vetoed by what they call themselves and by the text that leads into them.

One ``BlockFinder`` serves one page: it remembers which links are stories (``relatedpagelinks``) and
which elements are vetoed, since nested candidate blocks ask about the same links and ancestors again and again.
"""

from __future__ import annotations

from collections import Counter

from selectolax.lexbor import LexborNode

from newscorpus import settings
from newscorpus.scrapers.dom import ancestry, has_ancestor_in
from newscorpus.scrapers.linkshape import LINK_QUERY
from newscorpus.scrapers.relatedcards import article_footer, card_shape, child_count, hidden, shows_more, word_pieces
from newscorpus.scrapers.relatedleads import LEAD_LEVELS, headed, recommended_as_other, rejected_lead
from newscorpus.scrapers.relatedmarks import marked_attrs, marked_under
from newscorpus.scrapers.relatedpagelinks import LinkMemo, PageLinks
from newscorpus.scrapers.relatedvetoes import is_rejected_block

_LIST_TAGS = "ul, ol, dl, div, section, table, tbody"


class BlockFinder(PageLinks):
    def __init__(self, page_url: str | None = None, named: bool = False, memo: LinkMemo | None = None) -> None:
        super().__init__(page_url, named, memo)
        self._rejected: dict[int, bool] = {}
        self._feeds: dict[int, bool] = {}

    def marked_blocks(self, anchor: LexborNode, roots: list[LexborNode]) -> list[LexborNode]:
        """Outermost blocks named related by id/class: at the story's end (inside it) or after it.

        A block needs RELATED_MIN_MARKED_ITEMS story links, or one when a sibling marked block is taken
        too (a list split into boxes: one featured item, then the rest).
        """
        found: list[LexborNode] = []
        single: list[LexborNode] = []
        taken: set[int] = set()  # nothing inside a taken block needs a look
        story_line = ancestry(anchor)
        for root in [anchor, *roots]:
            holders: set[int] | None = None
            for node in marked_under(root):
                key = node.mem_id  # read once: 163 marks ~600 elements under one root, most passed over here
                if key in taken or key in story_line:
                    continue
                holders = self._link_holders(root) if holders is None else holders
                if key not in holders:
                    continue  # no story link inside: neither it nor anything in it can be taken
                if has_ancestor_in(node, taken):
                    continue
                stories = self._story_share(node)  # a count, never None: the node holds a story link
                if stories and not self._vetoed(node, root) and not recommended_as_other(node, marked_attrs(node)):
                    (found if stories >= settings.RELATED_MIN_MARKED_ITEMS else single).append(node)
                    taken.add(key)
        parents = {node.parent.mem_id for node in found if node.parent is not None}
        paired = [node for node in single if node.parent is not None and node.parent.mem_id in parents]
        return sorted(found + paired, key=lambda node: _order(node, roots)) if paired else found

    def _link_holders(self, root: LexborNode) -> set[int]:
        """Story links under ``root`` and every element between them and ``root``, by mem_id: a marked
        block outside this set holds no story link, so it is passed over without a query of its own (a
        portal marks every part of every recommended item: 163 has a thousand such elements a page)."""
        holders: set[int] = set()
        top = root.mem_id
        for link in self._links_in(root):
            node: LexborNode | None = link if self._story_url(link) else None
            while node is not None and (key := node.mem_id) not in holders:
                holders.add(key)
                node = None if key == top else node.parent
        return holders

    def unheaded_list(
        self, roots: list[LexborNode], topic: frozenset[str], feeds_only: bool = False
    ) -> list[LexborNode]:
        """The first list of story links after the story: one item a child, most children items, and
        (when the page has a headline, its word pieces in ``topic``) some items about the story.
        ``feeds_only``: only a feed of alike cards (what may sit further from the story)."""
        for root in roots:
            # A list needs children, and elements holding story links: without either, no query is run.
            if next(root.iter(), None) is None:
                continue
            feeds = self._feed_candidates(root) if feeds_only else None
            if feeds == [] or not (holders := self._story_holders(root)):
                continue
            for node in [root, *root.css(_LIST_TAGS)] if feeds is None else feeds:
                if node.mem_id not in holders or not self._is_item_list(node):
                    continue
                # The vetoes first: most candidates after a story are footers, menus and hot lists.
                if self._unlabelled_veto(node, root) or hidden(node, root):
                    continue
                # A long list of anything is an endless feed, a related one only when its cards are alike
                # or many of its titles are about the story (a latest-news list's seldom are).
                short = not feeds_only and child_count(node) <= settings.RELATED_MAX_UNHEADED_ITEMS
                if short and self._topical(node, topic):
                    return [node]
                if not feeds_only and not short and self._mostly_topical(node, topic):
                    return [node]
                # A feed of cards about anything is related when nothing names it otherwise.
                if self._feed(node) and not headed(node, root):
                    return [node]
        return []

    def _mostly_topical(self, node: LexborNode, topic: frozenset[str]) -> bool:
        if not topic:
            return False
        share = settings.RELATED_LONG_LIST_TOPICAL_SHARE * child_count(node)
        return self._topical_items(node, topic) >= share

    def _topical(self, node: LexborNode, topic: frozenset[str]) -> bool:
        return not topic or self._topical_items(node, topic) >= settings.RELATED_UNHEADED_MIN_TOPICAL_ITEMS

    def _feed(self, node: LexborNode) -> bool:
        """A feed of story cards: RELATED_FEED_MIN_ITEMS children or more, nearly all built alike (one tag
        and class) and each holding one story. Its titles need not echo the headline (a feed is about the
        site's stories, not the headline's words); its structure says it is a list of stories."""
        if node.mem_id not in self._feeds:
            self._feeds[node.mem_id] = self._alike_cards(node)
        return self._feeds[node.mem_id]

    def _feed_candidates(self, root: LexborNode) -> list[LexborNode]:
        """The candidates under ``root`` (itself, then its list tags, in page order) that are feeds: all a
        feeds-only search can take. Asked first, since a box not built like a feed fails on its child count
        or shapes and a menu on its first short link, where the root's story links (``_story_holders``)
        cost every long link's URL parsed: the 35 far searches over 77 saved pages found no feed."""
        return [node for node in [root, *root.css(_LIST_TAGS)] if self._feed(node)]

    def _alike_cards(self, node: LexborNode) -> bool:
        children = [child for child in node.iter() if child.is_element_node]
        if not settings.RELATED_FEED_MIN_ITEMS <= len(children) <= settings.MAX_RELATED_ITEMS:
            return False
        shapes = Counter(card_shape(child) for child in children)
        shape, alike = shapes.most_common(1)[0]
        if alike < settings.RELATED_FEED_ALIKE_SHARE * len(children):
            return False
        cards = [child for child in children if card_shape(child) == shape]
        return all(self._story_links(child) == 1 and shows_more(child) for child in cards)

    def _story_holders(self, root: LexborNode) -> set[int]:
        """Elements at most RELATED_LIST_ITEM_DEPTH above enough story links to be a list of them: the
        only ones worth asking (a page has thousands of divs, and few hold three stories closely)."""
        counts: dict[int, int] = {}
        top = root.mem_id
        for link in self._links_in(root):
            if not self._story_url(link):
                continue
            node = link.parent
            for _ in range(settings.RELATED_LIST_ITEM_DEPTH):
                if node is None:
                    break
                key = node.mem_id
                counts[key] = counts.get(key, 0) + 1
                if key == top:
                    break
                node = node.parent
        return {mem_id for mem_id, count in counts.items() if count >= settings.RELATED_MIN_LIST_ITEMS}

    def _topical_items(self, node: LexborNode, topic: frozenset[str]) -> int:
        titles = {self._title(link) for link in self._links_in(node) if self._story_url(link)}
        return sum(1 for title in titles if len(word_pieces(title) & topic) >= settings.RELATED_TOPIC_MIN_SHARED)

    def _is_item_list(self, node: LexborNode) -> bool:
        children = [child for child in node.iter() if child.is_element_node]
        if not settings.RELATED_MIN_LIST_ITEMS <= len(children) <= settings.MAX_RELATED_ITEMS:
            return False
        if node.css_first(LINK_QUERY) is None:
            return False
        items = sum(1 for child in children if self._story_links(child) == 1)
        return items >= settings.RELATED_MIN_LIST_ITEMS and items >= settings.RELATED_MIN_ARTICLE_SHARE * len(children)

    def _story_share(self, node: LexborNode) -> int | None:
        """The node's story links; 0 when they are not most of its titled links (a menu with one story)
        or the node is a wrapper; None when it holds no story link at all (nor does anything inside)."""
        links = self._links_in(node)
        if len(links) > settings.RELATED_MAX_BLOCK_LINKS and self._urls_over(links, settings.RELATED_MAX_BLOCK_LINKS):
            return 0  # a column or page wrapper that happens to carry the word, not a list (a long feed of
            # cards links each story two or three times: its distinct URLs are what count)
        stories = {url for link in links if (url := self._story_url(link))}
        if not stories:
            return None
        # A card wrapping its links (data-url beside a real <a>) has no URL of its own: it is no titled link.
        titled = {href for link in links if self._title(link) and (href := self._href(link))}
        if len(stories) >= settings.RELATED_MIN_ARTICLE_SHARE * len(titled):
            return len(stories)
        # A list of cards needs RELATED_MIN_LIST_ITEMS stories: a block with fewer is not asked item by item.
        if len(stories) < settings.RELATED_MIN_LIST_ITEMS:
            return 0
        return len(stories) if self._story_cards(node) else 0

    def _story_cards(self, node: LexborNode) -> bool:
        """Most of the block's items (its children, under any one-child wrappers) hold a story: cards that
        link their source, author or comments beside the headline are still one story each, where a menu's
        items are mostly no story."""
        while (children := [child for child in node.iter() if child.is_element_node]) and len(children) == 1:
            node = children[0]
        items = [child for child in children if self._links_in(child)]
        if len(items) < settings.RELATED_MIN_LIST_ITEMS:
            return False
        cards = sum(1 for child in items if self._story_links(child))
        return cards >= settings.RELATED_MIN_ARTICLE_SHARE * len(items)

    def _vetoed(self, node: LexborNode, root: LexborNode) -> bool:
        """A block that names itself, or sits in, navigation, a footer, a hot-rank list, ads, comments; or
        that a hot-list / app / comment heading introduces."""
        current: LexborNode | None = node
        while current is not None:
            if self._rejected_here(current):
                return True
            if current.mem_id == root.mem_id:
                break
            current = current.parent
        return rejected_lead(node, levels=1)

    def _unlabelled_veto(self, node: LexborNode, root: LexborNode) -> bool:
        """``_vetoed`` for a block nothing names related: a hot-list or feed heading over any box around it
        vetoes it too (为您推荐 above the wrapper of a feed's cards). A block named related keeps its own
        name against a comment bar before it."""
        if self._vetoed(node, root):
            return True
        current: LexborNode | None = node
        while current is not None:
            if rejected_lead(current, levels=LEAD_LEVELS):
                return True
            if current.mem_id == root.mem_id:
                return False
            current = current.parent
        return False

    def _rejected_here(self, node: LexborNode) -> bool:
        if node.mem_id not in self._rejected:
            # An article's own footer holds its related posts (WordPress): not the site's footer.
            # The veto first: most elements are not rejected, and only a rejected one needs the footer look.
            self._rejected[node.mem_id] = is_rejected_block(node) and not article_footer(node)
        return self._rejected[node.mem_id]


def _order(node: LexborNode, roots: list[LexborNode]) -> int:
    """Page order of a block among the roots it was found under (roots are in page order)."""
    ids = ancestry(node)
    return next((index for index, root in enumerate(roots) if root.mem_id in ids), -1)
