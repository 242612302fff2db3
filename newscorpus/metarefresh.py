"""The page a ``<meta http-equiv="refresh" content="0; url=...">`` or a script's ``location.href = "..."``
sends a browser to.

Older portals and government sites answer their home or a moved channel with such a page (``index.html``
sending to ``index.shtml``, a section that moved): a browser follows it, and a crawler that read only the
page's anchors found nothing there.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from newscorpus.scrapers.text import absolute

# location.href = "/index.shtml", window.location = '...', top.location.replace("..."), location.assign(...)
_SCRIPT = re.compile(
    r"""\blocation(?:\.href)?\s*=\s*["']([^"'\s]+)["']|\blocation\.(?:replace|assign)\(\s*["']([^"'\s]+)["']\s*\)"""
)
# "0; url=/index.shtml", "0;URL='/a.html'", "3 ; url = a.html"; a bare delay ("300") only reloads the page.
_CONTENT = re.compile(r"""^\s*\d*(?:\.\d*)?\s*[;,]\s*url\s*=\s*["']?([^"'\s]+)""", re.IGNORECASE)


def refresh_target(tree: LexborHTMLParser, base_url: str) -> str | None:
    """The absolute URL the page's meta refresh leads to, None when it has none or reloads itself."""
    for node in tree.css("meta[http-equiv]"):
        if (node.attributes.get("http-equiv") or "").strip().lower() != "refresh":
            continue
        match = _CONTENT.match(node.attributes.get("content") or "")
        url = absolute(match.group(1), base_url) if match else None
        if url is not None and url.startswith(("http://", "https://")) and url.split("#")[0] != base_url:
            return url.split("#")[0]
    return None


def script_redirect_target(tree: LexborHTMLParser, base_url: str) -> str | None:
    """Where a page's inline script sends the browser (``window.location.href = "/index.shtml"``, common on
    government portals' index pages); asked only of a page without any link of its own, where a script's
    assignment is what the page is for, not one handler among many."""
    for node in tree.css("script"):
        if node.attributes.get("src") is not None:
            continue
        match = _SCRIPT.search(node.text(deep=True) or "")
        url = absolute(match.group(1) or match.group(2), base_url) if match else None
        if url is not None and url.startswith(("http://", "https://")) and url.split("#")[0] != base_url:
            return url.split("#")[0]
    return None
