"""The headline: the heading the page shows, not the <title> with its site suffix."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from newscorpus import settings
from newscorpus.scrapers.blocks import Line, Walk
from newscorpus.scrapers.text import clean, node_text

_TITLE_SPLIT = re.compile(r"\s*(?:[_|｜–—]|-{1,2}|\s-\s)\s*")
_CANDIDATES = "h1, h2, h3, h4, h5, h6, [class*=title], [id*=title], [class*=headline], [class*=Title]"
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_TITLE_HINTS = ("title", "headline", "biaoti")


def find_title(
    tree: LexborHTMLParser, references: tuple[str, str] | None = None, *, fallback: bool = True
) -> str | None:
    """The page heading that <title> or og:title repeats; with ``fallback``, the best guess otherwise.

    ``references`` are ``title_references(tree)`` when the caller already read them.
    """
    references = references if references is not None else title_references(tree)
    best = ""
    for node in tree.css(_CANDIDATES) if references else []:
        text = node_text(node)
        if len(text) > len(best) and _repeated_in(text, references):
            best = text
    if best:
        return best
    return _fallback_title(tree, *references) if fallback else None


def title_references(tree: LexborHTMLParser) -> tuple[str, str]:
    """og:title and <title>: what the page says its headline is, usually with a site suffix."""
    return clean(_meta_content(tree, "og:title")), node_text(tree.css_first("title"))


def headline_before(page: Walk, body_lines: list[Line], references: tuple[str, ...]) -> str | None:
    """The headline among the lines just above the body: one <title> repeats, else the nearest heading.

    Position beats <title> alone: sidebars and footers also repeat the site name <title> carries.
    """
    if not body_lines:
        return None
    before = [line for line in page.lines if line.start < body_lines[0].start][-settings.TITLE_SEARCH_LINES :]
    before = [line for line in reversed(before) if not line.link_chars]
    for line in before:
        if _repeated_in(line.text, references):
            return line.text
    for line in before:
        if not settings.TITLE_MIN_CHARS * 2 <= len(line.text) <= settings.TITLE_MAX_CHARS:
            continue
        if page.tags[line.block] in _HEADING_TAGS or _has_title_hint(page, line.block):
            return line.text
    return None


def _repeated_in(text: str, references: tuple[str, ...]) -> bool:
    """Text that <title>/og:title repeat and that is most of it (a site or section name is not)."""
    if not settings.TITLE_MIN_CHARS <= len(text) <= settings.TITLE_MAX_CHARS:
        return False
    share = settings.TITLE_MIN_SHARE_OF_PAGE_TITLE
    return any(ref and text in ref and len(text) >= share * len(ref) for ref in references)


def _has_title_hint(page: Walk, index: int) -> bool:
    attributes = page.nodes[index].attributes
    marks = f"{attributes.get('class') or ''} {attributes.get('id') or ''}".lower()
    return any(hint in marks for hint in _TITLE_HINTS)


def _fallback_title(tree: LexborHTMLParser, og_title: str, page_title: str) -> str | None:
    if og_title:
        return og_title
    h1 = [text for h in tree.css("h1") if len(text := node_text(h)) >= settings.TITLE_MIN_CHARS]
    if len(h1) == 1:
        return h1[0]
    if page_title:
        return max(_TITLE_SPLIT.split(page_title), key=len)
    # A fragment (no <title>, as datasets store pages) still shows its headline as a heading.
    return next(
        (
            text
            for h in tree.css("h1, h2, h3")
            if settings.TITLE_MIN_CHARS <= len(text := node_text(h)) <= settings.TITLE_MAX_CHARS
        ),
        None,
    )


def _meta_content(tree: LexborHTMLParser, name: str) -> str | None:
    # <head> first: the whole page is a hundred times larger, and a meta there comes first in page order.
    for scope in (tree.head, tree.body):
        node = scope.css_first(f'meta[property="{name}"], meta[name="{name}"]') if scope is not None else None
        if node is not None:
            return node.attributes.get("content")
    return None


def topic_of(references: tuple[str, str]) -> str:
    """The headline part of og:title / <title>: their first segment between site-suffix separators (the
    headline leads: "秋日登北山记 - 闲云野鹤的博客"), unless it is far shorter than the longest ("新闻 | ...")."""
    segments = [part for reference in references if reference for part in _TITLE_SPLIT.split(reference)]
    longest = max(segments, key=len, default="")
    first = next((part for part in segments if part), "")
    return first if len(first) >= settings.TOPIC_FIRST_SEGMENT_SHARE * len(longest) else longest
