"""The whole corpus.db schema, as an ordered list of migrations (append only, never edit one).

Each migration runs once, inside a transaction, and is recorded in ``_migrations``; opening a database
applies whatever is missing, so old corpora upgrade in place.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import sqlite_utils

from newscorpus.clock import now_iso

Migration = Callable[[sqlite_utils.Database], None]
MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append(fn)
    return fn


@migration
def m001_pages_articles_related_log(db: sqlite_utils.Database) -> None:
    db["pages"].create(
        {
            "id": int,
            "url": str,
            "requested_url": str,
            "status": int,
            "content_type": str,
            "encoding": str,
            "declared_charset": str,
            "etag": str,
            "last_modified": str,
            "html_zlib": bytes,
            "content_sha1": str,
            "fetched_at": str,
        },
        pk="id",
        not_null={"url"},
    )
    db["pages"].create_index(["url"], unique=True)
    db["articles"].create(
        {
            "id": int,
            "page_id": int,
            "url": str,
            "site": str,
            "parser": str,
            "parser_version": int,
            "fell_back": int,
            "title": str,
            "author": str,
            "source": str,
            "editor": str,
            "published_at": str,
            "body": str,
            "body_sha1": str,
            "next_page_url": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("page_id", "pages", "id")],
        not_null={"url", "body"},
    )
    db["articles"].create_index(["url"], unique=True)
    db["articles"].create_index(["body_sha1"])
    db["related"].create(
        {"article_id": int, "position": int, "title": str, "url": str, "snippet": str},
        pk=("article_id", "position"),
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["fetch_log"].create(
        {"id": int, "run_id": str, "url": str, "status": int, "outcome": str, "error": str, "at": str},
        pk="id",
    )
    db["fetch_log"].create_index(["url"])


@migration
def m002_crawl_frontier(db: sqlite_utils.Database) -> None:
    """The crawler's persistent queue: one row per canonical URL, so a killed run resumes and the next
    run fetches only what is new."""
    db["frontier"].create(
        {
            "url": str,
            "host": str,
            "kind": str,  # auto | list | article | sitemap | feed | part (a later page of an article)
            "depth": int,
            "state": str,  # queued | fetched | failed
            "attempts": int,  # runs whose retries all failed
            "next_try_at": str,
            "last_status": int,
            "last_error": str,
            "etag": str,
            "last_modified": str,
            "discovered_at": str,
            "fetched_at": str,
        },
        pk="url",
        not_null={"host", "kind", "state"},
        defaults={"attempts": 0, "depth": 0, "next_try_at": ""},
    )
    db["frontier"].create_index(["state", "next_try_at"])


@migration
def m003_dedup_clusters_lsh_bands(db: sqlite_utils.Database) -> None:
    # One row per clustered article; a separate table so other migrations of `articles` merge cleanly.
    db["article_dedup"].create(
        {"article_id": int, "canonical_url": str, "body_hash": str, "signature": bytes, "cluster_id": int},
        pk="article_id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_dedup"].create_index(["canonical_url"])
    db["article_dedup"].create_index(["body_hash"])
    db["article_dedup"].create_index(["cluster_id"])
    db["clusters"].create({"id": int, "representative_id": int, "size": int}, pk="id")
    # WITHOUT ROWID: the primary key is the lookup index, so each band row is stored once.
    db.execute(
        "CREATE TABLE lsh_bands (band INTEGER NOT NULL, key INTEGER NOT NULL, article_id INTEGER NOT NULL,"
        " PRIMARY KEY (band, key, article_id)) WITHOUT ROWID"
    )
    # The parameters the stored signatures and band keys were made with.
    db["dedup_params"].create({"name": str, "value": str}, pk="name")


@migration
def m004_warc_origin_and_ingested_files(db: sqlite_utils.Database) -> None:
    """Pages read from WARC/ARC files keep their origin; completed files make a killed ingest resumable."""
    db["pages"].add_column("warc_file", str)
    db["pages"].add_column("warc_offset", int)
    db["warc_files"].create(
        {
            "sha1": str,
            "path": str,
            "size": int,
            "records": int,
            "stored": int,
            "rejected": int,
            "completed_at": str,
        },
        pk="sha1",
    )


@migration
def m005_pages_parse_error(db: sqlite_utils.Database) -> None:
    """A page that broke a parser is kept raw with the error (and no article), so `reparse` retries it."""
    db["pages"].add_column("parse_error", str)


@migration
def m006_export_cursors(db: sqlite_utils.Database) -> None:
    """`export --new-for NAME`: the last article id each named consumer has received in a complete export."""
    db["export_cursors"].create({"name": str, "article_id": int, "exported": int, "updated_at": str}, pk="name")


@migration
def m007_articles_confidence(db: sqlite_utils.Database) -> None:
    """How sure the extractor is that the body is the story (0..1), so `export --min-confidence` can filter."""
    db["articles"].add_column("confidence", float)


@migration
def m008_runs(db: sqlite_utils.Database) -> None:
    """One row per command run; ``fetch_log.run_id`` holds a ``runs.id`` (not a declared foreign key:
    adding one to an existing table means rebuilding it, and log rows written outside a command have none)."""
    db["runs"].create(
        {
            "id": str,
            "command": str,
            "args": str,  # JSON object of the command's options
            "started_at": str,
            "ended_at": str,  # null while running, or when the process was killed
            "exit_status": int,
            "counts": str,  # JSON object: what the run stored, skipped, failed
        },
        pk="id",
        not_null={"command", "started_at"},
    )
    db["runs"].create_index(["started_at"])
    db["fetch_log"].create_index(["run_id"])


@migration
def m009_search_indexes(db: sqlite_utils.Database) -> None:
    """Full-text indexes over title and body (see newscorpus/search.py), filled from stored articles."""
    from newscorpus.search import create_indexes  # only this migration needs it

    create_indexes(db)


@migration
def m010_article_template(db: sqlite_utils.Database) -> None:
    """Which template (the site rule's body selector) each article was parsed with, for the doctor."""
    db["articles"].add_column("template", str)


@migration
def m011_article_parts_incomplete_title_keys(db: sqlite_utils.Database) -> None:
    """Multi-page articles (issue 14): later pages are kept as raw pages pointing at the first page, an
    article whose parts could not all be read is flagged, and dedup looks up abridged copies by title."""
    db["articles"].add_column("incomplete", int, not_null_default=0)
    db["pages"].add_column("part_of", int)  # page id of the article's first page; NULL for a first page
    db["pages"].add_column("part_index", int)  # 1 for page two, 2 for page three, ...
    db["pages"].create_index(["part_of"])
    # Normalised headline (and 原标题) keys per clustered article: same-title candidates for containment.
    db.execute(
        "CREATE TABLE dedup_titles (key TEXT NOT NULL, article_id INTEGER NOT NULL,"
        " PRIMARY KEY (key, article_id)) WITHOUT ROWID"
    )
    db.execute("CREATE INDEX dedup_titles_article ON dedup_titles (article_id)")


@migration
def m012_dedup_common_sentences(db: sqlite_utils.Database) -> None:
    """Sentences that opened many clusters (dedup/common.py): a fixed number of slots, each one sentence
    digest and its count."""
    db.execute(
        "CREATE TABLE dedup_common (slot INTEGER PRIMARY KEY, sentence INTEGER NOT NULL, clusters INTEGER NOT NULL)"
    )


@migration
def m013_frontier_later_page(db: sqlite_utils.Database) -> None:
    """A split story's page one is guessed from a link to its later page (discover.story_start); the later
    page is kept beside the guess, fetched in its place when the guessed page one is gone (404/410)."""
    db["frontier"].add_column("later_page", str)


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply pending migrations; returns the names applied."""
    if "_migrations" not in db.table_names():
        db["_migrations"].create({"name": str, "applied_at": str}, pk="name")
    done = {row["name"] for row in db["_migrations"].rows}
    applied = []
    for fn in MIGRATIONS:
        if fn.__name__ in done:
            continue
        # DDL does not open a transaction implicitly in sqlite3: begin one so a failed step leaves nothing.
        db.conn.execute("BEGIN")
        try:
            fn(db)
            # Raw SQL: sqlite-utils' insert would commit the migration's transaction early.
            db.conn.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", [fn.__name__, now_iso()])
        except BaseException:
            db.conn.rollback()
            raise
        db.conn.commit()
        applied.append(fn.__name__)
    return applied


def pending(conn: sqlite3.Connection) -> list[str]:
    """Migrations not yet applied to the database on ``conn``."""
    if not tables(conn):
        return [fn.__name__ for fn in MIGRATIONS]
    done = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
    return [fn.__name__ for fn in MIGRATIONS if fn.__name__ not in done]


def tables(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
