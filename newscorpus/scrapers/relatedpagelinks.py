"""The page's links as ``relatedblocks.BlockFinder`` reads them: each element's links, each link's title,
URL as written and story URL, and how many distinct stories an element holds.

All remembered for one page: nested candidate blocks (163 nests a dozen around one feed of hundreds of
links) ask about the same links and elements again and again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from newscorpus.scrapers.dom import matches_by_holder
from newscorpus.scrapers.linkshape import LINK_QUERY, link_href, titled_story_href
from newscorpus.scrapers.relatedsiblings import named_story, sibling_story_href
from newscorpus.scrapers.text import absolute, node_text


@dataclass
class LinkMemo:
    """What one page's links are, whichever finder asks: a named box's finder and the unheaded lists' finder
    read the same links, so they share one memo (each keeps its own verdicts on top of it)."""

    titles: dict[int, str] = field(default_factory=dict)
    hrefs: dict[int, str | None] = field(default_factory=dict)
    links: dict[int, list[LexborNode]] = field(default_factory=dict)
    story_urls: dict[int, str | None] = field(default_factory=dict)  # by title and URL shape alone


class PageLinks:
    def __init__(self, page_url: str | None = None, named: bool = False, memo: LinkMemo | None = None) -> None:
        self._page_url = page_url  # a link filed as this page is counts as a story whatever its id's length
        # Links of a block named related: a shorter title to a story-shaped page filed as this one is a story's
        # (老物件里的时光, relatedsiblings.named_story).
        self._named = named
        self.memo = memo if memo is not None else LinkMemo()
        self._titles = self.memo.titles
        self._hrefs = self.memo.hrefs
        self._links = self.memo.links
        # A named box's finder adds shorter titles to what shape says: its own verdicts; the other's are the memo's.
        self._story_urls: dict[int, str | None] = {} if named else self.memo.story_urls
        self._stories_in: dict[int, int] = {}

    def _links_in(self, node: LexborNode) -> list[LexborNode]:
        """``node.css(LINK_QUERY)``, queried once per root and handed to the boxes inside (163: thousands)."""
        if (known := self._links.get(node.mem_id)) is None:
            ancestor = node.parent
            while ancestor is not None and ancestor.mem_id not in self._links:
                ancestor = ancestor.parent
            # Inside a queried root every element holding a link has its list: this one holds none.
            for key, links in ({} if ancestor is not None else matches_by_holder(node, LINK_QUERY)).items():
                self._links.setdefault(key, links)  # a box queried before its root keeps its equal list
            known = self._links.setdefault(node.mem_id, [])
        return known

    def _story_url(self, link: LexborNode) -> str | None:
        if link.mem_id not in self._story_urls:
            self._story_urls[link.mem_id] = self._shaped_story_url(link) or self._named_story(link, self._title(link))
        return self._story_urls[link.mem_id]

    def _shaped_story_url(self, link: LexborNode) -> str | None:
        """The story URL a link's title and URL shape give, whoever asks (kept in the shared memo)."""
        shaped = self.memo.story_urls
        if link.mem_id not in shaped:
            title = self._title(link)
            shaped[link.mem_id] = titled_story_href(link, title, self._href) or sibling_story_href(
                link, title, self._page_url, self._href
            )
        return shaped[link.mem_id]

    def _named_story(self, link: LexborNode, title: str) -> str | None:
        if not self._named or not self._page_url:
            return None
        href = absolute(self._href(link), self._page_url)
        return href if href and named_story(title, href, self._page_url) else None

    def _title(self, link: LexborNode) -> str:
        """The link's text: nested candidate blocks ask for the same links' titles again and again."""
        if link.mem_id not in self._titles:
            self._titles[link.mem_id] = node_text(link)
        return self._titles[link.mem_id]

    def _href(self, link: LexborNode) -> str | None:
        """The link's URL as written: nested marked blocks (163 nests a dozen around one feed of hundreds of
        links) ask for the same links' URLs again and again, and a card's costs a query of its own."""
        if link.mem_id not in self._hrefs:
            self._hrefs[link.mem_id] = link_href(link)
        return self._hrefs[link.mem_id]

    def _urls_over(self, links: list[LexborNode], limit: int) -> bool:
        """Whether the links go to more than ``limit`` distinct URLs; stops reading URLs once they do (a
        page wrapper holds hundreds of links)."""
        urls: set[str | None] = set()
        for link in links:
            href = self._href(link)
            urls.add(href.split("#", 1)[0] if href else href)  # a card's "#comments" link is its story's
            if len(urls) > limit:
                return True
        return False

    def _story_links(self, node: LexborNode) -> int:
        """Distinct story-shaped links the node holds (a picture and its headline link count once). Asked
        again of the same children by the list and the feed tests: remembered."""
        if node.mem_id not in self._stories_in:
            self._stories_in[node.mem_id] = len(
                {url for link in self._links_in(node) if (url := self._story_url(link))}
            )
        return self._stories_in[node.mem_id]
