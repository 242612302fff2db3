"""Tune pages made harder, in memory: the template changes a second opinion is meant to survive.

Each mutation takes a labelled tune page, finds its story container from the golden paragraphs (the lowest
common ancestor of the elements that hold them) and rewrites the page with lxml; the truth stays the golden
body. Nothing is written to disk and no page is copied into the repository. Mutations:

- ``renamed``: the container and its two ancestors lose their id and class (a redesign; a site rule's body
  selector then misses and the generic extractor decides);
- ``split``: the container is cut in two at its middle paragraph with an ad box between;
- ``feed``: a long recommendation stream (titles and punctuated snippets of other stories) after the story,
  in the story's own parent;
- ``hydrated``: the page body moved under an app root of hashed-class divs, story paragraphs turned into
  ``div > span`` runs, and the story repeated in a ``__NEXT_DATA__`` JSON script.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace

import lxml.html
from lxml.html import HtmlElement

from bench.pages import LabelledPage

MUTATIONS = ("renamed", "split", "feed", "hydrated")
# A paragraph is located by its opening characters (whitespace differs between page and label).
PREFIX_CHARS = 12
FEED_ITEMS = 30
SNIPPET_CHARS = 70


def mutate(page: LabelledPage, kind: str, donor: LabelledPage) -> LabelledPage | None:
    """``page`` under mutation ``kind`` (``donor`` lends the feed's other stories), None when the story
    container cannot be located."""
    try:
        root = lxml.html.document_fromstring(page.html)
    except (ValueError, lxml.etree.ParserError):
        return None
    holders = _paragraph_elements(root, page.body.splitlines())
    if len(holders) < 2:
        return None
    container = _common_ancestor(holders)
    if container is None or container.tag in ("html", "body"):
        return None
    _ACTIONS[kind](root, container, holders, donor)
    html = lxml.html.tostring(root, encoding="unicode")
    return replace(page, name=f"{page.name}#{kind}", html=html)


def _paragraph_elements(root: HtmlElement, lines: list[str]) -> list[HtmlElement]:
    found: list[HtmlElement] = []
    prefixes = {_squash(line)[:PREFIX_CHARS] for line in lines if len(_squash(line)) >= PREFIX_CHARS}
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "title", "head"):
            continue
        own = _squash(element.text or "")
        if any(own.startswith(prefix) for prefix in prefixes if own):
            found.append(element)
    return found


def _squash(text: str) -> str:
    return "".join(text.split())


def _common_ancestor(elements: list[HtmlElement]) -> HtmlElement | None:
    chains = [[*list(element.iterancestors())[::-1], element] for element in elements]
    common: HtmlElement | None = None
    for level in zip(*chains, strict=False):
        if all(node is level[0] for node in level):
            common = level[0]
        else:
            break
    # The story's paragraphs' parent at least: a single holder's own element is no container.
    return common.getparent() if common is not None and common in elements else common


def _renamed(root: HtmlElement, container: HtmlElement, holders: list[HtmlElement], donor: LabelledPage) -> None:
    node: HtmlElement | None = container
    for _ in range(3):
        if node is None or node.tag == "body":
            break
        for name in ("id", "class"):
            node.attrib.pop(name, None)
        node.set("class", "x9k2")
        node = node.getparent()


def _split(root: HtmlElement, container: HtmlElement, holders: list[HtmlElement], donor: LabelledPage) -> None:
    middle = holders[len(holders) // 2]
    child = next((c for c in [middle, *middle.iterancestors()] if c.getparent() is container), None)
    if child is None:
        return
    second = lxml.html.Element(container.tag)
    for sibling in list(child.itersiblings(preceding=False)):
        second.append(sibling)
    second.insert(0, child)
    ad = lxml.html.fragment_fromstring(
        '<div class="adbox"><a href="/ad/1.html">广告</a><img src="/ad.jpg"><span>限时优惠 立即抢购</span></div>'
    )
    container.addnext(ad)
    ad.addnext(second)


def _feed(root: HtmlElement, container: HtmlElement, holders: list[HtmlElement], donor: LabelledPage) -> None:
    lines = [line for line in donor.body.splitlines() if len(line) > SNIPPET_CHARS // 2] or ["相关新闻正在更新。"]
    items = []
    for n in range(FEED_ITEMS):
        line = lines[n % len(lines)]
        title = line[:18].rstrip("，。、")
        items.append(
            f'<div class="feed-item"><a href="/a/{9000 + n}.html"><h3>{title}</h3></a>'
            f"<p>{line[:SNIPPET_CHARS]}……</p><span>新闻客户端 3小时前</span></div>"
        )
    feed = lxml.html.fragment_fromstring(f'<div class="feed">{"".join(items)}</div>')
    container.addnext(feed)


def _hydrated(root: HtmlElement, container: HtmlElement, holders: list[HtmlElement], donor: LabelledPage) -> None:
    for number, holder in enumerate(holders):
        if holder.tag == "p":
            holder.tag = "div"
            holder.set("class", f"css-{number % 7}q8z")
            span = lxml.html.Element("span")
            span.text, holder.text = holder.text, None
            holder.insert(0, span)
    body = root.find("body")
    if body is None:
        return
    app = lxml.html.fragment_fromstring('<div id="__next" data-reactroot=""><div class="css-1r7x"></div></div>')
    inner = app[0]
    for child in list(body):
        inner.append(child)
    body.append(app)
    script = lxml.html.Element("script", id="__NEXT_DATA__", type="application/json")
    story = [holder.text_content().strip() for holder in holders]
    script.text = json.dumps({"props": {"pageProps": {"article": {"content": story}}}}, ensure_ascii=False)
    body.append(script)


_ACTIONS: dict[str, Callable[[HtmlElement, HtmlElement, list[HtmlElement], LabelledPage], None]] = {
    "renamed": _renamed,
    "split": _split,
    "feed": _feed,
    "hydrated": _hydrated,
}
