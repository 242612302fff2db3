"""The parse budget: refuse, before lexbor builds a DOM, a page no news article looks like.

A page of a million nested ``<div>``s parses in lexbor, but every walk up or down that tree afterwards
(body scoring, related-list search) costs its depth per node, so it never finished. Two cheap checks
on the raw text decide first: the tag count (one ``str.count`` in C) and an estimate of the nesting depth
(two regex passes, raw-text elements out and then the tags, only when the count is within budget). The
depth estimate ignores void elements and tags whose end tag HTML lets authors omit, so sloppy real markup
does not inflate it.
"""

from __future__ import annotations

import re

from newscorpus import settings
from newscorpus.errors import ParseBudgetError

# One group, "name" or "/name": the step table below maps the whole string, so each tag costs one dict lookup.
_TAG = re.compile(r"<(/?[a-zA-Z][a-zA-Z0-9]*)")
# No end tag (void), an end tag that may be left out, or SVG shapes written self-closing: counting them would
# make the estimate grow with the page's length, not its nesting.
_VOID = "area base br col embed hr img input link meta param source track wbr"
_OPTIONAL_END = "p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rtc rp html head body"
_SVG_SHAPES = "path circle rect line polygon polyline ellipse use stop"
_NOT_NESTING = frozenset(f"{_VOID} {_OPTIONAL_END} {_SVG_SHAPES}".split())
# Raw-text elements: what they contain is not markup (scripts compare with "<" and build HTML in strings).
# Each ends at the first "</name" after it. Written unrolled (runs of non-"<" characters, then a "<" that
# does not close it) rather than as a lazy ".*?", which tries the closing tag at every character: the same
# spans ~3x faster on portal pages, whose bytes are mostly script. Possessive, so an unclosed one fails
# without backtracking through every "<" it passed.
_RAW_TEXT = re.compile(r"<(script|style|textarea|title)\b[^<]*+(?:<(?!/\1)[^<]*+)*+</\1", re.IGNORECASE)
# Where one may start: ``_without_raw_text`` tries _RAW_TEXT only at these. The same openings as _RAW_TEXT's
# case-blind ``<(script|style|textarea|title)\b``, the first letter spelled out as the engine folds it (s: s S ſ,
# t: t T): a class there lets the search pass other tags a quarter faster (a test checks every cased letter).
_RAW_OPEN = re.compile(r"<((?:[sSſ](?i:cript|tyle)|[tT](?i:extarea|itle)))\b")


def check_parse_budget(html: str, where: str | None) -> None:
    """Raise ParseError when the page has more tags or deeper nesting than the settings allow."""
    tags = html.count("<")
    if tags > settings.MAX_PARSE_TAGS:
        raise ParseBudgetError(f"page has ~{tags} tags (parse budget {settings.MAX_PARSE_TAGS})", where or "")
    if _start_tags_within(html, tags, settings.MAX_PARSE_DEPTH):
        return  # cannot nest deeper than it has start tags
    depth = nesting_depth(html)
    if depth > settings.MAX_PARSE_DEPTH:
        raise ParseBudgetError(
            f"page nests ~{depth} elements deep (parse budget {settings.MAX_PARSE_DEPTH})", where or ""
        )


def _start_tags_within(html: str, tags: int, limit: int) -> bool:
    """Whether the page has at most ``limit`` start tags (a "<" not followed by "/"), from two counts.

    Counting "</" costs three times counting "<", so it is only done where it can settle the question:
    a page has about as many start tags as end tags, and with over twice the limit in tags its start tags
    are over the limit too."""
    if tags <= limit:
        return True
    return tags <= 2 * limit and tags - html.count("</") <= limit


def nesting_depth(html: str) -> int:
    """The deepest nesting of open elements, estimated from start and end tags (closing a tag that is not
    open is ignored, like the parser does). ~0.4 ms on a 160 KB portal page."""
    depth = deepest = 0
    steps = _TagSteps()
    for tag in _TAG.findall(_without_raw_text(html)):
        step = steps[tag]
        if step > 0:
            depth += 1
            if depth > deepest:
                deepest = depth
        elif step and depth:
            depth -= 1
    return deepest


def _without_raw_text(html: str) -> str:
    """``_RAW_TEXT.sub("", html)`` in linear time.

    An element that is never closed fails its match only at the end of the page, and ``re.sub`` then tries
    the next one: a hostile page of N unclosed ``<script>``s cost N passes over the page (4,000 in 900 KB
    took 1.3 s, 40,000 in 9 MB would take hours), before any limit was checked. Once one fails, no later
    one of that name (spelled alike but for case, as the back-reference compares) has an end tag after it
    either, so only the first is tried. The rest is re.sub's own order: left to right, resuming after
    each dropped element."""
    pieces: list[str] = []
    kept = at = 0
    unclosed: set[str] = set()
    while (opening := _RAW_OPEN.search(html, at)) is not None:
        start, at = opening.span()
        name = opening.group(1).lower()
        if name in unclosed:
            continue  # one more that cannot be closed
        whole = _RAW_TEXT.match(html, start)
        if whole is None:
            unclosed.add(name)
            continue
        pieces.append(html[kept:start])
        # The next opening is looked for after the element, not inside it: its content is read once.
        kept = at = whole.end()
    if not pieces:
        return html
    pieces.append(html[kept:])
    return "".join(pieces)


class _TagSteps(dict[str, int]):
    """What one tag string ("div", "/DIV") does to the depth: +1, -1, or 0 for tags that do not nest.

    Filled on first sight of each spelling, one table per page: a page repeats a few dozen spellings
    thousands of times, and a dict hit is cheaper than lower-casing and two set tests per tag."""

    def __missing__(self, tag: str) -> int:
        name = tag.removeprefix("/")
        step = 0 if name in _NOT_NESTING or name.lower() in _NOT_NESTING else -1 if tag != name else 1
        self[tag] = step
        return step
