"""A multi-page story put back together: the later pages' paragraphs appended to the first page's, through
the 下一页 chain the pager found (``pager.next_page_url``), for the crawler, reparse and WARC ingestion alike.

Split from ``pager`` (which finds the next page) so that each module keeps to one job.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newscorpus import settings
from newscorpus.errors import InputError
from newscorpus.models import Article
from newscorpus.urls import canonicalize


def stitch(first: Article, parts: Sequence[Article]) -> Article:
    """Append the later pages' paragraphs to the first page's, in order, in place.

    Headline, date, author and source are the first page's (later pages only fill what it lacks); the
    editor line closes the story, so the last page that has one wins. Related lists are merged without
    repeats, and ``next_page_url`` is cleared: the stored article is the whole story.
    """
    urls = {item.url for item in first.related}
    for part in parts:
        first.paragraphs.extend(part.paragraphs)
        first.title = first.title or part.title
        first.published_at = first.published_at or part.published_at
        first.author = first.author or part.author
        first.source = first.source or part.source
        first.editor = part.editor or first.editor
        for item in part.related:
            if item.url not in urls:
                first.related.append(item)
                urls.add(item.url)
    first.next_page_url = None
    return first


def stitch_known(first_url: str, first: Article, known: Mapping[str, Article]) -> list[str]:
    """Follow the first page's 下一页 chain through pages already at hand (stored parts for reparse, the
    same archive's records for ingest-warc) and stitch them on; returns the URLs used, in order.

    The article is flagged incomplete when the chain names a page that is not at hand or runs past
    ``settings.MAX_ARTICLE_PAGES``; a chain that loops back simply ends.
    """
    used: list[str] = []
    seen, next_url = {part_url(first_url)}, part_url(first.next_page_url)
    known = {part_url(url): article for url, article in known.items()}
    while next_url and next_url not in seen:
        if next_url not in known or len(seen) >= settings.MAX_ARTICLE_PAGES:
            first.incomplete = True
            break
        seen.add(next_url)
        used.append(next_url)
        next_url = part_url(known[next_url].next_page_url)
    stitch(first, [known[url] for url in used])
    if first.incomplete:
        first.next_page_url = next_url
    return used


def part_url(url: str | None) -> str | None:
    """The URL as the crawler queues and stores it, so a chain link matches the stored part's URL."""
    if not url:
        return None
    try:
        return canonicalize(url)
    except InputError:
        return None
