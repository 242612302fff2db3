"""Site furniture in a page's <title>: the site's name, slogan and generic words, told from the headline.

No rule can say which end of ``标题_频道_网站`` the site sits at: sites put it first (``股市风向标--标题``),
last, or after a colon, and a wiki's <title> ends in a tagline longer than the entry's name. What every
template does show is its name elsewhere: og:site_name / application-name, the logo's alt text, the text
of links to the site root, the branding block under the logo (slogan, siteSub) and the copyright footer.
A <title> segment found there is the site's, never the story's.

Cost: each ``tree.css`` call walks the whole page (~0.1 ms on a portal page, whatever it selects), so all
the evidence is picked in ONE walk with broad selectors and sorted out here; ``SiteEvidence`` walks only
when a segment's verdict needs it (generic words, over-long segments and <head> metas need no walk).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings
from newscorpus.scrapers.text import ascii_lower, clean, node_text

_NAME_METAS = ("og:site_name", "application-name", "apple-mobile-web-app-title")
# Class/id words of the branding blocks: the logo, the slogan or tagline under it, a wiki's siteSub.
# ("tagline" is left out: news templates also call a story's standfirst that.) Matched case-blind: templates
# write siteSub, SiteLogo, logo_box alike.
BRANDING_HINTS = ("logo", "slogan", "brand", "sitesub", "sitename", "site-name", "site_name", "wordmark")
# What the walk selects for the branding test: "site" stands for the four site* hints (fewer selectors, a
# cheaper walk); _is_branding_node keeps only the nodes a hint matches.
_BRANDING_PICKS = ("logo", "slogan", "brand", "site", "wordmark")
# A footer is counted once per footer selector it matches (footer.footer text twice), as the CSS engine
# listed it when each selector was a query of its own: the tag, then class and id words (case-sensitive).
_FOOTER_WORDS = ("foot", "copyright")
_FOOT, _COPYRIGHT_WORD = _FOOTER_WORDS  # spelled out in _footer_matches: no generator for each picked node
_ROOT_PATHS = ("/", "./", "index.html", "index.htm", "index.shtml", "/index.html", "/index.shtml")
# Hrefs that may lead to a front page (a portal page has ~800 links: the CSS engine picks these few);
# _is_root_link decides. ``$="/"`` covers ``/`` and ``./``, ``$="index.html"`` covers ``/index.html``.
_ROOT_ENDINGS = ("/", ".com", ".cn", ".net", ".org")
_ROOT_PICK_ENDINGS = (*_ROOT_ENDINGS, "index.html", "index.htm", "index.shtml")


def _either(prefix: str, tests: list[str]) -> str:
    """``prefix:is(a, b, ...)``: the engine tests the prefix once per element, not once per alternative (a
    third cheaper than listing ``prefixa, prefixb, ...``), and lists a node once."""
    return f"{prefix}:is({', '.join(tests)})"


def _mark_tests(attr: str) -> list[str]:
    return [*(f"[{attr}*={hint} i]" for hint in _BRANDING_PICKS), *(f"[{attr}*={word}]" for word in _FOOTER_WORDS)]


_SCAN = ", ".join(
    [
        "meta",
        "footer",
        _either("[class]", _mark_tests("class")),
        _either("[id]", _mark_tests("id")),
        _either("a[href]", [f'[href$="{end}"]' for end in _ROOT_PICK_ENDINGS]),
    ]
)
# ``https://host/``, ``//host``: a scheme-relative or absolute URL with no path, query or fragment.
_ABSOLUTE_ROOT = re.compile(r"(?:https?:)?//[^/?#\s]+/?$", re.IGNORECASE)
# An address with an id in its path (a page's, not the site's root): ``http://host/book/15823/9021457.html``.
_DEEP_URL = re.compile(r"(?:https?://|www\.)[^/\s]+/\S*\d", re.IGNORECASE)
_COPYRIGHT = re.compile(r"©|&copy;|copyright|版权所有", re.IGNORECASE)
_BRANDING_WORD = re.compile("|".join(re.escape(hint) for hint in BRANDING_HINTS))
# The CSS engine's case-blind match folds ASCII letters only.


@dataclass(frozen=True)
class SiteWords:
    names: frozenset[str]  # every name the page shows for its own site (or a sister site)
    footer: str  # the copyright footer's words


def site_names(tree: LexborHTMLParser) -> frozenset[str]:
    """Every name the page shows for its own site (or a sister site): metas, logos, root links, slogans."""
    return scan_site(tree).names


def footer_text(tree: LexborHTMLParser) -> str:
    """The copyright footer's words, where a site name sits whatever its <title> says."""
    return scan_site(tree).footer


def scan_site(tree: LexborHTMLParser) -> SiteWords:
    """The page's site names and copyright footer, from one walk over the page."""
    names: set[str] = set()
    footers: list[str] = []
    previous = -1
    branding = tree.body is not None
    for node in tree.css(_SCAN):
        if node.mem_id == previous:
            continue  # the engine lists a node once per selector it matches
        previous = node.mem_id
        attributes, tag = node.attributes, node.tag
        if tag == "meta":
            # A meta has no text or image: as a branding block or a footer it would add nothing.
            if _is_name_meta(attributes):
                names.add(clean(attributes.get("content")))
            continue
        if tag == "a" and _is_root_link(attributes.get("href") or ""):
            names.add(node_text(node))
            names.update(_image_alts(node))
        marks = (attributes.get("class") or "", attributes.get("id") or "")
        if marks == ("", "") and tag != "footer":
            continue  # most picks are links to directories, with no class or id
        if branding and _has_branding_hint(marks):
            names.update(_branding_texts(node))
        if count := _footer_matches(tag, marks):
            text = node_text(node)
            if _COPYRIGHT.search(text):
                footers.extend([_site_wide(node, text)] * count)
    kept = frozenset(name for name in names if 0 < len(name) <= settings.TITLE_SITE_NAME_MAX_CHARS)
    return SiteWords(kept, " ".join(footers))


def is_furniture(segment: str, names: frozenset[str], footer: str) -> bool:
    """A <title> segment that is the site's own: one of its names, a generic word, or in the copyright footer.

    A name must match whole: a wiki entry 苏州 is part of a partner link 苏州日报 and still the headline.
    """
    if _is_generic(segment):
        return True
    if segment in names:
        return True
    return len(segment) <= settings.TITLE_SITE_NAME_MAX_CHARS and segment in footer


def _is_generic(segment: str) -> bool:
    """A generic word (首页, index), or the forum or blog engine's credit (``Powered by Discuz!``): furniture
    on any site, and often longer than the headline, so the longest-segment guess would take it."""
    lowered = segment.lower()
    return lowered in settings.TITLE_GENERIC_WORDS or lowered.startswith(settings.TITLE_ENGINE_CREDITS)


class SiteEvidence:
    """``is_furniture`` against one page's names and footer, read from the page only when a verdict needs it."""

    def __init__(self, tree: LexborHTMLParser) -> None:
        self._tree = tree
        self._head_names: frozenset[str] | None = None
        self._words: SiteWords | None = None

    def is_furniture(self, segment: str) -> bool:
        if _is_generic(segment):
            return True
        if len(segment) > settings.TITLE_SITE_NAME_MAX_CHARS:
            return False  # longer than any name, and too long to count as found in the footer
        if not segment:
            return True  # as ``"" in footer``
        if segment in self._names_in_head():
            return True  # the common og:site_name case: no walk over the page
        words = self.words
        return segment in words.names or segment in words.footer

    @property
    def words(self) -> SiteWords:
        if self._words is None:
            self._words = scan_site(self._tree)
        return self._words

    def _names_in_head(self) -> frozenset[str]:
        if self._head_names is None:
            head = self._tree.head
            metas = head.css("meta") if head is not None else []
            names = (clean(meta.attributes.get("content")) for meta in metas if _is_name_meta(meta.attributes))
            self._head_names = frozenset(names)
        return self._head_names


def _site_wide(footer: LexborNode, text: str) -> str:
    """The footer's words less its lines printing a page's own address (a novel site's ``重回八三做首富最新章节
    第三章 一切都还来得及 网址：http://www.biquge.la/book/15823/9021457.html``): such a line names this page, so
    its headline would pass for the site's furniture."""
    if not _DEEP_URL.search(text):
        return text
    lines = (line for raw in footer.text(separator="\n").split("\n") if (line := clean(raw)))
    return " ".join(line for line in lines if not _DEEP_URL.search(line))


def _is_name_meta(attributes: dict[str, str | None]) -> bool:
    return attributes.get("property") in _NAME_METAS or attributes.get("name") in _NAME_METAS


def _has_branding_hint(marks: tuple[str, str]) -> bool:
    """A class or id holding a branding word (both read at once: no hint holds the space between them)."""
    return _BRANDING_WORD.search(ascii_lower(" ".join(marks))) is not None


def _footer_matches(tag: str, marks: tuple[str, str]) -> int:
    """How many of the footer selectors (``footer``, class/id holding foot or copyright) the node matches."""
    klass, ident = marks
    foot = (_FOOT in klass) + (_FOOT in ident)
    return (tag == "footer") + foot + (_COPYRIGHT_WORD in klass) + (_COPYRIGHT_WORD in ident)


def _branding_texts(node: LexborNode) -> list[str]:
    """A branding block's own words (short: a header wrapping the whole page is no logo) and its images' alt."""
    texts = _image_alts(node)
    if node.tag not in ("html", "body"):
        text = node_text(node)
        if len(text) <= settings.TITLE_SITE_NAME_MAX_CHARS:
            texts.append(text)
    if node.tag == "img":
        texts.append(clean(node.attributes.get("alt")))
    return texts


def _image_alts(node: LexborNode) -> list[str]:
    """The alt text of the images under the node; most links and logo spans hold text only: no query then."""
    if next(node.iter(), None) is None:
        return []
    return [clean(img.attributes.get("alt")) for img in node.css("img[alt]")]


def _is_root_link(href: str) -> bool:
    """A link to a site's front page: ``/``, ``./``, ``index.html`` or ``https://host/``; the href as the CSS
    engine would have picked it (exact path or one of the endings), then read as a URL."""
    if href not in _ROOT_PATHS and not href.endswith(_ROOT_ENDINGS):
        return False
    href = href.strip()
    return href.lower() in _ROOT_PATHS or _ABSOLUTE_ROOT.match(href) is not None
