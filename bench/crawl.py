"""Crawler benchmark: newscorpus against Scrapy on the same generated local portal.

    python -m bench.crawl [--quick]

Each crawler runs in its own process (peak RSS from wait4 is that process's own) against the same
portal: several loopback hosts, 50 ms latency per response, the same per-host and total concurrency,
the same discovery (home -> channels -> paginated list pages -> articles) and robots.txt obeyed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.portal import Portal, build


@dataclass(frozen=True)
class Result:
    name: str
    requests: int
    seconds: float
    peak_rss_mb: float
    articles: int

    @property
    def pages_per_s(self) -> float:
        return self.requests / self.seconds


def run_measured(name: str, argv: list[str], portal: Portal, count_articles) -> Result:
    before = portal.requests
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{name} failed: {process.stderr.read().decode()[-2000:] if process.stderr else ''}")
    return Result(name, portal.requests - before, seconds, usage.ru_maxrss / 1024, count_articles())


def newscorpus_argv(portal: Portal, db: Path, per_host: int, concurrency: int) -> list[str]:
    return [
        sys.executable, "-c", "from newscorpus.cli import main; main()", "fetch", *portal.homes(),
        "--db", str(db), "--allow-private", "--delay", "0", "--per-host", str(per_host),
        "--concurrency", str(concurrency), "--quiet", "--no-progress",
    ]  # fmt: skip


def scrapy_argv(portal: Portal, out: Path, per_host: int, concurrency: int) -> list[str]:
    start = ",".join(portal.homes())
    return [sys.executable, "-m", "bench.scrapy_spider", start, str(per_host), str(concurrency), str(out)]


def count_db(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]


def count_lines(path: Path) -> int:
    return sum(1 for _ in path.open(encoding="utf-8"))


def table(results: list[Result], hosts: int, articles: int, per_host: int, concurrency: int, latency: float) -> str:
    lines = [
        f"{hosts} hosts x {articles // hosts} articles, {latency * 1000:.0f} ms per response, "
        f"per-host concurrency {per_host}, total {concurrency}; requests include robots.txt and list pages.",
        "",
        "| crawler | requests | articles stored | seconds | pages/s | peak RSS (MB) |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        lines.append(
            f"| {r.name} | {r.requests} | {r.articles} | {r.seconds:.1f} | {r.pages_per_s:.0f} | {r.peak_rss_mb:.0f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small portal, for a smoke run")
    parser.add_argument("--no-write", action="store_true", help="print the table, leave bench/README.md alone")
    args = parser.parse_args()
    hosts, channels, pages = (2, 2, 1) if args.quick else (4, 4, 3)
    per_host, concurrency, latency = 4, 16, 0.05
    routes = build(channels, pages)
    articles = hosts * sum(1 for p in routes if p.endswith(".html") and "/2024/" in p)
    portal = Portal(routes, latency, hosts)
    portal.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            db, out = Path(tmp) / "corpus.db", Path(tmp) / "scrapy.jsonl"
            ours = run_measured(
                "newscorpus", newscorpus_argv(portal, db, per_host, concurrency), portal, lambda: count_db(db)
            )
            theirs = run_measured(
                "Scrapy", scrapy_argv(portal, out, per_host, concurrency), portal, lambda: count_lines(out)
            )
    finally:
        portal.stop()
    text = table([ours, theirs], hosts, articles, per_host, concurrency, latency)
    print(text)
    print(
        json.dumps(
            {
                r.name: {"pages_per_s": round(r.pages_per_s, 1), "peak_rss_mb": round(r.peak_rss_mb, 1)}
                for r in (ours, theirs)
            }
        )
    )
    if not args.no_write and not args.quick:
        write_section(Path(__file__).with_name("README.md"), text)


def write_section(readme: Path, text: str) -> None:
    """Replace the "## Crawler" section of bench/README.md (creating it if absent), keeping the others."""
    old = readme.read_text(encoding="utf-8") if readme.exists() else "# Benchmarks\n"
    body = f"## Crawler\n\nMeasured with `python -m bench.crawl` (see its docstring for the setup).\n\n{text}\n"
    head, sep, rest = old.partition("## Crawler\n")
    if not sep:
        readme.write_text(old.rstrip("\n") + "\n\n" + body, encoding="utf-8")
        return
    following = rest.find("\n## ")
    tail = rest[following + 1 :] if following != -1 else ""
    readme.write_text(head + body + ("\n" + tail if tail else ""), encoding="utf-8")


if __name__ == "__main__":
    main()
