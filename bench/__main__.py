"""``python -m bench``: run every benchmark module in this package that defines ``main``."""

from __future__ import annotations

import importlib
import pkgutil

import bench

# Not benchmarks: shared helpers, and programs the benchmarks start in subprocesses.
_HELPERS = frozenset({"metrics", "portal", "scrapy_spider", "make_warc", "splits", "__main__"})


def main() -> int:
    status = 0
    for info in sorted(pkgutil.iter_modules(bench.__path__), key=lambda m: m.name):
        if info.name in _HELPERS:
            continue
        module = importlib.import_module(f"bench.{info.name}")
        run = getattr(module, "main", None)
        if callable(run):
            print(f"## bench.{info.name}\n")
            status = max(status, run([]) or 0)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
