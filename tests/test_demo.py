"""The README's first command: the offline demo portal, crawled from its home page and exported."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newscorpus.cli import exit_codes
from newscorpus.localserver import LocalSite

from .conftest import DEMO_SITE, run_cli
from .exportcorpus import PAGES, store_pages
from .helpers import portal_routes, read_jsonl

ARTICLES = sorted(p.relative_to(DEMO_SITE).as_posix() for p in DEMO_SITE.rglob("*.html") if p.name != "index.html")
ORIGINAL, REPOST = "tech/2023/1102/300.html", "news/2023/1102/301.html"


def _paths(records: list[dict]) -> list[str]:
    return sorted(r["url"].split("/", 3)[3] for r in records)


def test_demo_crawls_the_portal_and_exports_one_article_per_story(cli, tmp_path: Path) -> None:
    result = run_cli(cli, "demo", "--site-dir", DEMO_SITE, "--out", tmp_path)
    assert result.exit_code == 0, result.output
    assert "0 failed" in result.stdout
    records = read_jsonl(tmp_path / "corpus.jsonl")
    # Every article is reached from the home page or a related list; the repost collapses into the original.
    assert _paths(records) == [p for p in ARTICLES if p != REPOST]
    assert all(r["title"] and r["body"] for r in records)
    assert f"exported {len(ARTICLES) - 1} articles to {tmp_path / 'corpus.jsonl'}" in result.stdout

    everything = tmp_path / "all.jsonl"
    run_cli(cli, "export", "--jsonl", "--include-duplicates", everything, "--db", tmp_path / "corpus.db")
    by_path = {r["url"].split("/", 3)[3]: r for r in read_jsonl(everything)}
    assert sorted(by_path) == ARTICLES
    assert by_path[ORIGINAL]["cluster_id"] == by_path[REPOST]["cluster_id"]


def test_demo_twice_starts_from_a_fresh_database(cli, tmp_path: Path) -> None:
    run_cli(cli, "demo", "--site-dir", DEMO_SITE, "--out", tmp_path)
    run_cli(cli, "demo", "--site-dir", DEMO_SITE, "--out", tmp_path)
    assert len(read_jsonl(tmp_path / "corpus.jsonl")) == len(ARTICLES) - 1


def test_demo_serves_the_bundled_portal_without_a_politeness_delay(cli, tmp_path: Path, monkeypatch) -> None:
    from newscorpus.crawl import politeness

    delays: list[float] = []
    init = politeness.HostGate.__init__

    def spy(gate: politeness.HostGate, limit: int, delay: float) -> None:
        delays.append(delay)
        init(gate, limit, delay)

    monkeypatch.setattr(politeness.HostGate, "__init__", spy)
    result = run_cli(cli, "demo", "--out", tmp_path)  # no --site-dir: the pages installed with the package
    assert result.exit_code == 0, result.output
    assert len(read_jsonl(tmp_path / "corpus.jsonl")) == len(ARTICLES) - 1
    assert delays == [0.0]  # one host, our own loopback server


def test_demo_without_its_pages_is_one_line(cli, tmp_path: Path, monkeypatch) -> None:
    import newscorpus.demo

    monkeypatch.setattr(newscorpus.demo, "files", lambda package: tmp_path / "site-packages" / package)
    result = run_cli(cli, "demo", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert result.stderr.startswith("newscorpus: error: ") and "demo portal is not installed" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def _fetched_from_loopback(cli, db: Path) -> None:
    with LocalSite(portal_routes()) as site:  # a mirror on this machine: loopback URLs, as the demo's
        assert run_cli(cli, "fetch", "--db", db, "--allow-private", "-q", site.url("/world/400.html")).exit_code == 0


@pytest.mark.parametrize("build", ["stored", "fetched"])
def test_demo_never_deletes_a_corpus_of_other_pages(cli, tmp_path: Path, build: str) -> None:
    """`demo --out` pointed at a working folder used to delete its corpus.db and any corpus.db* beside it."""
    db = tmp_path / "corpus.db"
    if build == "stored":
        store_pages(db, PAGES[:1])
    else:
        _fetched_from_loopback(cli, db)
    backup = tmp_path / "corpus.db.bak"
    backup.write_bytes(db.read_bytes())
    before = db.read_bytes()
    result = run_cli(cli, "demo", "--site-dir", DEMO_SITE, "--out", tmp_path)
    assert result.exit_code == exit_codes.USAGE
    assert result.stderr.startswith("newscorpus: error: --out: ") and len(result.stderr.splitlines()) == 1
    assert db.read_bytes() == before and backup.read_bytes() == before


def test_demo_into_a_folder_it_cannot_create_is_one_line(cli, tmp_path: Path) -> None:
    taken = tmp_path / "taken"
    taken.write_text("a file where the folder would go\n", encoding="utf-8")
    result = run_cli(cli, "demo", "--site-dir", DEMO_SITE, "--out", taken / "out")
    assert result.exit_code == exit_codes.SOME_FAILED
    assert result.stderr.startswith("newscorpus: error: ") and len(result.stderr.splitlines()) == 1
    assert "cannot create the output folder" in result.stderr


def test_demo_records_its_run_so_stats_shows_it_and_the_next_demo_still_replaces_it(cli, tmp_path: Path) -> None:
    """`stats` after `make demo` said "recent runs: none": the demo crawled without recording a run."""
    for _ in range(2):  # the second demo replaces the first one's corpus, run row and all
        assert run_cli(cli, "demo", "--site-dir", DEMO_SITE, "--out", tmp_path).exit_code == 0
    with sqlite3.connect(tmp_path / "corpus.db") as conn:
        runs = conn.execute("SELECT id, command, exit_status, ended_at FROM runs").fetchall()
        logged = {row[0] for row in conn.execute("SELECT DISTINCT run_id FROM fetch_log")}
    assert [(command, status) for _, command, status, _ in runs] == [("demo", 0)] and runs[0][3]
    assert logged == {runs[0][0]}
    shown = run_cli(cli, "stats", "--db", tmp_path / "corpus.db")
    recent = shown.stdout.split("recent runs:\n", 1)[1].splitlines()[0]
    assert "demo" in recent and "exit 0" in recent
