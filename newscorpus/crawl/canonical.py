"""The crawler's view of URLs: canonical forms (newscorpus.urls) and the politeness unit."""

from __future__ import annotations

from urllib.parse import urlsplit

import sqlite_utils

from newscorpus.models import Article, FetchedPage


def host_key(url: str) -> str:
    """The politeness unit: host and port (several ports on 127.0.0.1 are several hosts)."""
    return urlsplit(url).netloc.lower()


def taken_by_another_story(db: sqlite_utils.Database, page: FetchedPage, article: Article) -> bool:
    """Whether the page's canonical URL already holds a different story, fetched from another URL.

    A CMS template that declares one article's URL as every article's canonical (a copied <link>, the
    channel's first story) would otherwise have each story overwrite the last under that one URL; a story
    refetched from the URL it was stored from, or the same story reached by a second URL, updates as usual.
    """
    row = _stored_at(db, page.url)
    if row is None or row[2] == page.requested_url:
        return False
    return (row[3], row[4]) != (article.title, article.body)


def return_borrowed_url(db: sqlite_utils.Database, page: FetchedPage, article: Article) -> None:
    """The page at its own URL takes it back: a different story stored there earlier under a canonical
    it borrowed (``taken_by_another_story`` found the slot free then) moves to the URL it was fetched
    from, so neither story overwrites the other whichever was crawled first. Call inside a transaction."""
    row = _stored_at(db, page.url)
    if (
        row is None
        or row[2] in (None, page.url, page.requested_url)
        or (row[3], row[4]) == (article.title, article.body)
    ):
        return
    if db.execute("SELECT 1 FROM pages WHERE url = ?", [row[2]]).fetchone() is not None:
        return  # its own URL holds a page already: leave both as they are
    db.execute("UPDATE pages SET url = ? WHERE id = ?", [row[2], row[1]])
    db.execute("UPDATE articles SET url = ? WHERE id = ?", [row[2], row[0]])


def _stored_at(db: sqlite_utils.Database, url: str) -> tuple | None:
    """The story stored under ``url``: its article id, page id, the URL its page was fetched from, title, body."""
    return db.execute(
        "SELECT a.id, p.id, p.requested_url, a.title, a.body FROM articles a JOIN pages p ON p.id = a.page_id"
        " WHERE a.url = ?",
        [url],
    ).fetchone()
