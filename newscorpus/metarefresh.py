"""The page a ``<meta http-equiv="refresh" content="0; url=...">`` sends a browser to.

Older portals and government sites answer their home or a moved channel with such a page (``index.html``
sending to ``index.shtml``, a section that moved): a browser follows it, and a crawler that read only the
page's anchors found nothing there.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from newscorpus.scrapers.text import absolute

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
