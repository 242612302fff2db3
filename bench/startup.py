"""Start-up time of the commands people type most: `newscorpus --help` and `newscorpus sites`.

``python -m bench.startup [--runs N] [--budget-ms MS]``: each command is run N times as a fresh process
(the installed console script, as a user or cron starts it), interleaved with ``python -c pass`` (the
interpreter's own floor) so a busy machine slows both alike; the medians are reported. Exits 1 when a
command's median is over the budget (issue 15: 150 ms).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

DEFAULT_RUNS = 21
BUDGET_MS = 150.0


def _newscorpus() -> list[str]:
    """The console script installed next to this interpreter, else the same entry point via -c."""
    script = Path(sys.executable).parent / "newscorpus"
    found = str(script) if script.is_file() else shutil.which("newscorpus")
    return [found] if found else [sys.executable, "-c", "from newscorpus.cli import main; main()"]


@dataclass(frozen=True)
class Sample:
    wall_ms: float
    cpu_ms: float  # user + system of the child: what a loaded machine inflates least


def _run(argv: list[str]) -> Sample:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=60)
    wall = (time.perf_counter() - started) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return Sample(wall, cpu)


def measure(runs: int) -> dict[str, Sample]:
    """Median wall and CPU milliseconds of each command over ``runs`` interleaved rounds."""
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "newscorpus --help": [*_newscorpus(), "--help"],
        "newscorpus sites": [*_newscorpus(), "sites"],
    }
    for argv in commands.values():
        _run(argv)  # warm the OS page cache and .pyc files: a user's second run, not a cold disk
    samples: dict[str, list[Sample]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, argv in commands.items():
            samples[name].append(_run(argv))
    return {
        name: Sample(statistics.median(s.wall_ms for s in got), statistics.median(s.cpu_ms for s in got))
        for name, got in samples.items()
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.startup", description=__doc__)
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS)
    parser.add_argument("--budget-ms", type=float, default=BUDGET_MS)
    args = parser.parse_args(argv)
    medians = measure(args.runs)
    floor = medians["python -c pass"]
    print(f"median of {args.runs} runs each, fresh processes; budget {args.budget_ms:.0f} ms wall\n")
    print("| command | wall ms | CPU ms | wall over `python -c pass` ms | within budget |")
    print("|---|---:|---:|---:|---|")
    over = False
    for name, got in medians.items():
        ok = name.startswith("python") or got.wall_ms <= args.budget_ms
        over = over or not ok
        extra = got.wall_ms - floor.wall_ms
        print(f"| `{name}` | {got.wall_ms:.0f} | {got.cpu_ms:.0f} | {extra:.0f} | {'yes' if ok else 'NO'} |")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
