"""The parse budget: refuse, before lexbor builds a DOM, a page no news article looks like.

A page of a million nested ``<div>``s parses in lexbor, but every walk up or down that tree afterwards
(body scoring, related-list search) costs its depth per node, so it never finished. Two cheap checks
on the raw text decide first: the tag count (one ``str.count`` in C) and an estimate of the nesting depth
(one regex pass over the tags, only when the count is within budget). The depth estimate ignores void
elements and tags whose end tag HTML lets authors omit, so sloppy real markup does not inflate it.
"""

from __future__ import annotations

import re

from newscorpus import settings
from newscorpus.errors import ParseError

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>")
# No end tag (void), or an end tag that may be left out: counting them would make depth grow with length.
_VOID = "area base br col embed hr img input link meta param source track wbr"
_OPTIONAL_END = "p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rtc rp html head body"
_NOT_NESTING = frozenset(f"{_VOID} {_OPTIONAL_END}".split())
# Raw-text elements: what they contain is not markup.
_RAW_TEXT = re.compile(r"<(script|style|textarea|title)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def check_parse_budget(html: str, where: str | None) -> None:
    """Raise ParseError when the page has more tags or deeper nesting than the settings allow."""
    tags = html.count("<")
    if tags > settings.MAX_PARSE_TAGS:
        raise ParseError(f"page has ~{tags} tags (parse budget {settings.MAX_PARSE_TAGS})", where or "")
    depth = nesting_depth(html)
    if depth > settings.MAX_PARSE_DEPTH:
        raise ParseError(f"page nests ~{depth} elements deep (parse budget {settings.MAX_PARSE_DEPTH})", where or "")


def nesting_depth(html: str) -> int:
    """The deepest nesting of open elements, estimated from start and end tags (closing a tag that is not
    open is ignored, like the parser does)."""
    depth = deepest = 0
    for closing, name, self_closing in _TAG.findall(_RAW_TEXT.sub("", html)):
        if name.lower() in _NOT_NESTING or self_closing:
            continue
        if closing:
            depth = max(depth - 1, 0)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest
