"""What a URL or page is, as one enum: the frontier stores these values, the pipeline decides them."""

from __future__ import annotations

from enum import StrEnum


class PageKind(StrEnum):
    # Not known yet: the content decides (an entry point, a link of unknown shape).
    AUTO = "auto"
    # A story: parsed, stored as an article, its related links followed.
    ARTICLE = "article"
    # A home, channel or list page: its links are read, nothing is stored.
    LIST = "list"
    # Page 2, 3, ... of a list: read like a list, at the depth of page 1, never revisited on later runs.
    PAGE = "page"
    SITEMAP = "sitemap"
    FEED = "feed"
    # A later page of a multi-page article, stitched onto the first.
    PART = "part"


# Pages that lead to articles: fetched again on every run, since that is where new links appear.
HUB_KINDS = (PageKind.AUTO, PageKind.LIST, PageKind.SITEMAP, PageKind.FEED)
# Kinds whose answer may be XML rather than HTML.
XML_KINDS = (PageKind.AUTO, PageKind.SITEMAP, PageKind.FEED)
