"""Crawler benchmark: newscorpus against Scrapy on the same generated local portal.

    python -m bench.crawl [--quick] [--rounds N]

Each crawler runs in its own process (peak RSS from wait4 is that process's own) against the same
portal: several loopback hosts, 50 ms latency per response, the same per-host and total concurrency,
the same discovery (home -> channels -> paginated list pages -> articles) and robots.txt obeyed.
Each side runs ``--rounds`` times, alternating which goes first so a change in machine load hits both;
the table gives each side's median and best run, and its CPU time (user + system), which moves less
with load than the wall clock.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from bench.portal import Portal, build


@dataclass(frozen=True)
class Result:
    name: str
    requests: int
    seconds: float
    cpu_seconds: float
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
    cpu = usage.ru_utime + usage.ru_stime
    return Result(name, portal.requests - before, seconds, cpu, usage.ru_maxrss / 1024, count_articles())


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


def table(
    runs: dict[str, list[Result]], hosts: int, articles: int, per_host: int, concurrency: int, latency: float
) -> str:
    rounds = min(len(results) for results in runs.values())
    lines = [
        f"{hosts} hosts x {articles // hosts} articles, {latency * 1000:.0f} ms per response, "
        f"per-host concurrency {per_host}, total {concurrency}; requests include robots.txt and list pages; "
        f"{rounds} runs per crawler, alternating which goes first.",
        "",
        "| crawler | run | requests | articles stored | seconds | pages/s | CPU s | peak RSS (MB) |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for results in runs.values():
        by_speed = sorted(results, key=lambda r: r.pages_per_s)
        for label, r in (("median", by_speed[(len(by_speed) - 1) // 2]), ("best", by_speed[-1])):
            lines.append(
                f"| {r.name} | {label} | {r.requests} | {r.articles} | {r.seconds:.1f} | {r.pages_per_s:.0f} "
                f"| {r.cpu_seconds:.1f} | {r.peak_rss_mb:.0f} |"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small portal, for a smoke run")
    parser.add_argument("--rounds", type=int, default=3, help="runs per crawler (median and best reported)")
    parser.add_argument("--no-write", action="store_true", help="print the table, leave bench/README.md alone")
    args = parser.parse_args(argv)
    hosts, channels, pages = (2, 2, 1) if args.quick else (4, 4, 3)
    per_host, concurrency, latency = 4, 16, 0.05
    routes = build(channels, pages)
    articles = hosts * sum(1 for p in routes if p.endswith(".html") and "/2024/" in p)
    portal = Portal(routes, latency, hosts)
    portal.start()
    try:
        runs = run_rounds(portal, args.rounds, per_host, concurrency)
    finally:
        portal.stop()
    text = table(runs, hosts, articles, per_host, concurrency, latency)
    print(text)
    medians = {name: statistics.median(r.pages_per_s for r in results) for name, results in runs.items()}
    print(json.dumps({"median_pages_per_s": {name: round(v, 1) for name, v in medians.items()}}))
    if not args.no_write and not args.quick:
        write_section(Path(__file__).with_name("README.md"), text)
    return 0


def run_rounds(portal: Portal, rounds: int, per_host: int, concurrency: int) -> dict[str, list[Result]]:
    runs: dict[str, list[Result]] = {"newscorpus": [], "Scrapy": []}
    for i in range(rounds):
        with tempfile.TemporaryDirectory() as tmp:
            db, out = Path(tmp) / "corpus.db", Path(tmp) / "scrapy.jsonl"
            sides = [
                ("newscorpus", newscorpus_argv(portal, db, per_host, concurrency), partial(count_db, db)),
                ("Scrapy", scrapy_argv(portal, out, per_host, concurrency), partial(count_lines, out)),
            ]
            for name, argv, count in sides if i % 2 == 0 else sides[::-1]:
                runs[name].append(run_measured(name, argv, portal, count))
    return runs


def write_section(readme: Path, text: str) -> None:
    """Put the new setup line and table at the top of the "## Crawler" section of bench/README.md.

    The prose and history that follow the first table are kept: they are written by hand.
    """
    old = readme.read_text(encoding="utf-8") if readme.exists() else "# Benchmarks\n"
    head, sep, rest = old.partition("## Crawler\n")
    if not sep:
        body = f"## Crawler\n\nMeasured with `python -m bench.crawl` (see its docstring for the setup).\n\n{text}\n"
        readme.write_text(old.rstrip("\n") + "\n\n" + body, encoding="utf-8")
        return
    following = rest.find("\n## ")
    section, tail = (rest[:following], rest[following:]) if following != -1 else (rest, "")
    lines = section.split("\n")
    first_row = next((i for i, line in enumerate(lines) if line.startswith("|")), len(lines))
    table_end = next((i for i in range(first_row, len(lines)) if not lines[i].startswith("|")), len(lines))
    intro = "\nMeasured with `python -m bench.crawl` (see its docstring for the setup).\n"
    kept = "\n".join(lines[table_end:])
    readme.write_text(head + sep + intro + "\n" + text + "\n" + kept + tail, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
