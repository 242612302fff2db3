"""Site furniture in a page's <title>: the site's name, slogan and generic words, told from the headline.

No rule can say which end of ``标题_频道_网站`` the site sits at: sites put it first (``股市风向标--标题``),
last, or after a colon, and a wiki's <title> ends in a tagline longer than the entry's name. What every
template does show is its name elsewhere: og:site_name / application-name, the logo's alt text, the text
of links to the site root, the branding block under the logo (slogan, siteSub) and the copyright footer.
A <title> segment found there is the site's, never the story's.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings
from newscorpus.scrapers.text import clean, node_text

_NAME_METAS = ("og:site_name", "application-name", "apple-mobile-web-app-title")
# Class/id words of the branding blocks: the logo, the slogan or tagline under it, a wiki's siteSub.
# ("tagline" is left out: news templates also call a story's standfirst that.)
BRANDING_HINTS = ("logo", "slogan", "brand", "sitesub", "sitename", "site-name", "site_name", "wordmark")
# Case-blind: templates write siteSub, SiteLogo, logo_box alike.
_BRANDING = ", ".join(f"[class*={hint} i], [id*={hint} i]" for hint in BRANDING_HINTS)
_FOOTERS = "footer, [class*=foot], [id*=foot], [class*=copyright], [id*=copyright]"
_ROOT_PATHS = ("/", "./", "index.html", "index.htm", "index.shtml", "/index.html", "/index.shtml")
# Links that may lead to a front page, picked by the CSS engine (a portal page has ~800 links; reading each
# one's attributes in Python cost more than parsing the page); _is_root_link decides.
_MAYBE_ROOT = ", ".join(
    [
        *(f'a[href="{path}"]' for path in _ROOT_PATHS),
        *(f'a[href$="{end}"]' for end in ("/", ".com", ".cn", ".net", ".org")),
    ]
)
# ``https://host/``, ``//host``: a scheme-relative or absolute URL with no path, query or fragment.
_ABSOLUTE_ROOT = re.compile(r"(?:https?:)?//[^/?#\s]+/?$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"©|&copy;|copyright|版权所有", re.IGNORECASE)


def site_names(tree: LexborHTMLParser) -> frozenset[str]:
    """Every name the page shows for its own site (or a sister site): metas, logos, root links, slogans."""
    names = {clean(node.attributes.get("content")) for node in _metas(tree)}
    for node in tree.css(_BRANDING) if tree.body is not None else []:
        names.update(_branding_texts(node))
    for link in tree.css(_MAYBE_ROOT):
        if _is_root_link(link.attributes.get("href") or ""):
            names.add(node_text(link))
            names.update(clean(img.attributes.get("alt")) for img in link.css("img[alt]"))
    return frozenset(name for name in names if 0 < len(name) <= settings.TITLE_SITE_NAME_MAX_CHARS)


def footer_text(tree: LexborHTMLParser) -> str:
    """The copyright footer's words, where a site name sits whatever its <title> says."""
    texts = [node_text(node) for node in tree.css(_FOOTERS)]
    return " ".join(text for text in texts if _COPYRIGHT.search(text))


def is_furniture(segment: str, names: frozenset[str], footer: str) -> bool:
    """A <title> segment that is the site's own: one of its names, a generic word, or in the copyright footer.

    A name must match whole: a wiki entry 苏州 is part of a partner link 苏州日报 and still the headline.
    """
    if segment.lower() in settings.TITLE_GENERIC_WORDS:
        return True
    if segment in names:
        return True
    return len(segment) <= settings.TITLE_SITE_NAME_MAX_CHARS and segment in footer


def _metas(tree: LexborHTMLParser) -> list[LexborNode]:
    selector = ", ".join(f'meta[property="{name}"], meta[name="{name}"]' for name in _NAME_METAS)
    return tree.css(selector)


def _branding_texts(node: LexborNode) -> list[str]:
    """A branding block's own words (short: a header wrapping the whole page is no logo) and its images' alt."""
    texts = [clean(img.attributes.get("alt")) for img in node.css("img[alt]")]
    if node.tag not in ("html", "body"):
        text = node_text(node)
        if len(text) <= settings.TITLE_SITE_NAME_MAX_CHARS:
            texts.append(text)
    if node.tag == "img":
        texts.append(clean(node.attributes.get("alt")))
    return texts


def _is_root_link(href: str) -> bool:
    """A link to a site's front page: ``/``, ``./``, ``index.html`` or ``https://host/``."""
    href = href.strip()
    return href.lower() in _ROOT_PATHS or _ABSOLUTE_ROOT.match(href) is not None
