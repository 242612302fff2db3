"""Where a crawl goes beyond the links of the pages it reads (the sitemaps a site's robots.txt names), and
where it need not go again (the sitemaps an index says are unchanged, dead ends)."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlsplit

from newscorpus import discover
from newscorpus.crawl.canonical import host_key
from newscorpus.crawl.politeness import Politeness
from newscorpus.errors import InputError
from newscorpus.kinds import PageKind
from newscorpus.urls import canonicalize


def robots_sitemaps(
    politeness: Politeness | None, entry_kind: str | None, url: str, sitemap_hosts: set[str]
) -> list[discover.Link]:
    """The sitemaps a site's robots.txt names, read with its home page (``url``) when that page is an entry
    point (``entry_kind``: its kind as given, None for a discovered page) and no sitemap of its host was
    given: they list the articles the home page's links do not reach (the archive, yesterday's news). A
    sitemap given on the command line is the user's choice, and is kept alone."""
    parts = urlsplit(url)
    if (
        politeness is None
        or entry_kind not in (PageKind.AUTO, PageKind.LIST)
        or parts.path not in ("", "/")
        or parts.query
        or host_key(url) in sitemap_hosts
    ):
        return []
    return [discover.Link(sitemap, PageKind.SITEMAP) for sitemap in politeness.sitemaps(url)]


def index_lastmods(links: list[discover.Link]) -> list[tuple[str, str]]:
    """(canonical URL, <lastmod> as UTC ISO) of the sitemaps an index names with a readable lastmod: an index
    of thousands of daily sitemaps made each run read them all again, where only today's had changed."""
    found = []
    for link in links:
        if link.kind is not PageKind.SITEMAP or not link.lastmod:
            continue
        try:
            url = canonicalize(link.url)
            when = datetime.fromisoformat(link.lastmod.strip())
        except (InputError, ValueError):
            continue  # no reading of it: the sitemap is read again, as before
        when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
        found.append((url, when.isoformat(timespec="seconds")))
    return found


def list_kind(linked_as: str, links: list[discover.Link]) -> PageKind:
    """How the frontier keeps a page read as a list: a list's later page is read once (PAGE), and so is a
    link made as a story's that holds no story and links to none (a CMS's 200 "page not found", a removed
    story's stub): as a hub (LIST) it was re-read on every run, for ever, one more per dead link."""
    if linked_as == PageKind.PAGE:
        return PageKind.PAGE
    if linked_as == PageKind.ARTICLE and not any(link.kind is PageKind.ARTICLE for link in links):
        return PageKind.PAGE
    return PageKind.LIST
