"""Full-text search over title and body: two FTS5 indexes inside corpus.db, chosen by query length.

- ``articles_fts``: FTS5 ``trigram`` over ``articles`` (external content, ``content=[articles]``), kept by
  SQL triggers exactly as ``sqlite-utils enable-fts --create-triggers`` makes them, so sqlite-utils and
  datasette's search box find it. A trigram phrase is an exact substring match, for 3+ characters.
- ``articles_bigrams``: FTS5 ``unicode61`` over text we cut into overlapping 2-character grams, contentless
  and ``detail=none`` (rowids only: a 2-character query is one gram, so positions are never needed). It
  answers what trigrams cannot, 2-character queries (most Chinese words), at ~1/8 of the trigram index size
  (bench/README.md, "Search"). The store keeps it current in the transaction that writes the article.

A term neither index can answer (a 2-character term that is not letters/digits, such as ``A+``) is
matched by scanning the text with ``instr``. A writer that changes ``articles.body`` without going through
``Store`` leaves the trigram index right (triggers) but the bigram rows stale: use the store.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

import sqlite_utils

from newscorpus import settings
from newscorpus.errors import QueryError

TRIGRAM_TABLE = "articles_fts"
BIGRAM_TABLE = "articles_bigrams"
_TRIGRAM_CHARS = 3


def grams(text: str | None) -> str:
    """``text`` as space-separated overlapping 2-character grams of each letter/digit run, lower case.

    ``"龙湖集团 A股"`` -> ``"龙湖 湖集 集团 a股"``; a 1-character run stays whole.
    """
    out: list[str] = []
    for run in _runs((text or "").lower()):
        out.extend([run] if len(run) == 1 else (run[i : i + 2] for i in range(len(run) - 1)))
    return " ".join(out)


def _runs(text: str) -> Iterator[str]:
    start = None
    for i, char in enumerate(text):
        if char.isalnum():
            start = i if start is None else start
        elif start is not None:
            yield text[start:i]
            start = None
    if start is not None:
        yield text[start:]


# --- keeping the indexes current --------------------------------------------------------------------


def create_indexes(db: sqlite_utils.Database) -> None:
    """Both tables, the trigram triggers, and both filled from the articles already stored."""
    db.execute(
        f"CREATE VIRTUAL TABLE [{TRIGRAM_TABLE}] USING FTS5 ([title], [body], tokenize='trigram', content=[articles])"
    )
    cols = "rowid, [title], [body]"
    delete = (
        f"INSERT INTO [{TRIGRAM_TABLE}] ([{TRIGRAM_TABLE}], {cols})"
        " VALUES ('delete', old.rowid, old.[title], old.[body]);"
    )
    insert = f"INSERT INTO [{TRIGRAM_TABLE}] ({cols}) VALUES (new.rowid, new.[title], new.[body]);"
    db.execute(f"CREATE TRIGGER [articles_ai] AFTER INSERT ON [articles] BEGIN {insert} END")
    db.execute(f"CREATE TRIGGER [articles_ad] AFTER DELETE ON [articles] BEGIN {delete} END")
    # Only a change of the indexed columns re-indexes, not a change of parser version or template.
    db.execute(
        f"CREATE TRIGGER [articles_au] AFTER UPDATE OF [title], [body] ON [articles] BEGIN {delete} {insert} END"
    )
    db.execute(f"INSERT INTO [{TRIGRAM_TABLE}] ([{TRIGRAM_TABLE}]) VALUES ('rebuild')")
    db.execute(f"CREATE VIRTUAL TABLE [{BIGRAM_TABLE}] USING FTS5 (text, content='', detail=none)")
    rows = db.execute("SELECT id, title, body FROM articles")
    db.conn.executemany(
        f"INSERT INTO [{BIGRAM_TABLE}] (rowid, text) VALUES (?, ?)", ((i, _doc(t, b)) for i, t, b in rows)
    )


def index_article(db: sqlite_utils.Database, article_id: int, title: str | None, body: str, old: dict | None) -> None:
    """Index a stored or updated article in the caller's transaction; ``old`` is its previous row, if any.

    A contentless table removes a row only when given the grams it was indexed with, which ``old`` holds.
    """
    if old is not None:
        if (old["title"], old["body"]) == (title, body):
            return
        db.conn.execute(
            f"INSERT INTO [{BIGRAM_TABLE}] ([{BIGRAM_TABLE}], rowid, text) VALUES ('delete', ?, ?)",
            [article_id, _doc(old["title"], old["body"])],
        )
    db.conn.execute(f"INSERT INTO [{BIGRAM_TABLE}] (rowid, text) VALUES (?, ?)", [article_id, _doc(title, body)])


def _doc(title: str | None, body: str | None) -> str:
    # Title and body cut apart, so no gram spans the title's last and the body's first character.
    return f"{grams(title)} {grams(body)}"


# --- querying ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    id: int
    url: str
    site: str
    title: str | None
    published_at: str | None
    snippet: str
    score: float

    def to_json(self) -> dict[str, object]:
        return {k: getattr(self, k) for k in ("id", "url", "site", "title", "published_at", "snippet", "score")}


def terms_of(query: str) -> list[str]:
    """The whitespace-separated terms of a query (all must match); each needs 2+ characters."""
    terms = query.split()
    if not terms:
        raise QueryError("empty query")
    short = [t for t in terms if len(t) < 2]
    if short:
        raise QueryError(f"{short[0]!r}: search terms need at least 2 characters (1-character words match too much)")
    return terms


def search(
    db: sqlite_utils.Database,
    query: str,
    limit: int = settings.SEARCH_LIMIT,
    site: str | None = None,
    include_duplicates: bool = False,
) -> list[Hit]:
    """Articles containing every term of ``query`` in title or body, best first (BM25).

    Like `export`, one article per duplicate cluster (its representative) unless ``include_duplicates``.
    """
    terms = terms_of(query)
    sql, params = _query(terms, site, include_duplicates)
    rows = db.execute(sql, [*params, limit]).fetchall()
    return [
        Hit(i, url, s, title, when, snippet(body, terms), float(score)) for i, url, s, title, when, body, score in rows
    ]


def _query(terms: list[str], site: str | None, include_duplicates: bool) -> tuple[str, list[str]]:
    """SQL ranking ids first and reading bodies for the top hits only: a frequent word matches most of the
    corpus, and carrying every match's body through the sort was most of the time of such a query."""
    sources = [(term, _term_source(term)) for term in terms]
    indexed = [source for _, source in sources if source is not None]
    scans = [term for term, source in sources if source is None]  # e.g. "A+": matched with instr instead
    tables = [f"({sql}) t{n}" for n, (sql, _) in enumerate(indexed)]
    key = "t0.rowid" if indexed else "a.id"
    joins = [f"JOIN {table} ON t{n}.rowid = t0.rowid" for n, table in enumerate(tables[1:], 1)]
    where = ["instr(lower(coalesce(a.title, '') || char(10) || a.body), lower(?)) > 0" for _ in scans]
    where += ["a.site = ?"] if site else []
    if indexed and where:  # the articles row is read only when a condition needs it
        joins.append("JOIN articles a ON a.id = t0.rowid")
    if not include_duplicates:
        joins.append(f"LEFT JOIN article_dedup d ON d.article_id = {key} LEFT JOIN clusters c ON c.id = d.cluster_id")
        where.append(f"(c.representative_id IS NULL OR c.representative_id = {key})")
    score = " + ".join(f"t{n}.rank" for n in range(len(indexed))) or "0"
    ranked = (
        f"SELECT {key} AS id, {score} AS score FROM {tables[0] if indexed else 'articles a'} {' '.join(joins)}"
        f" WHERE {' AND '.join(where) or '1'} ORDER BY score, id LIMIT ?"
    )
    sql = (
        "SELECT a.id, a.url, a.site, a.title, a.published_at, a.body, top.score"
        f" FROM ({ranked}) top JOIN articles a ON a.id = top.id ORDER BY top.score, top.id"
    )
    return sql, [match for _, match in indexed] + scans + ([site] if site else [])


def _term_source(term: str) -> tuple[str, str] | None:
    """The index subquery and MATCH expression answering one term, or None when neither index can."""
    if len(term) >= _TRIGRAM_CHARS:
        return f"SELECT rowid, rank FROM [{TRIGRAM_TABLE}] WHERE [{TRIGRAM_TABLE}] MATCH ?", _phrase(term)
    gram = grams(term)
    if len(gram) != len(term):  # not one 2-character letter/digit run
        return None
    return f"SELECT rowid, rank FROM [{BIGRAM_TABLE}] WHERE [{BIGRAM_TABLE}] MATCH ?", _phrase(gram)


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def snippet(body: str, terms: list[str], context: int = settings.SEARCH_SNIPPET_CONTEXT) -> str:
    """A window of the body around the first match, every term in it marked."""
    flat = " ".join(body.split())
    lowered = flat.lower()  # same length as ``flat`` for CJK and ASCII, so offsets carry over
    found = [p for p in (lowered.find(t.lower()) for t in terms) if p >= 0]
    first = min(found) if found else 0
    start, end = max(0, first - context), min(len(flat), first + context)
    window = flat[start:end]
    opening, closing = settings.SEARCH_MARK
    for term in sorted(set(terms), key=len, reverse=True):
        window = _mark(window, term, opening, closing)
    return ("…" if start else "") + window + ("…" if end < len(flat) else "")


def _mark(text: str, term: str, opening: str, closing: str) -> str:
    lowered, needle = text.lower(), term.lower()
    out, at = [], 0
    while (found := lowered.find(needle, at)) >= 0:
        out += [text[at:found], opening, text[found : found + len(term)], closing]
        at = found + len(term)
    return "".join(out) + text[at:]


def index_sizes(db: sqlite_utils.Database) -> dict[str, int]:
    """Bytes on disk of each index (its shadow tables), from SQLite's dbstat table."""
    sizes = {}
    for table in (TRIGRAM_TABLE, BIGRAM_TABLE):
        try:
            row = db.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE ?", [f"{table}%"]).fetchone()
        except sqlite3.OperationalError:  # SQLite built without dbstat
            return {}
        sizes[table] = int(row[0] or 0)
    return sizes
