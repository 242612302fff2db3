"""Search and stats at scale: `python -m bench.search [--articles N] [--queries N] [--compare N]`.

Synthetic articles are recombined from the sentences of real article bodies (golden labels of the *tune*
split only): every body is 4-12 paragraphs of 2-6 sentences drawn at random, so words, their frequencies
and sentence boundaries are real while the corpus is as large as asked. The database is built once into
the temp directory (``newscorpus-bench-search-N.db``) and reused; it goes through the real schema, the
real trigram triggers and ``search.index_article``, not through dedup (bench/dedup_scale.py measures that).

Reported: index sizes, p50/p95 latency of ``search()`` for 2-, 3- and 4-character words taken from the
corpus, agreement with LIKE, and the time of ``stats``/``doctor``. ``--compare N`` also builds the
candidate tokenizers on N articles and reports their recall against LIKE and their size.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from bench.search_compare import compare
from bench.splits import is_held_out
from newscorpus import search
from newscorpus.doctor import diagnose
from newscorpus.stats import collect, fill_rates
from newscorpus.store import Store

GOLDEN = Path(__file__).resolve().parents[1] / "tests" / "golden"
SITES = ("163", "sina", "qq", "ifeng", "thepaper", "generic")
# Share of synthetic articles with each optional field, roughly what the site parsers fill.
FILL = {"author": 0.4, "source": 0.8, "editor": 0.6, "published_at": 0.95, "related": 0.5}
BATCH = 2000
_SENTENCE_END = re.compile(r"(?<=[。！？])")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")


def sentences(split: str = "tune") -> list[str]:
    """Sentences of one split's golden bodies: the scale run uses the tune split only; the tokenizer
    comparison is reported on both (no heuristic here is tuned on them, but the rule holds anyway)."""
    out: list[str] = []
    for path in sorted(GOLDEN.glob("*/*.json")):
        site = path.parent.name
        if site.startswith("_") or is_held_out(site) != (split == "heldout"):
            continue
        for paragraph in json.loads(path.read_text(encoding="utf-8"))["paragraphs"]:
            out += [s for s in _SENTENCE_END.split(paragraph) if len(s) >= 8]
    return sorted(set(out))


def articles(count: int, seed: int, split: str = "tune") -> Iterator[tuple[str, str]]:
    pool, rng = sentences(split), random.Random(seed)
    for _ in range(count):
        paragraphs = ["".join(rng.sample(pool, rng.randint(2, 6))) for _ in range(rng.randint(4, 12))]
        title = rng.choice(pool)[:24].rstrip("，。、")
        yield title, "\n".join(paragraphs)


def build(path: Path, count: int, seed: int = 11) -> float:
    """Fill ``path`` with ``count`` articles; returns seconds taken."""
    rng = random.Random(seed)
    start = time.perf_counter()
    with Store(path) as store:
        db = store.db
        rows = []
        for i, (title, body) in enumerate(articles(count, seed), 1):
            rows.append((i, title, body))
            if len(rows) == BATCH or i == count:
                with db.conn:
                    _insert(db, rows, rng)
                rows = []
    return time.perf_counter() - start


def _insert(db: sqlite_utils.Database, rows: list[tuple[int, str, str]], rng: random.Random) -> None:
    """Pages, articles (trigram triggers fire), related rows and the bigram index, as the store writes them."""
    for i, title, body in rows:
        day = f"2026-11-{1 + i % 28:02d}T08:00:00+08:00"
        url = f"https://synthetic.example/{i}.html"
        has = {name: rng.random() < share for name, share in FILL.items()}
        site = rng.choice(SITES)
        db.conn.execute(
            "INSERT INTO pages (id, url, status, html_zlib, encoding, fetched_at) VALUES (?, ?, 200, x'', 'utf-8', ?)",
            [i, url, day],
        )
        db.conn.execute(
            "INSERT INTO articles (id, page_id, url, site, parser, parser_version, fell_back, title, author, source,"
            " editor, published_at, body, created_at) VALUES (?, ?, ?, ?, ?, 1, 0, ?, ?, ?, ?, ?, ?, ?)",
            [
                i,
                i,
                url,
                site,
                site,
                title,
                _maybe(has, "author", "记者"),
                _maybe(has, "source", "新华社"),
                _maybe(has, "editor", "编辑"),
                _maybe(has, "published_at", day),
                body,
                day,
            ],
        )
        if has["related"]:
            db.conn.execute("INSERT INTO related (article_id, position, title) VALUES (?, 0, ?)", [i, title])
        search.index_article(db, i, title, body, old=None)


def _maybe(has: dict[str, bool], name: str, value: str) -> str | None:
    return value if has[name] else None


def words(path: Path, length: int, count: int, seed: int) -> list[str]:
    """Words as people type them: ``length`` characters cut from random places of random articles."""
    rng = random.Random(seed + length)
    with Store(path) as store:
        top = store.db.execute("SELECT max(id) FROM articles").fetchone()[0]
        out: list[str] = []
        while len(out) < count:
            body = store.db.execute("SELECT body FROM articles WHERE id = ?", [rng.randint(1, top)]).fetchone()[0]
            runs = _CJK_RUN.findall(body)
            run = rng.choice(runs) if runs else ""
            if len(run) >= length:
                at = rng.randrange(len(run) - length + 1)
                out.append(run[at : at + length])
    return out


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def latency(path: Path, queries: list[str]) -> dict[str, float]:
    """Milliseconds per ``search()`` call (top 20 hits and their snippets), warm cache."""
    times = []
    with Store(path) as store:
        search.search(store.db, queries[0])  # first touch of the index pages
        for query in queries:
            start = time.perf_counter()
            search.search(store.db, query)
            times.append((time.perf_counter() - start) * 1000)
    return {"p50": statistics.median(times), "p95": percentile(times, 0.95), "max": max(times)}


def agreement(path: Path, queries: list[str]) -> tuple[int, int, float]:
    """(queries whose hits equal LIKE's, queries checked, mean LIKE ms): LIKE scans every row."""
    same, like_ms = 0, []
    with Store(path) as store:
        for query in queries:
            start = time.perf_counter()
            rows = store.db.execute(
                "SELECT id FROM articles WHERE title LIKE ? OR body LIKE ?", [f"%{query}%", f"%{query}%"]
            ).fetchall()
            like_ms.append((time.perf_counter() - start) * 1000)
            found = {hit.id for hit in search.search(store.db, query, limit=len(rows) + 10)}
            same += found == {row[0] for row in rows}
    return same, len(queries), statistics.mean(like_ms)


def stats_time(path: Path) -> tuple[float, float]:
    """Seconds of `stats` (everything it collects) and of `doctor` (fill rates and the diagnosis)."""
    with Store(path) as store:
        start = time.perf_counter()
        collect(store.db)
        stats_s = time.perf_counter() - start
        start = time.perf_counter()
        diagnose(fill_rates(store.db))
        return stats_s, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search", description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--queries", type=int, default=200, help="queries per word length")
    parser.add_argument("--like-checks", type=int, default=10, help="queries per length checked against LIKE")
    parser.add_argument("--compare", type=int, default=0, metavar="N", help="tokenizer comparison on N articles")
    parser.add_argument("--store-cost", type=int, default=2000, metavar="N", help="write cost on N articles (0: skip)")
    args = parser.parse_args(argv)
    path = Path(tempfile.gettempdir()) / f"newscorpus-bench-search-{args.articles}.db"
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        print(f"building {args.articles} articles into {path} ...", flush=True)
        print(f"built in {build(partial, args.articles):.0f} s", flush=True)
        partial.rename(path)
    with Store(path) as store:
        sizes = search.index_sizes(store.db)
        table = store.db.execute("SELECT sum(pgsize) FROM dbstat WHERE name = 'articles'").fetchone()[0]
        chars = store.db.execute("SELECT sum(length(body)) FROM articles").fetchone()[0]
    mb = 2**20
    print(
        f"\n{args.articles} articles, {chars / args.articles:.0f} body characters each; corpus.db"
        f" {path.stat().st_size / mb:.0f} MB, articles table {table / mb:.0f} MB"
    )
    print("| index | MB | share of articles table |\n| --- | ---: | ---: |")
    for name, size in sizes.items():
        print(f"| {name} | {size / mb:.0f} | {size / table:.0%} |")
    print("\n| query | p50 ms | p95 ms | max ms | same hits as LIKE | LIKE ms (mean) |")
    print("| --- | ---: | ---: | ---: | --- | ---: |")
    for length in (2, 3, 4):
        queries = words(path, length, args.queries, seed=5)
        lat = latency(path, queries)
        same, checked, like_ms = agreement(path, queries[: args.like_checks])
        cells = [f"{lat[k]:.1f}" for k in ("p50", "p95", "max")] + [f"{same}/{checked}", f"{like_ms:.0f}"]
        print(f"| {length} characters | {' | '.join(cells)} |")
    stats_s, doctor_s = stats_time(path)
    print(f"\nstats (collect): {stats_s:.2f} s; doctor (fill rates + diagnosis): {doctor_s:.2f} s")
    if args.store_cost:
        with_index, without = store_cost(args.store_cost)
        print(
            f"\nStore.save_article, {args.store_cost} articles: {with_index:.2f} ms with the search indexes,"
            f" {without:.2f} ms without"
        )
    if args.compare:
        for split in ("tune", "heldout"):
            print(f"\n{split} split:", end="")
            compare(list(articles(args.compare, seed=11, split=split)), queries_per_length=args.like_checks * 3)
    return 0


def store_cost(count: int) -> tuple[float, float]:
    """ms per ``Store.save_article`` (dedup included) with the search indexes, and with both disabled."""
    from unittest import mock

    from newscorpus.models import Article

    def run(indexed: bool) -> float:
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "cost.db") as store:
            if not indexed:
                for trigger in ("articles_ai", "articles_au", "articles_ad"):
                    store.db.execute(f"DROP TRIGGER {trigger}")
            store.db.execute(
                "INSERT INTO pages (id, url, status, html_zlib) VALUES (1, 'https://x.example/', 200, x'')"
            )
            items = [
                Article(
                    url=f"https://x.example/{i}",
                    site="generic",
                    parser="generic",
                    parser_version=1,
                    title=title,
                    paragraphs=body.split("\n"),
                )
                for i, (title, body) in enumerate(articles(count, seed=23))
            ]
            patch = mock.patch.object(search, "index_article") if not indexed else mock.MagicMock()
            with patch:
                start = time.perf_counter()
                for item in items:
                    with store.transaction():
                        store.save_article(1, item.url, item)
                return (time.perf_counter() - start) / count * 1000

    run(True)  # warm-up: first-use costs (OpenCC, numpy, SQLite's FTS5 module) are not the index's
    times: dict[bool, list[float]] = {True: [], False: []}
    for _ in range(3):  # alternated, median: the machine is shared, one run can be unlucky
        for indexed in (True, False):
            times[indexed].append(run(indexed))
    return statistics.median(times[True]), statistics.median(times[False])


if __name__ == "__main__":
    raise SystemExit(main())
