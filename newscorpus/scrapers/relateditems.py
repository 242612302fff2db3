"""Related items out of the blocks that hold them: title, absolute URL and snippet for each link.

Used for a site rule's containers, the sections after a related heading and the blocks the generic
detector (``relatedlists``) finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import NamedTuple
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from newscorpus import settings
from newscorpus.models import RelatedItem
from newscorpus.scrapers.dates import parse_datetime, year_from_url
from newscorpus.scrapers.dom import remove_nodes
from newscorpus.scrapers.linkshape import (
    LINK_QUERY,
    ShapeMemo,
    is_absolute,
    link_href,
    same_page,
    section_index,
)
from newscorpus.scrapers.relatedcardlinks import (
    beside_headline,
    count_links_under,
    is_one_card,
    item_block,
    writer_profile,
)
from newscorpus.scrapers.relatedfilters import (
    shown_titles_first,
    without_labels,
    without_odd_links,
    without_parent_pages,
)
from newscorpus.scrapers.relatedscan import HEADING
from newscorpus.scrapers.relatedsiblings import named_story, page_sibling, unwrapped
from newscorpus.scrapers.relatedtext import shown_snippet, summary, unquoted
from newscorpus.scrapers.relatedtitles import WORDS, link_title, neighbour_link, pictured_title, untruncated
from newscorpus.scrapers.relatedvetoes import names_ad
from newscorpus.scrapers.text import absolute, clean, node_text

MIN_TITLE_CHARS = 4
_DIGIT_RUNS = re.compile(r"\d+")
# A link whose whole text is a date (2017-11-05, 2019年5月3日 10:02): a card's link to its day's archive.
# A paper's name may lead the date of its issue ("经济观察报 2018年11月12日" linking /epaper/2018/1112/).
_DATE_ONLY = re.compile(
    r"(?:[\u4e00-\u9fff]{2,10}\s*)?"
    r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?)?(?:\s+\d{1,2}[:：]\d\d(?::\d\d)?)?"
)
# A list's "see more" link: arrows before 更多/全部 ("> 更多影评", "» 查看全部") or after it ("查看更多相关新闻 >>",
# "更多精彩 »"), a count after it ("更多影评 317 篇", "全部 46 条回答"), or the verb asking to see it (查看更多…).
# A headline opening with 更多 ("更多城市加入…") has none of them.
_MORE_LINK = re.compile(
    r"[>»›→]+\s*(?:查看)?(?:更多|全部).{0,8}"
    r"|(?:查看|点击查看|點擊查看)?(?:更多|全部)\S{0,10}\s*[>»›→]+"
    r"|(?:查看|点击查看|點擊查看)(?:更多|全部)\S{0,10}"
    r"|(?:查看)?(?:更多|全部)\S{0,4}\s*\d[\d,]*\s*[篇条個个则則部项項]\S{0,3}\s*[>»›→]*"
)
_FULL_STOPS = frozenset("。！!")
# A card's counter linked to the story's comment area ("25评论 ⋅", "1.2万阅读", "赞 36"): a number and a counter's
# word, no headline. And the anchor it links (/group/1//#comment_area, #comments): the thread, not a story.
_COUNTER_TITLE = re.compile(
    r"(?:\d[\d,.]*\s*[万萬wWkK]?\+?\s*(?:条|條|个|個)?\s*)?(?:评论|評論|回复|回覆|阅读|閱讀|浏览|瀏覽|赞|讚|点赞|點讚)"
    r"\s*(?:\d[\d,.]*\s*[万萬wWkK]?)?\s*[⋅·•|]?"
)
# A card's "read more" link (人民网's 推荐阅读 card: the headline in <strong>, then 【详细】 to its page): no title.
_DETAILS_LINK = re.compile(
    r"[【\[]?\s*(?:查看|阅读|閱讀)?(?:详细|詳細|详情|詳情|全文)(?:内容|內容)?\s*[】\]]?\s*[>»›]*"
)
_COMMENT_ANCHOR = re.compile(r"#(?:comments?|respond|replies|reply)(?:[-_]\w+)?$", re.IGNORECASE)


def take_related(
    containers: list[LexborNode], base_url: str | None, keep: LexborNode | None = None, page_url: str | None = None
) -> list[RelatedItem]:
    """Items from containers a site rule pointed at; the containers are removed from the tree."""
    items = items_from(containers, base_url, page_url)
    remove_nodes(containers, keep)
    return unique_items(items)[: settings.MAX_RELATED_ITEMS]


def items_from(
    nodes: list[LexborNode],
    base_url: str | None,
    page_url: str | None = None,
    articles_only: bool = False,
    *,
    named: bool = False,
) -> list[RelatedItem]:
    """One item per link with a title: only absolute http(s) URLs (an unresolved one matches nothing),
    never an app/download promotion, an index page above another item or a stray category link among
    stories; ``articles_only`` keeps just story-shaped links, never one back to the page (for blocks found
    without a heading or a rule's selector), ``named`` with a shorter title when the block's id/class names
    it related. ``published_at`` when the item shows a time."""
    items: list[RelatedItem] = []
    pictured: set[int] = set()  # indexes of items titled by a picture's alt text, not by shown text
    year = year_from_url(page_url or base_url)
    shapes = ShapeMemo()
    for hit in _hits(nodes, base_url, page_url, articles_only, shapes, named):
        snippet = shown_snippet(hit.item, hit.title, hit.counts)
        # The time may sit beside the title block: the whole container when it holds this link alone.
        shown = parse_datetime(node_text(hit.root if hit.alone else hit.item), year) or parse_datetime(snippet, year)
        if not hit.shown:
            pictured.add(len(items))
        items.append(RelatedItem(title=unquoted(hit.title), url=hit.url, snippet=summary(snippet), published_at=shown))
    return without_parent_pages(without_odd_links(without_labels(shown_titles_first(items, pictured)), shapes))


def holds_item(
    nodes: list[LexborNode],
    base_url: str | None,
    page_url: str | None = None,
    articles_only: bool = False,
    *,
    named: bool = False,
) -> bool:
    """Whether ``items_from`` gives any item, read up to the first: a caller that only removes the blocks
    holding items (``ExtractOptions.related`` off) needs no snippet, time or filter. The filters after the
    loop never empty a list: each keeps a shown title, an unlabelled URL, the story links or the deepest URL."""
    return next(_hits(nodes, base_url, page_url, articles_only, ShapeMemo(), named), None) is not None


class _Hit(NamedTuple):
    """A link ``items_from`` makes an item of, with what its snippet and time are read from."""

    link: LexborNode
    item: LexborNode  # the link's item block (its card, or the link alone)
    root: LexborNode
    alone: bool  # the root holds this one link
    counts: dict[int, int]
    title: str
    shown: bool  # titled by shown text, not by a picture's alt
    url: str


def _hits(
    nodes: list[LexborNode],
    base_url: str | None,
    page_url: str | None,
    articles_only: bool,
    shapes: ShapeMemo,
    named: bool = False,
) -> Iterator[_Hit]:
    named_ad: dict[int, bool] = {}  # elements around the links whose id/class names an ad, asked once each
    for root in nodes:
        links = root.css(LINK_QUERY)
        counts = count_links_under(links, root)
        one_card = is_one_card(links)
        for link in links:
            shown_title = untruncated(link, link_title(link))
            title = shown_title or pictured_title(link)
            url = absolute(link_href(link), base_url)
            url = unwrapped(url) if url is not None else None  # /link?url=…: the story it leads to
            if url is None or not _usable(title, url, base_url, page_url or base_url, articles_only, shapes, named):
                continue
            if neighbour_link(link, title):
                continue  # 上一篇：<a>…</a>: the site's previous or next story, wherever the list ends
            if len(title) < settings.RELATED_MIN_ANCHOR_CHARS and beside_headline(link, root, counts, url, one_card):
                continue  # a card's column, author or source link next to its headline: a label, no item
            item = item_block(link, root, counts)
            if not _is_ad(link, item, root, named_ad):
                yield _Hit(link, item, root, len(links) == 1, counts, title, bool(shown_title), url)


def _is_ad(link: LexborNode, item: LexborNode, root: LexborNode, named_ad: dict[int, bool]) -> bool:
    """An advert among the items: the link or an element around it inside the list is named an ad, or the
    item shows an ad badge (广告) as an element of its own. ``named_ad`` remembers each element's name
    test: the links of one list climb through the same wrappers."""
    node: LexborNode | None = link
    while node is not None and (key := node.mem_id) != root.mem_id:
        if (named := named_ad.get(key)) is None:
            named = named_ad[key] = names_ad(node)
        if named:
            return True
        node = node.parent
    # A badge's words are in the item's text: most items hold none, and their elements need no look.
    shown = item.text()
    if "\ufffd" not in shown and not any(badge in shown for badge in settings.RELATED_AD_BADGES):
        return False
    return any(clean(badge.text()) in settings.RELATED_AD_BADGES for badge in item.iter() if badge.is_element_node)


def _usable(
    title: str,
    url: str,
    base_url: str | None,
    page_url: str | None,
    articles_only: bool,
    shapes: ShapeMemo,
    named: bool = False,
) -> bool:
    # With a base, a URL that is still not absolute http(s) (ftp:, data:, a broken join) is no item; a page
    # that names no URL of its own at all keeps its hrefs as written, the only truth there is.
    if (base_url is not None and not is_absolute(url)) or (
        len(title) < MIN_TITLE_CHARS and not _short_name(title, url, page_url)
    ):
        return False
    if HEADING.fullmatch(title):  # a link whose whole text is a related heading (相关阅读 to a channel)
        return False
    if _COUNTER_TITLE.fullmatch(title) or _DETAILS_LINK.fullmatch(title) or _COMMENT_ANCHOR.search(url):
        return False
    if _MORE_LINK.fullmatch(title):
        return False  # the list's way to more of its kind (a film's reviews page), no item of it
    if _DATE_ONLY.fullmatch(title) and _ends_in_date(url, title):
        return False  # a card's date linking its day's archive (/archive/2017/11/05); a dated story's id stays
    # A tag, search or channel index page, a profile or a comment thread is no story of any list (card
    # footers link them beside each headline; "Related:" may lead a row of tags). A box a heading labels
    # may list a section's index page by its name (関連リンク: 洪水ハザードマップ -> /bosai/hazardmap/index.html).
    if shapes.promo(title, url) or (shapes.never_story(url) and (articles_only or not section_index(url))):
        return False
    if writer_profile(url) and year_from_url(url) is None:
        return False  # a card's writer linked to the profile (简书's nickname beside each note's title)
    # A labelled list may link back to the page itself (kept, it is shown); a guessed one may not.
    if not articles_only:
        return True
    # is_article_link without its promo test, just passed (a regex pair per link of every list). A shorter
    # title (阳台草莓越冬记) is a story's when its page is filed beside this one.
    # A headline filed as this page is (/archives/102 beside /archives/456) is a story whatever its id's length.
    if len(title) < settings.RELATED_MIN_ANCHOR_CHARS or not shapes.article_url(url):
        return page_sibling(url, page_url) or (named and named_story(title, url, page_url))
    return not same_page(url, page_url)


def _ends_in_date(url: str, title: str) -> bool:
    """The URL's path ends in the date its link shows, nothing after: the day's archive (/archive/2017/11/05,
    /2017/11/05/, /diary/20171105), not a story filed under the day with an id of its own (/2017/11/05/190212)."""
    shown = "".join(part.zfill(2) for part in _DIGIT_RUNS.findall(title)[:3])
    trailing: list[str] = []
    for segment in reversed(urlsplit(url).path.rstrip("/").split("/")):
        if not segment.isdigit():
            break
        trailing.insert(0, segment.zfill(2))
    return "".join(trailing) == shown


def _short_name(title: str, url: str, page_url: str | None) -> bool:
    """A title of 2-3 characters is a name (an entry, a poem, a dish) when its page is filed beside this one."""
    return (
        len(title) >= settings.RELATED_SIBLING_MIN_TITLE_CHARS
        and bool(WORDS.search(title))
        and not any(word in title for word in settings.RELATED_SHORT_NAV_WORDS)
        and page_sibling(url, page_url)
    )


def unique_items(items: list[RelatedItem]) -> list[RelatedItem]:
    """One item per URL, in page order. Of several links to one story, the first headline-long one is the
    title (a card links its headline, then its summary); a longer text linking there too is the snippet
    when the item has none. Shorter first links (a picture's "9图") give way to the headline."""
    best: dict[str | None, RelatedItem] = {}
    for item in items:
        kept = best.get(item.url)
        if kept is None:
            best[item.url] = item
        elif len(kept.title) < settings.RELATED_MIN_ANCHOR_CHARS and len(item.title) > len(kept.title):
            best[item.url] = replace(item, snippet=item.snippet or kept.snippet)
        elif kept.snippet is None and (len(item.title) > len(kept.title) or _linked_summary(item.title, kept.title)):
            best[item.url] = replace(kept, snippet=item.title)
    return list(best.values())


def _linked_summary(text: str, title: str) -> bool:
    """A later link to the story no longer than its headline is its summary when it reads as a sentence
    (门店数量突破8000家。): headlines end without a full stop; "阅读全文" and labels have none either. A
    question mark ends headlines as often (南方为什么不集中供暖？): not taken."""
    return len(text) >= settings.RELATED_MIN_ANCHOR_CHARS and text[-1] in _FULL_STOPS and text not in title
