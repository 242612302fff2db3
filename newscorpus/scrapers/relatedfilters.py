"""What is left out of the items read from a list: a picture's alt text where a headline shows, a short
link repeated beside every story (a label), odd category links among stories, and index pages above
another item's URL."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from newscorpus import settings
from newscorpus.models import RelatedItem
from newscorpus.scrapers.linkshape import ShapeMemo


def shown_titles_first(items: list[RelatedItem], pictured: set[int]) -> list[RelatedItem]:
    """A picture's alt text titles its item only when no link to the same story shows a headline (the
    alt text is often the file's caption, "标题_1")."""
    shown = {item.url for index, item in enumerate(items) if index not in pictured}
    return [item for index, item in enumerate(items) if index not in pictured or item.url not in shown]


def without_labels(items: list[RelatedItem]) -> list[RelatedItem]:
    """Drop a short link repeated alike beside several stories (each poem's 〔唐代〕 dynasty link, each post's
    author): a label of the items, not one of them. A story is listed once, or twice (picture and headline)."""
    seen = Counter((item.url, item.title) for item in items)
    labels = {
        pair
        for pair, count in seen.items()
        if count >= settings.RELATED_MIN_LIST_ITEMS and len(pair[1]) < settings.RELATED_MIN_ANCHOR_CHARS
    }
    if not labels or not {url for url, _title in seen} - {url for url, _title in labels}:
        return items  # nothing but the repeated link: no stories for it to label
    return [item for item in items if (item.url, item.title) not in labels]


def without_parent_pages(items: list[RelatedItem]) -> list[RelatedItem]:
    """Drop links to a page above another item's URL (the author's blog beside each of their posts,
    the channel beside its stories): an index, never a story."""
    # In sorted order the URLs under a prefix follow it at once: one look at the next URL, not at all of them.
    urls = sorted({item.url.rstrip("/") + "/" for item in items if item.url})
    nested = {prefix for prefix, after in pairwise(urls) if after.startswith(prefix)}
    return [item for item in items if not item.url or item.url.rstrip("/") + "/" not in nested]


def without_odd_links(items: list[RelatedItem], shapes: ShapeMemo) -> list[RelatedItem]:
    """When most items are story links, the few that are not (a category, a tag) are no items. Counted
    by distinct URL: a category link repeated beside every story is still one odd link. A headline-long
    title keeps its item whatever its URL looks like (a slug with no digits is still a story)."""
    urls = {item.url for item in items if item.url}
    stories = {item.url for item in items if item.url and shapes.article_link(item.title, item.url)}
    if len(stories) >= settings.RELATED_MIN_LIST_ITEMS and len(stories) >= settings.RELATED_MIN_ARTICLE_SHARE * len(
        urls
    ):
        return [item for item in items if not item.url or _headline(item, shapes) or shapes.article_url(item.url)]
    return items


def _headline(item: RelatedItem, shapes: ShapeMemo) -> bool:
    return len(item.title) >= settings.RELATED_MIN_ANCHOR_CHARS and not shapes.promo(item.title, item.url or "")
