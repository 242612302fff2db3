"""The tokenizer choice behind newscorpus/search.py, measured: recall against LIKE and index size.

Each candidate indexes the same articles in its own FTS5 table; a query's recall is the share of the rows
LIKE finds that the index finds, its precision the share of the index's rows that LIKE finds.

- ``unicode61``: SQLite's default tokenizer (what ``sqlite-utils enable-fts`` makes): a run of CJK is one token.
- ``trigram``: FTS5's substring tokenizer, phrase per query (SQLite gives no rows under 3 characters).
- ``bigram-none``: ours for 2 characters, overlapping 2-character grams, ``detail=none``; longer queries
  as an AND of their grams (no positions, so no phrase).
- ``bigram-full``: the same grams with positions, any length as a phrase of grams.
- ``jieba``: words from jieba's search mode (``cut_for_search``), when jieba is installed.
"""

from __future__ import annotations

import random
import re
import sqlite3
from collections.abc import Callable

from newscorpus.search import grams

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")
Segment = Callable[[str], str]


def _jieba() -> Segment | None:
    try:
        import jieba
    except ImportError:
        return None
    jieba.setLogLevel(60)
    return lambda text: " ".join(jieba.cut_for_search(text))


def _candidates() -> dict[str, tuple[str, Segment, Callable[[str], str]]]:
    """name -> (FTS5 options, how text is written, how a query becomes a MATCH expression)."""
    phrase = lambda text: '"' + text + '"'  # noqa: E731 - table of small lambdas
    out = {
        "unicode61": ("", str, phrase),
        "trigram": ("tokenize='trigram'", str, phrase),
        "bigram-none": ("detail=none", grams, lambda q: " AND ".join(f'"{g}"' for g in grams(q).split())),
        "bigram-full": ("", grams, lambda q: phrase(grams(q))),
    }
    jieba = _jieba()
    if jieba is not None:
        out["jieba"] = ("", jieba, lambda q: phrase(jieba(q)))
    return out


def compare(articles: list[tuple[str, str]], queries_per_length: int, seed: int = 3) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, text TEXT)")
    conn.executemany("INSERT INTO articles VALUES (?, ?)", ((i, f"{t}\n{b}") for i, (t, b) in enumerate(articles, 1)))
    raw = conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name = 'articles'").fetchone()[0]
    rng = random.Random(seed)
    queries = {n: _words(articles, n, queries_per_length, rng) for n in (2, 3, 4)}
    like = {q: _ids(conn, "SELECT id FROM articles WHERE text LIKE ?", f"%{q}%") for qs in queries.values() for q in qs}
    print(f"\nTokenizers on {len(articles)} articles ({queries_per_length} queries per length; size vs the text)")
    print("| tokenizer | index MB | x text | recall 2 | recall 3 | recall 4 | precision 3 | precision 4 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, (options, segment, match) in _candidates().items():
        table = f"fts_{name.replace('-', '_')}"
        conn.execute(f"CREATE VIRTUAL TABLE {table} USING fts5(text, content='' {',' if options else ''} {options})")
        conn.executemany(
            f"INSERT INTO {table} (rowid, text) VALUES (?, ?)",
            ((i, segment(f"{t}\n{b}")) for i, (t, b) in enumerate(articles, 1)),
        )
        size = conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE ?", [f"{table}%"]).fetchone()[0]
        cells = [f"{size / 2**20:.1f}", f"{size / raw:.2f}"]
        scores = {n: _score(conn, table, match, qs, like) for n, qs in queries.items()}
        cells += [f"{scores[n][0]:.3f}" for n in (2, 3, 4)] + [f"{scores[n][1]:.3f}" for n in (3, 4)]
        print(f"| {name} | {' | '.join(cells)} |")


def _score(
    conn: sqlite3.Connection, table: str, match: Callable[[str], str], queries: list[str], like: dict
) -> tuple[float, float]:
    hit = found = expected = 0
    for query in queries:
        try:
            rows = _ids(conn, f"SELECT rowid FROM {table} WHERE {table} MATCH ?", match(query))
        except sqlite3.OperationalError:
            rows = set()
        hit, found, expected = hit + len(rows & like[query]), found + len(rows), expected + len(like[query])
    return hit / expected if expected else 1.0, hit / found if found else 1.0


def _ids(conn: sqlite3.Connection, sql: str, param: str) -> set[int]:
    return {row[0] for row in conn.execute(sql, [param])}


def _words(articles: list[tuple[str, str]], length: int, count: int, rng: random.Random) -> list[str]:
    out: list[str] = []
    while len(out) < count:
        runs = _CJK_RUN.findall(rng.choice(articles)[1])
        if not runs:
            continue
        run = rng.choice(runs)
        at = rng.randrange(len(run) - length + 1)
        out.append(run[at : at + length])
    return out
