"""A list a page ships as markup inside a ``<textarea>`` of the heading's box, for a script to paste in
when the reader scrolls to it (the lazy-load of 2012-2020 portal templates: KISSY's DataLazyload and its
copies, ``<textarea class="lazyload" style="display:none">``).

The browser keeps a textarea's content as raw text, so no link of it is in the tree: the heading's box
reads as empty. Its markup is parsed on its own, and only when a related heading's box held nothing else.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings
from newscorpus.models import RelatedItem
from newscorpus.scrapers.relateditems import items_from, unique_items

# Markup, not a form's free text: a textarea holding a list of links opens with a tag and names an href.
_LINK_MARK = "href"


def textarea_items(root: LexborNode, base: str | None, page_url: str | None) -> list[RelatedItem]:
    """The story links of the first ``<textarea>`` at or under ``root`` whose text is a list's markup:
    at least ``RELATED_STATE_MIN_ITEMS`` items, or none."""
    areas = [root] if root.tag == "textarea" else root.css("textarea")
    for area in areas:
        markup = area.text(deep=True).strip()
        if not markup.startswith("<") or _LINK_MARK not in markup:
            continue  # a comment form's box, a code sample: no list's markup
        fragment = LexborHTMLParser(markup).body
        if fragment is None:
            continue
        items = unique_items(items_from([fragment], base, page_url, articles_only=True))
        if len(items) >= settings.RELATED_STATE_MIN_ITEMS:
            return items[: settings.MAX_RELATED_ITEMS]
    return []
