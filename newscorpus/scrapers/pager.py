"""Multi-page articles without a site rule: find the story's next page (``stitch`` joins the parts).

A pager sits inside the story, above or right after it, so only the few levels above the body are searched
(``settings.PAGER_SEARCH_LEVELS``), plus ``<link rel=next>`` in <head>. The series is derived from the
page's own URL: a link is the next page when it is this URL with one page number incremented, whatever
the separator (``5_2.html``, ``5-2``, ``5_p2``, ``5-p2``, ``index_1``, ``/story/5/2/``, a story folder's
``2.html``, ``?page=2``/``&p=2``/``&pn=2``...), and it either says so (下一页, 下页, ``rel=next``) or is
numbered as that page in a pager-like block (several page numbers or pager words side by side). Links
inside a comment block are never read. The URL test is what keeps 下一篇 (the next *article*), a related
story numbered 2 and the neighbouring article ``news_124.html`` of ``news_123.html`` out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings
from newscorpus.scrapers.dom import class_and_id
from newscorpus.scrapers.text import absolute

# A trailing page number on the file stem: ``5_2``, ``5-2``, ``5_p2``, ``index_1``. One to three digits, so
# the long numeric id of ``c1013-31153719`` is never read as a page number.
_STEM_PAGE = re.compile(r"^(?P<stem>.*?)[_-]p?(?P<n>\d{1,3})$")
# A numbered pager link: 2, 第2页, [2].
_PAGE_LABEL = re.compile(r"^第?\d{1,3}页?$")
# The longest text each test above can accept ("$" also matches before a final newline): longer link texts,
# most links on a page, skip the tests.
_PAGE_LABEL_MAX_CHARS = len("第123页\n")
_NEXT_TEXT_MAX_CHARS = max(map(len, settings.PAGER_NEXT_TEXTS))
_LABEL_MAX_CHARS = max(_PAGE_LABEL_MAX_CHARS, _NEXT_TEXT_MAX_CHARS, *map(len, settings.PAGER_OTHER_TEXTS))
_PAGE_PARAMS = ("page", "p", "pn", "pg", "paged", "pageno", "page_no")
# Decoration around pager link texts: [下一页], 下一页>>, 下一页 ›.
_DECORATION = " \t\r\n[]【】()（）<>《》«»‹›→>>»\xa0"


@dataclass(frozen=True)
class PageKey:
    """Where a URL sits in a paginated series: the series it belongs to and its page number (0: unnumbered).

    ``bare`` marks a number that is a whole file or folder name (``.../1021/2.html``, ``/story/5/2/``):
    such a number is as often an article id (``/news/78.html`` after ``/news/77.html``)."""

    series: tuple[str, str, str]  # host, directory + stem (or the folder), query without the page parameter
    number: int
    bare: bool = False


@dataclass(frozen=True)
class _Link:
    href: str
    says_next: bool
    label: int | None  # the page number the link shows, if any
    in_head: bool = False


def page_key(url: str) -> PageKey | None:
    """The series and page number of a URL by its file stem and query, or None for a non-http(s) URL."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    directory, _, name = parts.path.rpartition("/")
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    number = 0
    if (match := _STEM_PAGE.match(stem)) is not None:
        stem, number = match["stem"], int(match["n"])
    query, query_number = _split_page_param(parts.query)
    return PageKey((parts.netloc.lower(), f"{directory}/{stem}.{ext}", query), max(number, query_number))


def page_keys(url: str) -> list[PageKey]:
    """Every reading of a URL as a page of a series: by stem and query (``page_key``), and as a story
    folder's page: ``.../1021/`` (or its ``index``) is page 0 of the folder, ``2.html`` and ``2/`` page 2."""
    if (key := page_key(url)) is None:
        return []
    parts = urlsplit(url)
    host, query = key.series[0], key.series[2]
    directory, _, name = parts.path.rpartition("/")
    stem = name.partition(".")[0]
    keys = [key]
    if _short_number(stem):
        keys.append(PageKey((host, f"{directory}/", query), int(stem), bare=True))
    elif stem in ("", "index"):
        keys.append(PageKey((host, f"{directory}/", query), 0, bare=True))
    parent, _, last = directory.rpartition("/")
    if not name and _short_number(last):
        keys.append(PageKey((host, f"{parent}/", query), int(last), bare=True))
    return keys


def _short_number(text: str) -> bool:
    return text.isdigit() and len(text) < settings.URL_SHORT_ID_MIN_DIGITS


def _split_page_param(query: str) -> tuple[str, int]:
    kept, number = [], 0
    for name, value in parse_qsl(query, keep_blank_values=True):
        if name.lower() in _PAGE_PARAMS and value.isdigit() and len(value) <= 3:
            number = int(value)
        else:
            kept.append(f"{name}={value}")
    return "&".join(sorted(kept)), number


def next_page_url(tree: LexborHTMLParser, url: str | None, body: LexborNode | None) -> str | None:
    """The next page of the story ``body`` belongs to, or None on the last (or only) page."""
    if not url or not (here := page_keys(url)):
        return None
    links = _pager_links(tree, body, url)
    found = [(key, link) for link in links if (key := _successor(here, link, links)) is not None]
    said = [link.href for _, link in found if link.says_next]
    numbered = sorted((key.number, link.href) for key, link in found if not link.says_next)
    return said[0] if said else (numbered[0][1] if numbered else None)


def _successor(here: list[PageKey], link: _Link, links: list[_Link]) -> PageKey | None:
    """The link's key when it is the next page of this one's series: the number one up (or, from an
    unnumbered first page, 1 or 2: ``index_1`` and ``_2`` conventions), shown as such on a numbered link.

    A bare number (``78.html``) one up from this page's is another article as often as the next page: it
    counts only on page 1, from a <head> rel=next or in a pager that counts from page 1."""
    for mine in here:
        for key in page_keys(link.href):
            if key.series != mine.series or key.number <= mine.number:
                continue
            if not (key.number == mine.number + 1 or (mine.number == 0 and key.number <= 2)):
                continue
            if link.label is not None and not link.says_next and link.label not in (key.number, key.number + 1):
                continue
            if mine.bare and mine.number > 1 and not (link.in_head or _counts_from_one(mine, links)):
                continue
            return key
    return None


def _counts_from_one(mine: PageKey, links: list[_Link]) -> bool:
    return any(key.series == mine.series and key.number <= 1 for link in links for key in page_keys(link.href))


def _pager_links(tree: LexborHTMLParser, body: LexborNode | None, url: str) -> list[_Link]:
    """<link rel=next> in <head>, and the links (and page-jump options) around the story that look like
    pager links: 下一页-style, or a page number in a pager-like block. The URL test runs on those only,
    since a portal page has hundreds of other links."""
    found: list[_Link] = []
    if tree.head is not None:
        for node in tree.head.css("link[rel]"):
            rel = (node.attributes.get("rel") or "").lower()
            if "next" in rel and (href := absolute(node.attributes.get("href"), url)):
                found.append(_Link(href, True, None, in_head=True))
    for scope in _scopes(tree, body):
        # Few links carry a rel at all: one query finds them, so the others' attributes are never read.
        with_rel = {node.mem_id for node in scope.css("a[href][rel]")}
        for node in scope.css("a[href], option[value]"):
            label = node.text(deep=True).strip(_DECORATION)
            if len(label) > _LABEL_MAX_CHARS and node.mem_id not in with_rel:
                continue  # a headline or menu text, no pager label: most links of a page, so no test calls
            says_next = _says_next(label) or (
                node.mem_id in with_rel and "next" in (node.attributes.get("rel") or "").lower()
            )
            number = _page_number(label)
            if not says_next and (number is None or not (node.tag == "option" or _in_pager_block(node))):
                continue
            if _in_comments(node, scope):
                continue
            target = node.attributes.get("value" if node.tag == "option" else "href")
            if (href := absolute(target, url)) is not None:
                found.append(_Link(href, says_next, number))
    return found


def _says_next(label: str) -> bool:
    # lower() never shortens a text, so a label longer than every 下一页-style text cannot be one.
    return len(label) <= _NEXT_TEXT_MAX_CHARS and label.lower() in settings.PAGER_NEXT_TEXTS


def _is_page_number(label: str) -> bool:
    return len(label) <= _PAGE_LABEL_MAX_CHARS and _PAGE_LABEL.match(label) is not None


def _page_number(label: str) -> int | None:
    return int(label.strip("第页")) if _is_page_number(label) else None


def _in_pager_block(node: LexborNode) -> bool:
    """A page number counts only beside other pager items (numbers, 上一页/下一页, the current page
    unlinked): a lone link numbered 2 is a list item or a footnote, not a pager."""
    block = node.parent
    if block is not None and block.tag in ("li", "span", "em", "b", "strong") and block.parent is not None:
        block = block.parent
    if block is None:
        return False
    items = 0
    for child in block.iter():
        inner = list(child.iter()) if child.tag in ("li", "span") else []
        for item in inner or [child]:
            text = item.text(deep=True).strip(_DECORATION)
            if len(text) <= _LABEL_MAX_CHARS and (_is_page_number(text) or _is_pager_word(text)):
                items += 1
    return items >= settings.PAGER_BLOCK_MIN_ITEMS


def _is_pager_word(text: str) -> bool:
    return _says_next(text) or text.lower() in settings.PAGER_OTHER_TEXTS


def _in_comments(node: LexborNode, scope: LexborNode) -> bool:
    """Whether the link sits in a comment block (a pager of readers' comments is no page of the story)."""
    current = node.parent
    while current is not None and current.mem_id != scope.mem_id:
        names = class_and_id(current).lower()
        if any(hint in names for hint in settings.PAGER_COMMENT_HINTS):
            return True
        current = current.parent
    return False


def _scopes(tree: LexborHTMLParser, body: LexborNode | None) -> list[LexborNode]:
    """The story's container a few levels up (pagers sit inside it, above or right after it), else the page.

    A climb stopped by <body> (a flat template: the story's div is a child of <body>) found no wrapper
    that holds the pager, so the few elements right after the container are searched with it."""
    if body is None:
        return [tree.body] if tree.body is not None else []
    node = body
    for _ in range(settings.PAGER_SEARCH_LEVELS):
        if node.parent is None or node.parent.tag in ("html", "body"):
            return [node, *_following(node)]
        node = node.parent
    return [node]


def _following(node: LexborNode) -> list[LexborNode]:
    found: list[LexborNode] = []
    sibling = node.next
    while sibling is not None and len(found) < settings.PAGER_FOLLOWING_ELEMENTS:
        if sibling.is_element_node:
            found.append(sibling)
        sibling = sibling.next
    return found
