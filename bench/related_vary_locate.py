"""Where a labelled related list sits in its page, and the page with its box replaced (``bench.related_vary``)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from bench.extract_related import url_key
from newscorpus.scrapers.related import _all_headings
from newscorpus.scrapers.text import absolute, clean

# A list counts as found on the unmutated page (and kept by a variant) at this share of its items.
FOUND_SHARE = 0.8
# How far above the list's own element its box may widen over wrappers holding little else.
BOX_SLACK_CHARS = 30
# A box holding more text than this (its items' snippets, times and sources beside the titles) holds more
# than the list: such pages are left out.
BOX_TEXT_PER_TITLE = 6
BOX_TEXT_SLACK = 600


@dataclass(frozen=True)
class Located:
    name: str
    url: str
    page: str  # the page as serialised by lexbor (the fragments below are substrings of it)
    box: str  # the box holding heading and list
    heading: str  # the heading's html when it is outside ``box`` ("" when inside or none)
    items: tuple[tuple[str, str], ...]  # (absolute url, title) in page order
    expected: frozenset[str]
    elsewhere: frozenset[str] = frozenset()  # items the page links outside the box too (an in-story 相关新闻)


@dataclass(frozen=True)
class Variant:
    family: str
    name: str
    html: str
    keep: bool  # whether the list's items should come back
    injected: frozenset[str] = frozenset()  # for boxes that are no list: their links' keys
    expected: frozenset[str] | None = None  # the list's items when the variant grows it (else the page's)


def _chain(node: LexborNode) -> list[LexborNode]:
    out = []
    while node is not None:
        out.append(node)
        node = node.parent
    return out[::-1]


def locate(name: str, html: str, url: str, expected: frozenset[str]) -> Located | None:
    tree = LexborHTMLParser(html)
    if tree.body is None:
        return None
    links = [a for a in tree.body.css("a[href]") if url_key(absolute(a.attributes.get("href"), url)) in expected]
    if len(links) < 2:
        return None
    lca = _holder(links, url)
    if lca is None or lca.tag in ("body", "html"):
        return None
    links = [a for a in links if any(p.mem_id == lca.mem_id for p in _chain(a))]
    order = {n.mem_id: i for i, n in enumerate(tree.body.traverse())}
    first = min(order[a.mem_id] for a in links)
    up = lca
    for _ in range(3):
        if up.parent is not None and up.parent.tag not in ("body", "html"):
            up = up.parent
    heads = [h for h, inline in _all_headings(tree.body) if order.get(h.mem_id, 1 << 30) < first and not inline]
    heads = [h for h in heads if any(p.mem_id == up.mem_id for p in _chain(h))]
    head = heads[-1] if heads else None
    items: dict[str, tuple[str, str]] = {}
    for a in links:
        target = absolute(a.attributes.get("href"), url) or ""
        title = clean(a.text(deep=True)) or clean(a.attributes.get("title") or "")
        key = url_key(target)
        if key not in items or len(title) > len(items[key][1]):
            items[key] = (target, title)
    items = {k: v for k, v in items.items() if v[1]}
    if len(items) < 2:
        return None
    most = BOX_TEXT_PER_TITLE * sum(len(title) for _url, title in items.values()) + BOX_TEXT_SLACK
    box = _box(lca, head)
    if len(box.text()) > most:
        box = _box(lca, None)  # the heading sits in another box (a tab bar above): removed on its own
    if len(box.text()) > most or box.css_first("h1") is not None:
        return None  # the box holds the story too (or its headline): replacing it would test something else
    inside = head is not None and any(p.mem_id == box.mem_id for p in _chain(head))
    page = tree.html or ""
    heading = "" if head is None or inside else (head.html or "")
    if (box.html or "") not in page or (heading and heading not in page):
        return None
    rest = LexborHTMLParser(page.replace(box.html or "", "", 1)).css("a[href]")
    elsewhere = frozenset(key for a in rest if (key := url_key(absolute(a.attributes.get("href"), url))) in items)
    return Located(name, url, page, box.html or "", heading, tuple(items.values()), frozenset(items), elsewhere)


def _holder(links: list[LexborNode], url: str) -> LexborNode | None:
    """The deepest element holding FOUND_SHARE of the list's distinct links (a story linked twice, in a
    picture strip above and in the list, does not widen it to the page)."""
    keys = {url_key(absolute(a.attributes.get("href"), url)) for a in links}
    under: dict[int, set[str]] = defaultdict(set)
    nodes: dict[int, tuple[int, LexborNode]] = {}
    for a in links:
        key = url_key(absolute(a.attributes.get("href"), url))
        for depth, node in enumerate(_chain(a)[:-1]):
            under[node.mem_id].add(key)
            nodes[node.mem_id] = (depth, node)
    held = [nodes[i] for i, found in under.items() if len(found) >= FOUND_SHARE * len(keys)]
    return max(held, key=lambda pair: pair[0])[1] if held else None


def _box(lca: LexborNode, head: LexborNode | None) -> LexborNode:
    """The box holding heading and list: their common ancestor, widened over wrappers holding nothing else."""
    box = lca
    if head is not None:
        ids = {n.mem_id for n in _chain(head)}
        while box.mem_id not in ids and box.parent is not None:
            box = box.parent
    size = len(box.text())
    while box.parent is not None and box.parent.tag not in ("body", "html"):
        if len(box.parent.text()) > size + BOX_SLACK_CHARS:
            break
        box = box.parent
    return box


def replaced(loc: Located, new_box: str, head: str = "") -> str:
    """The page with the located box (and its heading) replaced by ``new_box``; ``head`` goes into <head>."""
    page = loc.page.replace(loc.heading, "", 1) if loc.heading else loc.page
    page = page.replace(loc.box, new_box, 1)
    return page.replace("</head>", head + "</head>", 1) if head else page
