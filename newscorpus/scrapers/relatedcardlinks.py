"""Where each link's item ends inside a related list: the largest element around it holding no other
link, and whether a short link is a label beside its card's headline (a column, an author, a source)
rather than an item of its own. Read by ``relateditems`` from one count of the links under each element.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from newscorpus import settings, urlshape
from newscorpus.scrapers.linkshape import LINK_QUERY, is_article_url, link_href, shaped_href, story_href
from newscorpus.scrapers.text import node_text

# A card links its story (picture and headline) and at most one label beside it.
_CARD_TARGETS = 2
# ... through at most this many links (picture, headline, snippet, label): more is a list, not a card.
_CARD_MAX_LINKS = 4


def beside_headline(
    link: LexborNode, root: LexborNode, links_under: dict[int, int], url: str, one_card: bool = False
) -> bool:
    """The link shares its card (the nearest element around it holding another link; the container
    itself when it is ``one_card``) with a story link to another URL."""
    card = link.parent
    while card is not None and card.mem_id != root.mem_id and links_under.get(card.mem_id, 0) < 2:
        card = card.parent
    if card is None:
        return False
    if card.mem_id == root.mem_id and not one_card:
        return False  # a list of items, not one card: its short titles are items (poems, games)
    if _list_of_single_links(card, links_under):
        return False  # <ul><li><a>父亲的手</a></li><li><a>父亲的背影</a></li>…: each <li> is an item of its own
    # The nearest element holding another link may be the list itself (a <ul> of one-link items inside the
    # container): a card links one other story besides its labels, a list of items links several.
    others: set[tuple[str, str]] = set()
    own = _target(url)
    for other in card.css(LINK_QUERY):
        href = story_href(other) or (_card_story(other) if one_card else None)
        if other.mem_id != link.mem_id and href and (target := _target(href)) != own:
            others.add(target)
            if len(others) >= settings.RELATED_MIN_LIST_ITEMS - 1:
                return False
    return bool(others)


def _list_of_single_links(card: LexborNode, links_under: dict[int, int]) -> bool:
    """The card is a list: every child holding a link is a list item (<li>) holding that link alone, and
    there are enough of them to be a list, or two or more alike items. A card's label sits beside its headline
    inside one item."""
    holders = [child for child in card.iter() if links_under.get(child.mem_id, 0)]
    if not all(links_under[child.mem_id] == 1 for child in holders):
        return False
    if len(holders) >= settings.RELATED_MIN_LIST_ITEMS and all(child.tag == "li" for child in holders):
        return True
    # Two or more alike items, one tag and one class each holding its link (Jetpack's <p
    # class=jp-relatedposts-post> twice): a list too, where a card's label and headline differ in markup.
    return len(holders) >= 2 and len({(child.tag, child.attributes.get("class")) for child in holders}) == 1


def is_one_card(links: list[LexborNode]) -> bool:
    """A container that is a single card (a rule's selector naming each card: thepaper's div.ctread_bd):
    its few links lead to two places at most, the story (linked twice: its picture and its headline) and a
    label (its channel, its source). Two links to two places are a list of two stories as often, unless one
    of them is a writer's profile (简书's note card: the title, then the writer's ``/u/`` page)."""
    if len(links) > _CARD_MAX_LINKS:
        return False
    targets = [link_href(link) for link in links]
    if len(set(targets)) <= _CARD_TARGETS and len(set(targets)) < len(targets):
        return True
    if not len(links) == len(set(targets)) == _CARD_TARGETS:
        return False
    kinds = [_story_or_profile(link) for link in links]
    return kinds.count(True) == 1 and kinds.count(False) == 1


def _story_or_profile(link: LexborNode) -> bool | None:
    """True for a story link (a short headline to a story-shaped page too: ``独处是一种能力``), False for a
    short link to a writer's profile, else None: a short story title beside a long one (``小城消费新观察`` to
    a page no shape calls a story) is a list of two, not a card."""
    if story_href(link) is not None:
        return True
    joined = shaped_href(link)
    if joined is None or len(node_text(link)) >= settings.RELATED_MIN_ANCHOR_CHARS:
        return None
    if writer_profile(joined):
        return False
    return True if is_article_url(joined) else None


def _card_story(link: LexborNode) -> str | None:
    """A one-card container's short headline: its URL when story-shaped and no profile."""
    joined = shaped_href(link)
    return joined if joined and not writer_profile(joined) and is_article_url(joined) else None


def writer_profile(joined: str) -> bool:
    """A writer's profile page (``/u/1a2b3c``, ``/author/x``): its folder says so and no story shape does."""
    segments = [segment for segment in urlsplit(joined).path.lower().split("/") if segment]
    return len(segments) >= 2 and segments[-2] in settings.RELATED_PROFILE_DIRS and not urlshape.is_article_url(joined)


def _target(url: str) -> tuple[str, str]:
    """Path and query: what tells two links of one site apart whatever base they were joined to."""
    parts = urlsplit(url)
    return parts.path, parts.query


def count_links_under(links: list[LexborNode], root: LexborNode) -> dict[int, int]:
    """How many of ``links`` each element inside ``root`` holds (itself included), by mem_id.

    Counted by climbing from each link once; asking each element with a CSS query cost a selector
    compilation per element, several per related item.
    """
    counts: dict[int, int] = {}
    for link in links:
        node: LexborNode | None = link
        while node is not None and node.mem_id != root.mem_id:
            counts[node.mem_id] = counts.get(node.mem_id, 0) + 1
            node = node.parent
    return counts


def item_block(link: LexborNode, root: LexborNode, links_under: dict[int, int]) -> LexborNode:
    """The largest element around the link holding no other link: the list item."""
    item = link
    # .get: the root itself may be the link (a rule selector naming the <a>), so nothing above it is counted.
    while (
        item.mem_id != root.mem_id
        and (parent := item.parent) is not None
        and parent.mem_id != root.mem_id
        and links_under.get(parent.mem_id, 0) <= 1
    ):
        item = parent
    return item
