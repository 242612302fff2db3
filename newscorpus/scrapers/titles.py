"""The headline: the heading the page shows, not the <title> with its site suffix.

<title> and og:title say what the headline is, wrapped in site furniture (site name, channel, slogan) on
either side; the heading on the page says it without the furniture but may carry badges, share links or a
date inside. A heading's own words (``headings.heading_words``) are matched against the <title> segments
that are not the site's own (``sitenames``), best evidence first: a heading that IS such a segment, then
one <title> repeats as most of itself, then one that holds the topic segment (an issue heading).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings
from newscorpus.scrapers.blocks import Line, Walk
from newscorpus.scrapers.bylineregion import is_labelled_bar
from newscorpus.scrapers.dom import class_and_id
from newscorpus.scrapers.headings import HEADING_TAGS, heading_words
from newscorpus.scrapers.sitenames import BRANDING_HINTS, SiteEvidence
from newscorpus.scrapers.text import SENTENCE_END_CHARS, clean, node_text

# Pixnet and other blog hosts join the post, the blog and the host by " @ " and " :: " (标题 @ 博客名 :: 痞客邦 ::).
_TITLE_SPLIT = re.compile(r"\s*(?:[_|｜–—]|-{1,2}|\s-\s|\s@\s|\s?::\s?)\s*")
# Segments of <title>: as above, but a hyphen between letters or digits (two-year, 2019-03-02) joins words.
_SEGMENT_SPLIT = re.compile(r"\s*(?:[_|｜–—]+|-{2,}|\s-\s|(?<![A-Za-z0-9])-|-(?![A-Za-z0-9])|\s@\s|\s?::\s?)\s*")
# ``网站：标题`` / ``見出し：新聞``: a colon part is furniture only when it is a site name.
_COLON = re.compile(r"\s*(?:：|:\s)\s*")
_CANDIDATES = "h1, h2, h3, h4, h5, h6, founder-title, [class*=title], [id*=title], [class*=headline], [class*=Title]"
_TITLE_HINTS = ("title", "headline", "biaoti")
_TOPIC_HEADINGS = frozenset({"h1", "h2", "h3"})
# Lines a title-hinted block may hold that are never a headline: a "you are here" trail (您现在的位置： 散文路 >>
# 亲情散文 >> 正文, its links' words dropped) and a time stamp alone ((2009-06-12 22:41:07) in a blog's title box).
_NOT_HEADLINE = re.compile(
    r"^(?:您现在的位置|您的位置|你的位置|当前位置|所在位置|现在位置)\s*[:：]|>>|»"
    # a trail opening at the home page ("首页 - 新闻动态", "首頁 > 最新消息")
    r"|^(?:首页|首頁|主页|主頁|网站首页|網站首頁)\s*[-—>›/|]"
    r"|^[\s(（\[【]*\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?[\s)）\]】]*$"
)
# A byline set as a heading (<h4>本报记者 王 浩 喻思南</h4> under the headline): a credit, no headline.
_CREDIT_LEAD = re.compile(r"^(?:本报记者|本報記者|记者|記者|作者|撰文|文\s*[/／|｜]|来源|來源|编辑|編輯)")
# A newspaper system's headline element (Founder's e-paper: <founder-title> between <founder-introtitle> and
# <founder-subtitle>): a heading, though no h-tag.
_HEADLINE_TAGS = frozenset({"founder-title"})
_HEADLINE_SELECTOR = ", ".join(sorted(_HEADLINE_TAGS))
# A table's label cell beside the headline's cell (<td>標　　題</td><td>…</td>): whatever the headline's markup.
_TITLE_LABEL = re.compile(r"(?:[标標][题題]|[题題]目|主[题題])[:：]?")
_TITLE_LEAD = re.compile(r"^(?:[标標][题題]|[题題]目|主[题題])\s*[:：]\s*")
# How far up from a line's block a branding class (logo, slogan) is looked for.
_BRANDING_DEPTH = 2


@dataclass(frozen=True)
class Headline:
    text: str  # the headline's words
    line: str  # the page line it was read from, badges and all (where the byline search starts)


@dataclass(frozen=True)
class TitleClues:
    """What og:title/<title> say the headline is, and what the page says its site is called."""

    references: tuple[str, str]
    segments: tuple[str, ...]  # segments of the references that are not site furniture, longest first
    topic: str  # the longest of them between separators: the headline when <title> carries one
    site: SiteEvidence  # what the page says its site is called, read only for the verdicts asked of it

    def is_site(self, text: str) -> bool:
        return self.site.is_furniture(text)

    def is_segment(self, text: str, tag: str) -> bool:
        """Exactly a non-furniture segment as long as a headline is (a channel segment such as 国内新闻
        that a section heading repeats is not), or a page's one h1 naming the topic however short (苏州)."""
        if len(text) < settings.TITLE_EXACT_MIN_CHARS or text not in self.segments:
            return False
        # A blog's <title> may be mostly its long name (最后一节语文课_老石的教书日记_新浪博客): a heading naming
        # the topic segment exactly is the headline however little of <title> it is.
        if _repeated_in(text, self.references):
            return True
        # The topic segment, or the segment <title> opens with (its headline on most CMSs: 标题_博客名_新浪博客).
        named = text == self.topic or self.references[1].startswith(text)
        # A lower heading naming the whole of a one-segment <title> (<h2>新闻中心</h2> under "新闻中心 - 某市政府") is
        # the channel's section; under a post's <title> naming its blog too (标题_博客名_新浪博客) it is the post's.
        return named and (tag == "h1" or (tag in _TOPIC_HEADINGS and len(self.segments) > 1))

    def is_repeated(self, text: str, tag: str) -> bool:
        return _repeated_in(text, self.references) and not self.is_site(text)

    def holds_topic(self, text: str) -> bool:
        """A heading that holds the whole topic segment and more: ``《学报》2022年第4期`` for ``2022年第4期``."""
        topic = self.topic
        return len(topic) >= settings.TITLE_MIN_CHARS and topic in text and len(text) <= settings.TITLE_MAX_CHARS


def title_clues(tree: LexborHTMLParser, references: tuple[str, str] | None = None) -> TitleClues:
    references = references if references is not None else title_references(tree)
    site = SiteEvidence(tree)
    segments: set[str] = set()
    topic = ""
    for reference in references:
        parts = _reference_parts(reference, site) if reference else []
        kept = [part for part in parts if not site.is_furniture(part)]
        segments.update(kept)
        topic = max([topic, *kept], key=len)
        # The whole reference is a segment too (og:title often is the bare headline), unless it names the site.
        if reference and len(kept) == len(parts):
            segments.add(reference)
        # A blog host's post before " @ " is one segment whole, its own separators kept (Pixnet's 【台南美食】阿松割包｜
        # 在地人從小吃到大的老味道 @ 博客名 :: 痞客邦 ::).
        if " @ " in reference and (post := reference.split(" @ ", 1)[0].strip()) and not site.is_furniture(post):
            segments.add(post)
            topic = max(topic, post, key=len)
    ordered = tuple(sorted(segments, key=lambda s: (-len(s), s)))
    return TitleClues(references, ordered, topic, site)


def _reference_parts(reference: str, site: SiteEvidence) -> list[str]:
    """The segments of one reference, a ``网站：标题`` part split at its colon when one side is the site."""
    parts: list[str] = []
    for part in _SEGMENT_SPLIT.split(reference):
        pieces = _COLON.split(part)
        parts.extend(pieces if len(pieces) > 1 and any(site.is_furniture(piece) for piece in pieces) else [part])
    return [part for part in parts if part]


def find_title(
    tree: LexborHTMLParser, references: tuple[str, str] | None = None, *, fallback: bool = True
) -> str | None:
    """The page heading that <title> or og:title repeats; with ``fallback``, the best guess otherwise.

    ``references`` are ``title_references(tree)`` when the caller already read them.
    """
    headline = find_headline(tree, title_clues(tree, references), fallback=fallback)
    return headline.text if headline else None


def find_headline(tree: LexborHTMLParser, clues: TitleClues, *, fallback: bool = True) -> Headline | None:
    """The heading anywhere in the page that matches the <title> clues best; else (``fallback``) a guess."""
    candidates = [(node, _words(node)) for node in tree.css(_CANDIDATES)] if any(clues.references) else []
    for test in (clues.is_segment, clues.is_repeated):
        # The logo or slogan test climbs three ancestors: asked of the matches only, not of every candidate.
        matches = [(node, words) for node, words in candidates if words and test(words, node.tag)]
        matches = [(node, words) for node, words in matches if not _is_branding_node(node)]
        if matches:
            node, words = max(matches, key=lambda match: len(match[1]))
            return Headline(words, node_text(node))
    return _fallback_title(tree, clues) if fallback else None


def title_references(tree: LexborHTMLParser) -> tuple[str, str]:
    """og:title and <title>: what the page says its headline is, usually with a site suffix."""
    return clean(_meta_content(tree, "og:title")), node_text(tree.css_first("title"))


def headline_of(
    tree: LexborHTMLParser, page: Walk, body_lines: list[Line], references: tuple[str, str]
) -> Headline | None:
    """The generic extractor's headline: the lines just above the body first, then the whole page.

    The heading search is a dozen-selector pass over the page: only when the lines above the body fail.
    """
    clues = title_clues(tree, references)
    return headline_before(page, body_lines, clues) or find_headline(tree, clues)


def headline_before(page: Walk, body_lines: list[Line], clues: TitleClues) -> Headline | None:
    """The headline among the lines just above the body (or the body's own first heading).

    Position beats <title> alone: sidebars and footers also repeat the site name <title> carries.
    """
    if not body_lines:
        return None
    # Lines come in page order (their starts grow): the ones above the body are a prefix of them.
    above = bisect_left(page.lines, body_lines[0].start, key=_start)
    before = page.lines[max(0, above - settings.TITLE_SEARCH_LINES) : above]
    # Link lines are menus, but a heading linking its own page (a blog post's <h1><a href=permalink>) is the
    # headline when <title> names it.
    lines: list[tuple[Line, str]] = []
    for line in reversed(before):
        words = _line_words(page, line) if _link_light(line) else _linked_headline(page, line, clues)
        if words is not None:
            lines.append((line, words))
    opening = body_lines[0]
    if page.tags[opening.block] in HEADING_TAGS:
        lines.insert(0, (opening, _line_words(page, opening)))
    for test in (clues.is_segment, clues.is_repeated):
        for line, words in lines:
            # A logo or slogan block may repeat <title> too: the site's, not the story's (tested last: slow).
            if test(words, page.tags[line.block]) and not _is_branding(page, line.block):
                return Headline(words, line.text)
    # An old table CMS sets the headline in bold type in a cell (<td><font><b>外婆的菜地</b></font></td>): the
    # very words <title> opens with, in emphasis, though no heading tag or title class says so.
    for line, words in lines:
        if _emphasised_opening(page, line, words, clues):
            return Headline(words, line.text)
    # The body opens with a heading holding the whole topic: an issue or entry heading above its contents.
    if lines and lines[0][0] is opening and clues.holds_topic(lines[0][1]):
        return Headline(lines[0][1], opening.text)
    candidates = lines[1:] if lines and lines[0][0] is opening else lines
    for at, (line, shown) in enumerate(candidates):
        words = _TITLE_LEAD.sub("", shown)  # "主题：在广州火车站…": a forum's subject label is no part of it
        if not _headline_shaped(words, clues):
            continue
        tag = _tag_of(page, line)
        labelled = at + 1 < len(candidates) and _TITLE_LABEL.fullmatch(_squeeze(candidates[at + 1][1]))
        heading = tag in HEADING_TAGS or tag in _HEADLINE_TAGS or _has_title_hint(page.nodes[line.block])
        if (heading or labelled or _wholly_emphasised(page, line)) and not _is_branding(page, line.block):
            return _over_deck(page, candidates, at, clues) or Headline(words, line.text)
    return _styled_opening(page, body_lines, clues)


def _styled_opening(page: Walk, body_lines: list[Line], clues: TitleClues) -> Headline | None:
    """The body's own first line as its headline when no line above it is one: an old table CMS prints the
    headline in the story's cell, under a <title> naming only the site and its channel (``丽山供电局--新闻动态``),
    set apart by its type (``<p align=center><b><font size=4>``) or a title class, or standing over the story's
    byline bar (``发布者：商会办公室　发布时间：2003-11-25``). A story's lead paragraph is neither set in bold type a
    size above the rest nor followed by a bar, and it holds a full stop; a bar holds none (a prose line naming a
    记者 is no bar)."""
    opening = body_lines[0]
    if len(body_lines) < 3 or page.tags[opening.block] in HEADING_TAGS:
        return None
    words = _line_words(page, opening)
    if not _headline_shaped(words, clues) or "。" in words or words[-1] in SENTENCE_END_CHARS:
        return None
    if not (is_labelled_bar(body_lines[1].text) or _has_title_hint(page.nodes[opening.block])):
        return None
    return None if _is_branding(page, opening.block) else Headline(words, opening.text)


# A font size in pixels in an inline style ("font-size: 24px").
_STYLED_SIZE = re.compile(r"font-size\s*:\s*(\d{2})px")
# HTML's <font size>: 1-7, or a step from the default 3 ("+2").
_FONT_SIZE = re.compile(r"([+-]?)(\d)")
_DEFAULT_FONT_SIZE = 3
_STYLED_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)")


def _emphasised_opening(page: Walk, line: Line, words: str, clues: TitleClues) -> bool:
    """The line is exactly the segment <title> opens with, set in bold or a font of its own."""
    page_title = clues.references[1]
    if len(words) < settings.TITLE_MIN_CHARS or not page_title.startswith(words) or page_title == words:
        return False
    if not _SEGMENT_SPLIT.match(page_title, len(words)):
        return False  # the title goes on with more words of the same segment: not its whole opening
    return _set_apart(page, line, words, "b, strong, font")


def _wholly_emphasised(page: Walk, line: Line) -> bool:
    """The line is all in one bold element (an e-paper's <td class="font01"><strong>headline</strong></td>):
    a table CMS's headline under a <title> naming only the paper, no heading tag or title class on it."""
    return _set_apart(page, line, line.text, "b, strong")


def _set_apart(page: Walk, line: Line, text: str, emphasis: str) -> bool:
    """The line's block's first ``emphasis`` element holds exactly ``text``."""
    node = page.nodes[line.block].css_first(emphasis)
    return node is not None and _squeeze(node_text(node)) == _squeeze(text)


def _headline_shaped(words: str, clues: TitleClues) -> bool:
    if not settings.TITLE_MIN_CHARS * 2 <= len(words) <= settings.TITLE_MAX_CHARS or clues.is_site(words):
        return False
    if not any(char.isalpha() for char in words):
        return False  # a count in bold (知乎's 1,873,402 views): no words
    return not _NOT_HEADLINE.search(words) and not _CREDIT_LEAD.match(words)


def _over_deck(page: Walk, candidates: list[tuple[Line, str]], at: int, clues: TitleClues) -> Headline | None:
    """The headline one or two lines above a lower heading taken first: that heading is the deck under it
    (``<h1>放棄注資強積金…</h1><h2>涉款360億…</h2>``, a paper's ``<founder-title>`` over its subtitle)."""
    rank = _rank(_tag_of(page, candidates[at][0]))
    above = [
        (_rank(_tag_of(page, line)), index, line, words)
        for index, (line, words) in enumerate(candidates[at + 1 : at + 1 + settings.TITLE_DECK_LINES])
        if _headline_shaped(words, clues)
    ]
    # The highest heading there (a kicker <h3> may stand over the <h1>, the deck <h2> under it).
    best = min(above, key=lambda found: found[:2], default=None)
    return Headline(best[3], best[2].text) if best is not None and best[0] < rank else None


def _tag_of(page: Walk, line: Line) -> str:
    """The line's block tag, or the headline element it is wholly made of (``<td><founder-title>…``: the block
    is the cell, the headline an inline element of the paper's own)."""
    tag = page.tags[line.block]
    if tag in HEADING_TAGS:
        return tag
    inner = page.nodes[line.block].css_first(_HEADLINE_SELECTOR)
    if inner is None or _squeeze(node_text(inner)) != _squeeze(line.text):
        return tag
    return inner.tag or tag


def _rank(tag: str) -> int:
    """A heading's level (h1 = 1; a paper's headline element as h1); anything else ranks below every heading."""
    if tag in _HEADLINE_TAGS:
        return 1
    return int(tag[1]) if tag in HEADING_TAGS else len(HEADING_TAGS) + 1


def _linked_headline(page: Walk, line: Line, clues: TitleClues) -> str | None:
    """A heading that links its own page and that <title> names (a blog post's <h1><a href=permalink>)."""
    tag = page.tags[line.block]
    if tag not in _TOPIC_HEADINGS:
        return None  # a menu's link lines: no heading tag, not read
    words = _line_words(page, line)
    return words if clues.is_segment(words, tag) else None


def _start(line: Line) -> int:
    return line.start


def _line_words(page: Walk, line: Line) -> str:
    """A heading line's own words (no badge, share link or date); any other line as it reads."""
    node = page.nodes[line.block]
    if page.tags[line.block] not in HEADING_TAGS and not _has_title_hint(node):
        return line.text
    # A block holding more than this line (a title div around the meta bar) is read as the line.
    if _squeeze(node_text(node)) != _squeeze(line.text):
        return line.text
    words = heading_words(node)
    return line.text if _squeeze(words) == _squeeze(line.text) else words


def _words(node: LexborNode) -> str:
    return heading_words(node) if node.tag in HEADING_TAGS or _has_title_hint(node) else node_text(node)


def _link_light(line: Line) -> bool:
    """Not a link line: a heading may hold a share link or a [原创] tag link, a menu item is all link."""
    return line.link_chars * 2 < len(line.text)


def _repeated_in(text: str, references: tuple[str, ...]) -> bool:
    """Text that <title>/og:title repeat and that is most of it (a site or section name is not)."""
    if not settings.TITLE_MIN_CHARS <= len(text) <= settings.TITLE_MAX_CHARS:
        return False
    share = settings.TITLE_MIN_SHARE_OF_PAGE_TITLE
    return any(ref and text in ref and len(text) >= share * len(ref) for ref in references)


def _has_title_hint(node: LexborNode) -> bool:
    marks = class_and_id(node).lower()
    return any(map(marks.__contains__, _TITLE_HINTS)) or _styled_large(node)


def _styled_large(node: LexborNode) -> bool:
    """The block, or an element holding all of its text, sets a headline's type by its own inline style (an
    e-paper's ``<td style="FONT-SIZE:24px;FONT-WEIGHT:bold">``, ``<td><strong><font style="font-size:22px">``):
    bold, and a size of at least ``TITLE_STYLED_MIN_PX`` pixels; or by an old page's font size
    (``<td><font size="4"><b>``, at least ``TITLE_FONT_MIN_SIZE``)."""
    text = node.text(deep=True).strip()
    bold = large = False
    for element in [node, *node.css("b, strong, font, span")[: settings.TITLE_STYLED_ELEMENTS]]:
        if element is not node and element.text(deep=True).strip() != text:
            continue  # a part of the line only: its style says nothing of the line
        style = (element.attributes.get("style") or "").lower()
        bold = bold or element.tag in ("b", "strong") or _STYLED_BOLD.search(style) is not None
        size = _STYLED_SIZE.search(style)
        large = large or (size is not None and int(size.group(1)) >= settings.TITLE_STYLED_MIN_PX)
        large = large or (element.tag == "font" and _font_size(element) >= settings.TITLE_FONT_MIN_SIZE)
    return bold and large


def _font_size(font: LexborNode) -> int:
    """An old page's ``<font size=4>`` on HTML's 1-7 scale; ``+2`` is relative to the default 3."""
    match = _FONT_SIZE.fullmatch((font.attributes.get("size") or "").strip())
    if match is None:
        return 0
    step = int(match.group(2))
    return {"+": _DEFAULT_FONT_SIZE + step, "-": _DEFAULT_FONT_SIZE - step}.get(match.group(1), step)


def _is_branding_node(node: LexborNode | None) -> bool:
    """The node or a near ancestor is the site's logo or slogan block (``<h1 class="logo">``)."""
    for _ in range(_BRANDING_DEPTH + 1):
        if node is None:
            return False
        marks = class_and_id(node).lower()  # read once, not once per hint
        if any(map(marks.__contains__, BRANDING_HINTS)):
            return True
        node = node.parent
    return False


def _is_branding(page: Walk, index: int) -> bool:
    return _is_branding_node(page.nodes[index])


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _fallback_title(tree: LexborHTMLParser, clues: TitleClues) -> Headline | None:
    og_title, page_title = clues.references
    if og_title and not clues.is_site(og_title):
        text = og_title if og_title in clues.segments else _topic_of_reference(og_title, clues)
        if text:
            return Headline(text, og_title)
    h1 = [node for node in tree.css("h1") if not _is_branding_node(node)]
    h1 = [
        words
        for node in h1
        if len(words := _words(node)) >= settings.TITLE_MIN_CHARS
        and not clues.is_site(words)
        and not _NOT_HEADLINE.search(words)
    ]
    if len(h1) == 1:
        return Headline(h1[0], h1[0])
    if page_title and (text := _topic_of_reference(page_title, clues)):
        return Headline(text, text)
    # A fragment (no <title>, as datasets store pages) still shows its headline as a heading.
    for node in tree.css("h1, h2, h3"):
        words = _words(node)
        if (
            settings.TITLE_MIN_CHARS <= len(words) <= settings.TITLE_MAX_CHARS
            and not _is_branding_node(node)
            and not _NOT_HEADLINE.search(words)
        ):
            return Headline(words, node_text(node))
    return None


def _topic_of_reference(reference: str, clues: TitleClues) -> str:
    """The longest non-furniture segment of one reference."""
    parts = _reference_parts(reference, clues.site)
    return max((part for part in parts if not clues.is_site(part)), key=len, default="")


def _meta_content(tree: LexborHTMLParser, name: str) -> str | None:
    # <head> first: the whole page is a hundred times larger, and a meta there comes first in page order.
    for scope in (tree.head, tree.body):
        node = scope.css_first(f'meta[property="{name}"], meta[name="{name}"]') if scope is not None else None
        if node is not None:
            return node.attributes.get("content")
    return None


def topic_of(references: tuple[str, str], shown: frozenset[str] = frozenset()) -> str:
    """The headline part of og:title / <title>: their first segment between site-suffix separators (the
    headline leads: "秋日登北山记 - 闲云野鹤的博客"), unless it is far shorter than the longest ("新闻 | ...").
    Only the segments the page shows as lines of their own (``shown``) are weighed, when any is: a site
    leading its own title ("某某教会 - 教会消息 - 母亲节爱宴") prints the headline as a line, not its name."""
    # A hyphen inside a span of years (2006-2007年度) joins it: split there, the headline's half looks short.
    segments = [part for reference in references if reference for part in _SEGMENT_SPLIT.split(reference)]
    if len(segments) > 1 and (printed := [part for part in segments if part in shown]):
        segments = printed
    longest = max(segments, key=len, default="")
    first = next((part for part in segments if part), "")
    return first if len(first) >= settings.TOPIC_FIRST_SEGMENT_SHARE * len(longest) else longest
