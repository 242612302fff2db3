"""WARC ingest benchmark: records/s for the local engine and Ray with 1 and 2 workers, the per-record
cost as the corpus grows, and proof that every engine stored the same corpus (counts + checksums).

    python -m bench.warc            # 50,000 records in 8 files (several minutes per engine)
    python -m bench.warc --quick    # 2,000 records in 4 files

Results go to bench/results/warc.json and into bench/README.md under "WARC ingest".
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import platform
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.make_warc import generate
from newscorpus.store import Store
from newscorpus.warc.engines import EngineOptions
from newscorpus.warc.ingest import Engine, ingest
from newscorpus.warc.writer import IngestReport, Progress

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
README = ROOT / "bench" / "README.md"
HEADING = "## WARC ingest"
GROWTH_STEPS = 5
CLUSTER_NOTE = (
    "On a real Ray cluster: install the same `newscorpus[ray]` on every node, put the WARC files where every"
    " node sees them under the same path (shards name their file by the driver's absolute path), start the"
    " head with `ray start --head` and each worker with `ray start --address HEAD:6379`, then run"
    " `newscorpus ingest-warc --engine ray --ray-address HEAD:6379 FILES...` on the machine that holds"
    " corpus.db on a local disk (the driver is the single SQLite writer). Workers count their own CPUs.",
    "",
)  # the per-record cost is reported for each fifth of the run


@dataclass
class Run:
    name: str
    seconds: float = 0.0
    startup_s: float = 0.0
    records: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    checksum: str = ""
    clusters: str = ""
    growth_ms: list[float] = field(default_factory=list)  # ms per record, per fifth of the run

    @property
    def rate(self) -> float:
        return self.records / self.seconds if self.seconds else 0.0


def warc_set(records: int, files: int) -> list[Path]:
    """Generated once per size and reused: generation is not what is measured."""
    out = RESULTS / f"warc-{records}x{files}"
    done = out / "DONE"
    if not done.exists():
        paths = generate(out, records, files)
        done.write_text("\n".join(p.name for p in paths))
    return [out / name for name in done.read_text().split()]


def run_engine(name: str, paths: list[Path], engine: Engine, workers: int | None) -> Run:
    db = RESULTS / f"warc-{name}.db"
    for leftover in RESULTS.glob(f"warc-{name}.db*"):
        leftover.unlink()
    run = Run(name)
    if workers is not None:
        run.startup_s = _start_ray(workers)
    marks: list[tuple[int, float]] = []
    try:
        with Store(db) as store:
            started = time.perf_counter()
            result = ingest(paths, store, engine, EngineOptions(), on_progress=_recorder(marks, started))
            run.seconds = time.perf_counter() - started
    finally:
        if workers is not None:
            import ray

            ray.shutdown()
    run.records = result.report.records
    run.growth_ms = _growth(marks, run.records)
    run.counts, run.checksum, run.clusters = fingerprint(db, result.report)
    return run


def _start_ray(workers: int) -> float:
    import ray

    started = time.perf_counter()
    ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING)
    return time.perf_counter() - started


def _recorder(marks: list[tuple[int, float]], started: float) -> Progress:
    def record(report: IngestReport) -> None:
        marks.append((report.records, time.perf_counter() - started))

    return record


def _growth(marks: list[tuple[int, float]], total: int) -> list[float]:
    """Milliseconds per record within each fifth of the records, from the writer's progress marks
    (one per batch and per shard; a fifth with no mark of its own shows as 0 and prints as "–")."""
    costs, previous = [], (0, 0.0)
    for step in range(1, GROWTH_STEPS + 1):
        goal = total * step // GROWTH_STEPS
        mark = next((m for m in marks if m[0] >= goal), marks[-1] if marks else (total, 0.0))
        done = mark[0] - previous[0]
        costs.append(1000 * (mark[1] - previous[1]) / done if done > 0 else 0.0)
        previous = mark
    return costs


def fingerprint(db: Path, report: IngestReport) -> tuple[dict[str, int], str, str]:
    """Row counts, a checksum of every article in id order, and one of the dedup clusters (MinHash/LSH)."""
    conn = sqlite3.connect(db)
    try:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("pages", "articles", "related")}
        counts["skipped"] = sum(report.rejected.values())
        articles = hashlib.sha1()
        for row in conn.execute("SELECT id, url, site, title, body_sha1, page_id FROM articles ORDER BY id"):
            articles.update(repr(row).encode())
        groups = conn.execute(
            "SELECT group_concat(article_id) FROM"
            " (SELECT article_id, cluster_id FROM article_dedup ORDER BY article_id)"
            " GROUP BY cluster_id HAVING count(*) > 1 ORDER BY min(article_id)"
        ).fetchall()
        counts["dup_clusters"] = len(groups)
        clusters = hashlib.sha1(repr(groups).encode()).hexdigest()[:12]
    finally:
        conn.close()
    return counts, articles.hexdigest()[:12], clusters


def table(runs: list[Run], paths: list[Path], quick: bool) -> str:
    size_mb = sum(p.stat().st_size for p in paths) / 1e6
    same = len({(json.dumps(r.counts, sort_keys=True), r.checksum, r.clusters) for r in runs}) == 1
    lines = [
        HEADING,
        "",
        f"`python -m bench.warc{' --quick' if quick else ''}` on {platform.machine()}, {os.cpu_count()} cores"
        f" (shared with other jobs; load average at the end {os.getloadavg()[0]:.1f}):"
        f" {runs[0].records} records in {len(paths)} gzipped WARC files ({size_mb:.0f} MB) made by"
        " `bench/make_warc.py` (demo portal pages, 10% on ../shared/pages layouts, 25% of stories"
        " syndicated into other files).",
        "",
        "| engine | records/s | wall s | Ray start s | ms/record by fifth of the run (corpus growing) |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    for run in runs:
        growth = " → ".join(f"{ms:.2f}" if ms else "–" for ms in run.growth_ms)
        lines.append(f"| {run.name} | {run.rate:.0f} | {run.seconds:.1f} | {run.startup_s:.1f} | {growth} |")
    first = runs[0]
    lines += [
        "",
        f"Same corpus from every engine: **{'yes' if same else 'NO'}** — counts {json.dumps(first.counts)},"
        f" articles checksum `{first.checksum}`, duplicate-cluster checksum `{first.clusters}`"
        " (the MinHash/LSH dedup clusters, signatures computed in the workers).",
        "",
        *CLUSTER_NOTE,
    ]
    return "\n".join(lines)


def write_readme(section: str) -> None:
    text = README.read_text(encoding="utf-8") if README.exists() else "# Benchmarks\n"
    if HEADING in text:
        before, _, rest = text.partition(HEADING)
        after = rest[rest.find("\n## ") + 1 :] if "\n## " in rest else ""
        text = before + section + ("\n" + after if after else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    README.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 records instead of 50,000")
    args = parser.parse_args(argv)
    RESULTS.mkdir(parents=True, exist_ok=True)
    paths = warc_set(2_000, 4) if args.quick else warc_set(50_000, 8)
    runs = []
    for name, engine, workers in (("local", Engine.LOCAL, None), ("ray-1", Engine.RAY, 1), ("ray-2", Engine.RAY, 2)):
        runs.append(run_engine(name, paths, engine, workers))
        print(f"{name}: {runs[-1].records} records, {runs[-1].rate:.0f} records/s", flush=True)
    section = table(runs, paths, args.quick)
    (RESULTS / "warc.json").write_text(json.dumps([r.__dict__ for r in runs], indent=2))
    write_readme(section)
    print(section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
