"""The offline demo: serve the bundled demo portal on 127.0.0.1, crawl it from its home page, export JSONL."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newscorpus.crawl.engine import Crawler
from newscorpus.crawl.options import CrawlOptions
from newscorpus.crawl.report import CrawlReport
from newscorpus.export import write_jsonl
from newscorpus.fetch import FetchOptions
from newscorpus.localserver import LocalSite, routes_from_folder
from newscorpus.scrapers.registry import Registry
from newscorpus.store import Store

HOME_PAGE = "/index.html"


@dataclass(frozen=True)
class DemoResult:
    db_path: Path
    jsonl_path: Path
    report: CrawlReport
    exported: int


def run_demo(site_dir: Path, out_dir: Path) -> DemoResult:
    """Crawl ``site_dir`` (served locally) from its home page into a fresh ``out_dir/corpus.db``, as `fetch` would."""
    out_dir.mkdir(parents=True, exist_ok=True)
    db_path, jsonl_path = out_dir / "corpus.db", out_dir / "corpus.jsonl"
    for stale in out_dir.glob("corpus.db*"):
        stale.unlink()  # the port changes each run, so old URLs would only pile up
    with LocalSite(routes_from_folder(site_dir)) as site, Store(db_path) as store:
        crawler = Crawler(store, Registry.load(), FetchOptions(allow_private=True), CrawlOptions())
        report = crawler.run([(site.url(HOME_PAGE), "auto")])
        with jsonl_path.open("w", encoding="utf-8") as out:
            exported = write_jsonl(store, out)
    return DemoResult(db_path, jsonl_path, report, exported)
