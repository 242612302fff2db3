"""A site rule's selectors read by priority (moved out of ``ruleparse``, session 11, to keep it small): the nodes of
the first selector that hits, a node's value, and the time and editor a rule's elements give."""

from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus.scrapers.byline import clean_editor
from newscorpus.scrapers.bylinegrammar import EDITOR, fold, tokenize
from newscorpus.scrapers.bylinesource import in_card
from newscorpus.scrapers.dates import is_date_only, parse_datetime, year_from_url
from newscorpus.scrapers.query import select
from newscorpus.scrapers.rule import Selectors
from newscorpus.scrapers.text import node_text

__all__ = ["by_priority", "first_node", "first_tagged", "first_time", "node_value", "rule_editor", "with_time"]


def first_node(tree: LexborHTMLParser, selectors: Selectors) -> LexborNode | None:
    return next(iter(by_priority(tree, selectors)), None)


def first_tagged(tree: LexborHTMLParser, selectors: Selectors) -> tuple[LexborNode | None, str | None]:
    """The first node as ``by_priority`` finds it, with the selector that found it: the page's template."""
    for n, selector in enumerate(selectors):
        if n == 1 and tree.css_first(", ".join(selectors[1:])) is None:
            break  # as in by_priority: one combined scan tells that no fallback can hit
        node = next(select(tree, selector), None)
        if node is not None:
            return node, selector
    return None, None


def by_priority(tree: LexborHTMLParser, selectors: Selectors) -> Iterator[LexborNode]:
    """Nodes of the first selector, then of the next, each group in page order.

    The current template's selector comes first and usually hits: one scan. When it misses, one combined
    query over the fallbacks tells whether any of them can hit, so an optional field the page lacks costs
    two scans instead of one per fallback.
    """
    if not selectors:
        return
    yield from select(tree, selectors[0])
    fallbacks = selectors[1:]
    if not fallbacks or tree.css_first(", ".join(fallbacks)) is None:
        return
    for selector in fallbacks:
        yield from select(tree, selector)


def node_value(node: LexborNode) -> str:
    attrs = node.attributes
    if node.tag == "meta":
        return attrs.get("content") or ""
    return attrs.get("datetime") or node_text(node)


def with_time(shown: str | None, prepared: str | None) -> str | None:
    """The rule's shown time, unless it is that same day's date alone and the rule's page data gave the time of day
    (WeChat's ``#publish_time`` shows ``2020-06-08``, its ``var ct`` the second it was published)."""
    if shown and prepared and is_date_only(shown) and not is_date_only(prepared) and shown[:10] == prepared[:10]:
        return prepared
    return shown or prepared


def rule_editor(tree: LexborHTMLParser, selectors: Selectors) -> str | None:
    """The editor the rule's elements name, an element with an editor's label first: the class a rule selects
    also marks a closing credit line (sina's ``<p class=article-editor>（新浪体育 刘洋）</p>`` before its
    ``<p class=article-editor>责任编辑：邹臻</p>``), whose name is the writer's, no editor's."""
    unlabelled: str | None = None  # the first unlabelled element's editor, when no labelled one names one
    # Read lazily: most pages' first element holds the label, and the fallback selectors cost a query each.
    for node in by_priority(tree, selectors):
        if not (value := node_value(node)):
            continue
        if any(item.kind == EDITOR for item in tokenize(fold(value))[1]):
            if edited := clean_editor(value):
                return edited
        elif unlabelled is None:
            unlabelled = clean_editor(value) or None
    return unlabelled


def first_time(tree: LexborHTMLParser, selectors: Selectors, url: str | None) -> str | None:
    year = year_from_url(url)
    # A card's time is its own story's, not the page's: a selector as loose as ``span[class^=time-]`` also hits
    # every related item's date on another template, as it hits their outlets (``in_card``).
    nodes = (node for node in by_priority(tree, selectors) if not in_card(node))
    return next((when for node in nodes if (when := parse_datetime(node_value(node), default_year=year))), None)
