"""How a site rule reads its byline: the bars its selectors hit, else the lines between the headline and the
story, read with a bar's elements apart (README "Bylines": bars of separate elements, portal templates).

Kept apart from ``ruleparse`` (the rule's selectors and the parse's order): everything here reads the few
elements around the headline, never the whole page.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newscorpus import settings
from newscorpus.models import Article
from newscorpus.scrapers.blocktext import block_lines, lines_before
from newscorpus.scrapers.byline import Byline, parse_byline
from newscorpus.scrapers.bylinebar import element_text, runs_apart
from newscorpus.scrapers.bylinebare import bare_parts, bare_person
from newscorpus.scrapers.bylinefold import padded_names
from newscorpus.scrapers.bylinegrammar import AUTHOR, REPORTER, fold, tokenize
from newscorpus.scrapers.dates import parse_datetime, year_from_url
from newscorpus.scrapers.dom import has_ancestor_in
from newscorpus.scrapers.rule import RulePage

# Children that never hold a byline bar: the walk into a box after the headline skips them.
_NOT_BAR_CHILD = frozenset({"-text", "-comment", "script", "style", "img", "ul", "ol", "table", "figure"})
_WRITERS = frozenset({AUTHOR, REPORTER})


def apply_byline(bars: list[LexborNode], article: Article, url: str | None) -> list[str]:
    """Fill missing fields from the byline bars; return their lines (empty when no bar was found, or when
    the bars name nobody: on a newer template the bar selector may hit another element, and the real bar
    is then looked for between the headline and the body)."""
    if not bars:
        return []
    # A bar of inline elements is read with them apart ("<em>新华社</em><em>张三</em>": two fields).
    lines = [line for bar in bars for line in bar_lines(bar)]
    found = parse_byline(lines)
    article.author = article.author or found.author
    article.source = article.source or found.source
    article.editor = article.editor or found.editor
    if article.published_at is None:
        year = year_from_url(url)
        article.published_at = next((when for line in lines if (when := parse_datetime(line, default_year=year))), None)
    return lines if found != Byline() else []


def name_over_bar(
    headline: LexborNode, bars: list[LexborNode], bar_text: list[str], body: LexborNode | None
) -> str | None:
    """The writer shown alone in an element of the headline's box before the bar (``<h1>…</h1><div>周人杰</div>``
    over ``2023年06月13日10:18 | 来源：…``): read with the bar as one byline region, so a lone name beside the time
    bar is its writer (README "Bylines": without a label). Only the headline's next few siblings, short lines,
    stopping at a bar or the body. Could misfire on a one-name deck under the headline (``<h2>张三</h2>``): not seen."""
    stops = [*bars, *([body] if body is not None else [])]
    lines: list[str] = []
    node = headline.next
    for _ in range(settings.BYLINE_BARS_AFTER_HEADLINE):
        while node is not None and node.tag in ("-text", "-comment"):
            node = node.next
        # A bar or the body, or an element holding one: the region under the headline ends there.
        if node is None or any(stop.mem_id == node.mem_id or has_ancestor_in(stop, {node.mem_id}) for stop in stops):
            break
        lines += [line for line in block_lines(node) if len(line) <= settings.BYLINE_MAX_HANDLE_CHARS]
        node = node.next
    if not lines:
        return None  # most templates: the bar follows the headline, nothing stands between
    region = lines + bar_text
    return parse_byline(region, region).author


def bar_lines(bar: LexborNode) -> list[str]:
    text = element_text(bar)
    return [text] if text else block_lines(bar)


def region_lines(headline: tuple[LexborNode, str] | None, page: RulePage) -> list[str] | None:
    """Lines of the smallest element holding both the headline and the body; None when that is the page."""
    if headline is None or page.body is None:
        return None
    ancestors = set()
    node: LexborNode | None = headline[0]
    while node is not None:
        ancestors.add(node.mem_id)
        node = node.parent
    region: LexborNode | None = page.body
    while region is not None and region.mem_id not in ancestors:
        region = region.parent
    if region is None or region.tag in ("body", "html"):
        return None
    if not page.body_lines:
        return block_lines(region)
    # The body was read already: only what precedes it is new, and what follows it is no header.
    return lines_before(region, page.body) + page.body_lines


def bars_after(headline: LexborNode, body: LexborNode | None) -> dict[str, str]:
    """The short elements right after the headline read with their elements apart, by their text without
    spaces: the region's lines glue inline elements (``来源：X网</span><a>评论</a>`` -> ``来源：X网评论``)."""
    apart: dict[str, str] = {}
    node = _element_after(headline)
    for _ in range(settings.BYLINE_BARS_AFTER_HEADLINE):
        while node is not None and node.tag == "-text":
            node = node.next
        if node is None or (body is not None and node.mem_id == body.mem_id):
            break
        _apart_within(node, apart, settings.BYLINE_BAR_NEST_LEVELS)
        node = node.next
    return apart


def _element_after(headline: LexborNode) -> LexborNode | None:
    """The node after the headline, or after the wrapper it stands alone in (``<div class=hd><h1>``)."""
    node: LexborNode | None = headline
    for _ in range(settings.BYLINE_HEADLINE_WRAPPERS + 1):
        if node is None:
            return None
        after = node.next
        while after is not None and after.tag == "-text" and not (after.text_content or "").strip():
            after = after.next
        if after is not None:
            return after
        node = node.parent
    return None


def _apart_within(node: LexborNode, apart: dict[str, str], levels: int) -> None:
    """``node`` read with its elements apart, or, when it holds blocks (``<div class=about><p>…</p><div>
    <span>来源：X</span><span>文｜Y</span></div>``: another template's bar inside the old one's box), each of
    its element children the same way, ``levels`` deep."""
    if (text := element_text(node)) is not None:
        if " " in text:
            apart[text.replace(" ", "")] = text
        return
    # A bar broken into lines by <br> or its own blocks: each run between them read apart.
    apart.update((run.replace(" ", ""), run) for run in runs_apart(node) if " " in run)
    if levels <= 0:
        return
    for child in node.iter():
        if child.tag not in _NOT_BAR_CHILD:
            _apart_within(child, apart, levels - 1)


def bar_author(lines: list[str], title: str | None) -> str | None:
    """The person standing alone in the meta bar, beside its time (``产经 经济观察报 胡建平 2011年06月14日07:52``),
    the headline left out: README's unlabelled name, read where a hook trusts no other unlabelled guess."""
    for line in lines:
        if line != title and (parts := bare_parts(line)) is not None and (person := bare_person(padded_names(parts))):
            return person
    return None


def labelled_author(lines: list[str], title: str | None) -> str | None:
    """The writer a labelled field of the byline lines names (``作者：X``, ``记者 X``), the headline left out
    (``原作者女儿：…`` is no label); no unlabelled name is read. For a site rule's hook that otherwise trusts
    only its own credit lines: another template of the site prints the writer in its bar."""
    labelled: list[str] = []
    for index, line in enumerate(lines):
        writers = [f for f in tokenize(fold(line))[1] if f.kind in _WRITERS] if line != title else []
        if writers:
            # "<dt>作者：</dt><dd>X</dd>": a label alone takes the next line for its value.
            labelled += lines[index : index + 2] if not writers[-1].value else [line]
    return parse_byline(labelled, bars=()).author if labelled else None
