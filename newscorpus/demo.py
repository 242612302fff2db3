"""The offline demo: serve the bundled demo portal on 127.0.0.1, fetch it, export JSONL."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newscorpus.export import write_jsonl
from newscorpus.fetch import Fetcher, FetchOptions
from newscorpus.localserver import LocalSite, routes_from_folder
from newscorpus.pipeline import RunReport, fetch_and_store
from newscorpus.scrapers.registry import Registry
from newscorpus.store import Store


@dataclass(frozen=True)
class DemoResult:
    db_path: Path
    jsonl_path: Path
    report: RunReport
    exported: int


def run_demo(site_dir: Path, out_dir: Path) -> DemoResult:
    """Fetch every path listed in ``site_dir/urls.txt`` into a fresh ``out_dir/corpus.db``."""
    paths = [line.strip() for line in (site_dir / "urls.txt").read_text().splitlines() if line.strip()]
    out_dir.mkdir(parents=True, exist_ok=True)
    db_path, jsonl_path = out_dir / "corpus.db", out_dir / "corpus.jsonl"
    for stale in out_dir.glob("corpus.db*"):
        stale.unlink()  # the port changes each run, so old URLs would only pile up
    with (
        LocalSite(routes_from_folder(site_dir)) as site,
        Store(db_path) as store,
        Fetcher(FetchOptions(allow_private=True)) as fetcher,
    ):
        report = fetch_and_store([site.url(p) for p in paths], store, fetcher, Registry.load())
        with jsonl_path.open("w", encoding="utf-8") as out:
            exported = write_jsonl(store, out)
    return DemoResult(db_path, jsonl_path, report, exported)
