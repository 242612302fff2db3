"""The offline demo: serve the bundled demo portal on 127.0.0.1, crawl it from its home page, export JSONL.

The portal's pages ship inside the package (``newscorpus/demo_site/``), so the demo runs after a plain
``pip install``. Its server is our own, on loopback, started for this run: it is crawled without the
politeness delay a real portal gets (that delay would be most of the demo's wall time).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from newscorpus.crawl.engine import Crawler
from newscorpus.crawl.options import CrawlOptions
from newscorpus.crawl.report import CrawlReport
from newscorpus.errors import ReadError, UsageError, WriteError
from newscorpus.export import ExportRequest, export
from newscorpus.fetch import FetchOptions
from newscorpus.localserver import LocalSite, routes_from_folder
from newscorpus.runs import FAILED, SUCCEEDED, recorded
from newscorpus.scrapers.registry import Registry
from newscorpus.store import Store

HOME_PAGE = "/index.html"
# The files a corpus at corpus.db consists of: the database, SQLite's journals, the run lock.
DB_FILES = ("", "-wal", "-shm", "-journal", ".lock")
DEMO_URLS = "http://127.0.0.1:%"
# The demo's row in `runs`: a corpus whose runs are all demos is a demo's own, which the next demo replaces.
DEMO_COMMAND = "demo"
# Our own loopback server: no other host is crawled, so no delay between requests to it.
DEMO_DELAY_S = 0.0


@dataclass(frozen=True)
class DemoResult:
    db_path: Path
    jsonl_path: Path
    report: CrawlReport
    exported: int


def bundled_site() -> Path:
    """The demo portal installed with the package; a ReadError when the installation lacks it."""
    folder = Path(str(files("newscorpus") / "demo_site"))
    if not (folder / HOME_PAGE.lstrip("/")).is_file():
        raise ReadError("the demo portal is not installed (reinstall newscorpus, or pass --site-dir)", str(folder))
    return folder


def run_demo(site_dir: Path | None, out_dir: Path) -> DemoResult:
    """Crawl ``site_dir`` (default: the bundled portal), served locally, from its home page into a fresh
    ``out_dir/corpus.db``, as `fetch` would, and export it to ``out_dir/corpus.jsonl``."""
    site_dir = site_dir or bundled_site()
    if not (site_dir / HOME_PAGE.lstrip("/")).is_file():
        raise ReadError(f"no {HOME_PAGE.lstrip('/')} here: not a demo portal folder", str(site_dir))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(f"cannot create the output folder ({exc.strerror})", str(out_dir)) from None
    db_path, jsonl_path = out_dir / "corpus.db", out_dir / "corpus.jsonl"
    _remove_previous_demo(db_path)
    with LocalSite(routes_from_folder(site_dir)) as site, Store(db_path) as store:
        crawler = Crawler(store, Registry.load(), FetchOptions(allow_private=True), CrawlOptions(delay=DEMO_DELAY_S))
        # Recorded as a fetch records its run (same id in fetch_log), so `stats` after `make demo` shows it.
        with recorded(store, DEMO_COMMAND, {"site_dir": site_dir}, crawler.report.run_id) as run:
            report = crawler.run([(site.url(HOME_PAGE), "auto")])
            run.counts = {key: value for key, value in report.to_json().items() if type(value) is int}
            run.exit_status = SUCCEEDED if report.did_its_job else FAILED
    exported = export(db_path, ExportRequest(str(jsonl_path))).rows
    return DemoResult(db_path, jsonl_path, report, exported)


def _remove_previous_demo(db_path: Path) -> None:
    """Start from a fresh database (the port changes each run, so old URLs would only pile up), but never
    delete a corpus of other pages: `--out` pointed at a working folder used to cost its corpus.db."""
    if db_path.exists() and not _holds_only_demo_pages(db_path):
        raise UsageError(
            f"{db_path} is not a demo's corpus (a command ran on it, or it holds other pages); choose another --out",
            "--out",
        )
    for suffix in DB_FILES:
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)


def _holds_only_demo_pages(db_path: Path) -> bool:
    """No command but the demo ever ran on it (fetch, ingest-warc, reparse and dedup record their runs too)
    and every page came from a loopback server, as the demo's do; anything unreadable is kept."""
    try:
        with closing(sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            ran = conn.execute("SELECT 1 FROM runs WHERE command != ? LIMIT 1", [DEMO_COMMAND]).fetchone()
            other = conn.execute("SELECT 1 FROM pages WHERE url NOT LIKE ? LIMIT 1", [DEMO_URLS]).fetchone()
    except sqlite3.Error:
        return False
    return ran is None and other is None
