"""Multi-page articles without a site rule: find the story's next page, and stitch the parts together.

A pager sits inside the story or right after it, so only the few levels above the body are searched
(``settings.PAGER_SEARCH_LEVELS``), plus ``<link rel=next>`` in <head>. A link is the next page when it is
a sibling of this page's URL (same host, same path once the page number is taken off: ``5.html``,
``5_2.html``, ``5-3.html``, ``5.html?page=2``, ``index.html``/``index_1.html``; a story folder's
``1.html``/``2.html`` when its pager counts from page 1) and either says so
(下一页, 下页, 后一页, ``rel=next``) or is the lowest page number above this page's among the numbered
links of the pager. The sibling test is what keeps 下一篇 (the next *article*) and the neighbouring
article ``news_124.html`` of ``news_123.html`` out: those links name other stems or carry a headline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings
from newscorpus.errors import InputError
from newscorpus.models import Article
from newscorpus.scrapers.text import absolute
from newscorpus.urls import canonicalize

# A trailing page number on the file stem: ``5_2``, ``5-2``, ``index_1``. One to three digits, so the
# long numeric id of ``c1013-31153719`` is never read as a page number.
_STEM_PAGE = re.compile(r"^(?P<stem>.*?)[_-](?P<n>\d{1,3})$")
# A numbered pager link: 2, 第2页, [2].
_PAGE_LABEL = re.compile(r"^第?\d{1,3}页?$")
# The longest text each test above can accept ("$" also matches before a final newline): longer link texts,
# most links on a page, skip the tests.
_PAGE_LABEL_MAX_CHARS = len("第123页\n")
_NEXT_TEXT_MAX_CHARS = max(map(len, settings.PAGER_NEXT_TEXTS))
_LABEL_MAX_CHARS = max(_PAGE_LABEL_MAX_CHARS, _NEXT_TEXT_MAX_CHARS)
_PAGE_PARAMS = ("page", "p", "pn", "pg", "pageno", "page_no")
# Decoration around pager link texts: [下一页], 下一页>>, 下一页 ›.
_DECORATION = " \t\r\n[]【】()（）<>《》«»‹›→>>»\xa0"


@dataclass(frozen=True)
class PageKey:
    """Where a URL sits in a paginated series: the series it belongs to and its page number (0: first)."""

    series: tuple[str, str, str]  # host, directory + stem, query without the page parameter
    number: int


def page_key(url: str) -> PageKey | None:
    """The series and page number of a URL, or None for one that is not an http(s) page."""
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
    number = max(number, query_number)
    return PageKey((parts.netloc.lower(), f"{directory}/{stem}.{ext}", query), number)


def _split_page_param(query: str) -> tuple[str, int]:
    kept, number = [], 0
    for name, value in parse_qsl(query, keep_blank_values=True):
        if name.lower() in _PAGE_PARAMS and value.isdigit() and len(value) <= 3:
            number = int(value)
        else:
            kept.append(f"{name}={value}")
    return "&".join(sorted(kept)), number


def folder_key(url: str) -> PageKey | None:
    """A story folder's page (``.../1021/2.html``: a file named by a bare page number) as page ``2`` of the
    folder's series, or None for any other URL."""
    parts = urlsplit(url)
    directory, _, name = parts.path.rpartition("/")
    stem = name.partition(".")[0]
    if parts.scheme not in ("http", "https") or not stem.isdigit() or len(stem) >= settings.URL_SHORT_ID_MIN_DIGITS:
        return None
    return PageKey((parts.netloc.lower(), f"{directory}/", _split_page_param(parts.query)[0]), int(stem))


def next_page_url(tree: LexborHTMLParser, url: str | None, body: LexborNode | None) -> str | None:
    """The next page of the story ``body`` belongs to, or None on the last (or only) page."""
    if not url or (here := page_key(url)) is None:
        return None
    links = _pager_links(tree, body, url)
    return _next_in(here, links, page_key) or _next_in_folder(url, links)


def _next_in_folder(url: str, links: list[tuple[str, bool]]) -> str | None:
    """A story folder's pages (1.html, 2.html ...), read only when the pager counts from page 1: a bare
    number is otherwise an article of its own (``/news/78.html`` after ``/news/77.html``)."""
    if (here := folder_key(url)) is None:
        return None
    keys = [key for href, _ in links if (key := folder_key(href)) is not None and key.series == here.series]
    if 1 not in {here.number, *(key.number for key in keys)}:
        return None
    return _next_in(here, links, folder_key)


def _next_in(here: PageKey, links: list[tuple[str, bool]], key_of: Callable[[str], PageKey | None]) -> str | None:
    said_next: list[str] = []
    numbered: list[tuple[int, str]] = []
    for href, says_next in links:
        key = key_of(href)
        if key is None or key.series != here.series or key.number == here.number:
            continue
        if says_next:
            said_next.append(href)
        elif key.number > here.number:
            numbered.append((key.number, href))
    if said_next:
        return said_next[0]
    return min(numbered)[1] if numbered else None


def _pager_links(tree: LexborHTMLParser, body: LexborNode | None, url: str) -> list[tuple[str, bool]]:
    """(absolute href, whether it says "next") of <link rel=next> and of the links around the story
    that look like pager links (下一页-style or a page number): the URL test runs on those only, since a
    portal page has hundreds of other links."""
    found: list[tuple[str, bool]] = []
    if tree.head is not None:
        for node in tree.head.css("link[rel]"):
            rel = (node.attributes.get("rel") or "").lower()
            if "next" in rel and (href := absolute(node.attributes.get("href"), url)):
                found.append((href, True))
    for scope in _scopes(tree, body):
        # Few links carry a rel at all: one query finds them, so the others' attributes are never read.
        with_rel = {node.mem_id for node in scope.css("a[href][rel]")}
        for node in scope.css("a[href]"):
            label = node.text(deep=True).strip(_DECORATION)
            if len(label) > _LABEL_MAX_CHARS and node.mem_id not in with_rel:
                continue  # a headline or menu text, no pager label: most links of a page, so no test calls
            says_next = _says_next(label) or (
                node.mem_id in with_rel and "next" in (node.attributes.get("rel") or "").lower()
            )
            if not (says_next or _is_page_number(label)):
                continue
            if (href := absolute(node.attributes.get("href"), url)) is not None:
                found.append((href, says_next))
    return found


def _says_next(label: str) -> bool:
    # lower() never shortens a text, so a label longer than every 下一页-style text cannot be one.
    return len(label) <= _NEXT_TEXT_MAX_CHARS and label.lower() in settings.PAGER_NEXT_TEXTS


def _is_page_number(label: str) -> bool:
    return len(label) <= _PAGE_LABEL_MAX_CHARS and _PAGE_LABEL.match(label) is not None


def _scopes(tree: LexborHTMLParser, body: LexborNode | None) -> list[LexborNode]:
    """The story's container a few levels up (pagers sit inside it or right after it), else the page.

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


def stitch(first: Article, parts: Sequence[Article]) -> Article:
    """Append the later pages' paragraphs to the first page's, in order, in place.

    Headline, date, author and source are the first page's (later pages only fill what it lacks); the
    editor line closes the story, so the last page that has one wins. Related lists are merged without
    repeats, and ``next_page_url`` is cleared: the stored article is the whole story.
    """
    urls = {item.url for item in first.related}
    for part in parts:
        first.paragraphs.extend(part.paragraphs)
        first.title = first.title or part.title
        first.published_at = first.published_at or part.published_at
        first.author = first.author or part.author
        first.source = first.source or part.source
        first.editor = part.editor or first.editor
        for item in part.related:
            if item.url not in urls:
                first.related.append(item)
                urls.add(item.url)
    first.next_page_url = None
    return first


def stitch_known(first_url: str, first: Article, known: Mapping[str, Article]) -> list[str]:
    """Follow the first page's 下一页 chain through pages already at hand (stored parts for reparse, the
    same archive's records for ingest-warc) and stitch them on; returns the URLs used, in order.

    The article is flagged incomplete when the chain names a page that is not at hand or runs past
    ``settings.MAX_ARTICLE_PAGES``; a chain that loops back simply ends.
    """
    used: list[str] = []
    seen, next_url = {part_url(first_url)}, part_url(first.next_page_url)
    known = {part_url(url): article for url, article in known.items()}
    while next_url and next_url not in seen:
        if next_url not in known or len(seen) >= settings.MAX_ARTICLE_PAGES:
            first.incomplete = True
            break
        seen.add(next_url)
        used.append(next_url)
        next_url = part_url(known[next_url].next_page_url)
    stitch(first, [known[url] for url in used])
    if first.incomplete:
        first.next_page_url = next_url
    return used


def part_url(url: str | None) -> str | None:
    """The URL as the crawler queues and stores it, so a chain link matches the stored part's URL."""
    if not url:
        return None
    try:
        return canonicalize(url)
    except InputError:
        return None
