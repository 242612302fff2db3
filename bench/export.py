"""Export throughput: `newscorpus export` (JSONL and CSV, with each article's related list) against
`sqlite3 -json` dumping the same article columns of the same table, on a synthetic corpus.

``python -m bench.export [--articles N] [--rounds R]``: N articles (bodies 300-1500 characters of the
demo portal's text, 3 related items each, every article its own cluster) are written straight into a
fresh corpus.db; each exporter then runs R times as a fresh process writing to a file, and the median
wall time gives rows/s. `sqlite3 -json` reads one table row per article and no related rows, so it is
the floor of what reading the rows out of SQLite costs, not the same output.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newscorpus.record import SCALARS
from newscorpus.store import Store

DEFAULT_ARTICLES = 50_000
DEFAULT_ROUNDS = 3
RELATED_PER_ARTICLE = 3
CHUNK = 5000


def _vocabulary() -> str:
    from selectolax.lexbor import LexborHTMLParser

    from newscorpus.decode import decode_html

    site = Path(__file__).resolve().parents[1] / "newscorpus" / "demo_site"
    texts = [LexborHTMLParser(decode_html(p.read_bytes()).text).text() for p in sorted(site.rglob("*.html"))]
    return "".join("".join(texts).split())


def fill(db: Path, count: int, seed: int = 5) -> None:
    """Pages, articles, related items and singleton clusters inserted directly, in chunks."""
    text = _vocabulary()
    rng = random.Random(seed)
    with Store(db) as store, store.db.conn as conn:
        for start in range(1, count + 1, CHUNK):
            ids = range(start, min(start + CHUNK, count + 1))
            bodies = {i: _body(text, rng) for i in ids}
            conn.executemany(
                "INSERT INTO pages (id, url, status, html_zlib, encoding, fetched_at)"
                " VALUES (?, ?, 200, x'', 'utf-8', ?)",
                [(i, _url(i), f"2024-03-{1 + i % 28:02d}T10:00:00+00:00") for i in ids],
            )
            conn.executemany(
                "INSERT INTO articles (id, page_id, url, site, parser, parser_version, title, source,"
                " published_at, body) VALUES (?, ?, ?, 'generic', 'generic', 1, ?, '新华社', ?, ?)",
                [(i, i, _url(i), bodies[i][:20], f"2024-03-{1 + i % 28:02d}T08:00:00+08:00", bodies[i]) for i in ids],
            )
            conn.executemany(
                "INSERT INTO related (article_id, position, title, url, snippet) VALUES (?, ?, ?, ?, NULL)",
                [
                    (i, n, bodies[i][n * 10 : n * 10 + 16], _url(i + n + 1))
                    for i in ids
                    for n in range(RELATED_PER_ARTICLE)
                ],
            )
            conn.executemany(
                "INSERT INTO clusters (id, representative_id, size) VALUES (?, ?, 1)", [(i, i) for i in ids]
            )
            conn.executemany(
                "INSERT INTO article_dedup (article_id, canonical_url, body_hash, signature, cluster_id)"
                " VALUES (?, ?, '', x'', ?)",
                [(i, _url(i), i) for i in ids],
            )


def _url(i: int) -> str:
    return f"https://news.synthetic.invalid/2024/{i}.html"


def _body(text: str, rng: random.Random) -> str:
    size = rng.randint(300, 1500)
    start = rng.randrange(len(text) - size)
    return "\n".join(text[p : p + 100] for p in range(start, start + size, 100))


def _timed(argv: list[str], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=3600)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _sqlite_json(db: Path, out: Path) -> list[str] | None:
    cli = shutil.which("sqlite3")
    if cli is None:
        return None
    columns = ", ".join(f.column for f in SCALARS if f.column)
    sql = (
        f"SELECT {columns} FROM articles a JOIN pages p ON p.id = a.page_id"
        " LEFT JOIN article_dedup d ON d.article_id = a.id ORDER BY a.id"
    )
    return ["sh", "-c", f'{cli} -json "{db}" "{sql}" > "{out}"']


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.export", description=__doc__)
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    parser.add_argument("--rounds", type=int, default=DEFAULT_ROUNDS)
    args = parser.parse_args(argv)
    newscorpus = [sys.executable, "-c", "from newscorpus.cli import main; main()"]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "corpus.db"
        fill(db, args.articles)
        size_mb = db.stat().st_size / 2**20
        runs = {
            "`newscorpus export out.jsonl`": [*newscorpus, "export", "--db", str(db), str(Path(tmp) / "o.jsonl")],
            "`newscorpus export out.csv`": [*newscorpus, "export", "--db", str(db), str(Path(tmp) / "o.csv")],
        }
        baseline = _sqlite_json(db, Path(tmp) / "o.json")
        if baseline is not None:
            runs["`sqlite3 -json` (article columns, no related)"] = baseline
        print(f"{args.articles:,} articles ({RELATED_PER_ARTICLE} related each), corpus.db {size_mb:.0f} MB;")
        print(f"median of {args.rounds} runs, fresh process, wall clock\n")
        print("| exporter | s | rows/s |")
        print("|---|---:|---:|")
        for name, command in runs.items():
            seconds = _timed(command, args.rounds)
            print(f"| {name} | {seconds:.2f} | {args.articles / seconds:,.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
