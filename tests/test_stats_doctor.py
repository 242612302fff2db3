"""`stats`, `doctor` and the runs table on corpus.db files built by crawling local portals.

Two portals share one database: one parsed by a site rule made for it ("portal_a", host ``localhost``),
one by the generic extractor (``127.0.0.1``). Portal A then changes its template: new articles carry
their 来源 under a renamed class, so the rule's source selector stops matching, as real portals do.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newscorpus import settings
from newscorpus.crawl.engine import Crawler
from newscorpus.crawl.options import CrawlOptions
from newscorpus.fetch import FetchOptions
from newscorpus.localserver import LocalSite, Route
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.rule import SiteRule
from newscorpus.store import Store

from .conftest import run_cli
from .crawlportal import SENTENCE, list_html
from .helpers import portal_routes

RULE = SiteRule(
    name="portal_a",
    hosts=("localhost",),
    version=1,
    title=("h1",),
    source=(".source",),
    author=(".author",),
    body=(".article-content", ".content-v2"),  # the current template first, then the new one
    list_links=(".list a",),
)
FAST = FetchOptions(allow_private=True, attempts=1, read_timeout=5.0)


def _article(n: int, source_class: str, body_class: str) -> bytes:
    body = "".join(f"<p>{SENTENCE}第{n}篇第{i}段。</p>" for i in range(3))
    return (
        f'<html><head><meta charset="utf-8"><title>示范新闻第{n}篇</title></head><body><div class="article">'
        f'<h1>示范新闻第{n}篇的标题</h1><div class="info"><span class="{source_class}">示范日报</span>'
        f'<span class="author">记者张{n}</span></div><div class="{body_class}">{body}</div></div></body></html>'
    ).encode()


def _portal(first: int, count: int, source_class: str, body_class: str = "article-content") -> dict[str, Route]:
    paths = [f"/news/2024/0315/{n}.html" for n in range(first, first + count)]
    routes = {p: Route(_article(first + i, source_class, body_class)) for i, p in enumerate(paths)}
    routes["/"] = Route(list_html("首页", [(p, f"示范新闻第{first + i}篇的完整标题") for i, p in enumerate(paths)]))
    return routes


def _crawl(db: Path, base: str, routes: dict[str, Route]) -> None:
    with LocalSite(routes) as site, Store(db) as store:
        registry = Registry((*Registry.load().rules, RULE))
        entry = site.base_url.replace("127.0.0.1", base) + "/"
        Crawler(store, registry, FAST, CrawlOptions(delay=0.0)).run([(entry, "auto")])


@pytest.fixture
def small_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "STATS_RECENT_PAGES", 10)
    monkeypatch.setattr(settings, "STATS_HISTORY_PAGES", 100)
    monkeypatch.setattr(settings, "DOCTOR_MIN_PAGES", 8)


@pytest.fixture
def drifted(tmp_path: Path) -> Path:
    """30 pages of portal A's old template, 30 generic pages, then 12 of portal A's new template."""
    db = tmp_path / "corpus.db"
    _crawl(db, "localhost", _portal(1, 30, "source"))
    _crawl(db, "127.0.0.1", _portal(100, 30, "source"))
    _crawl(db, "localhost", _portal(200, 12, "src-name", "content-v2"))
    return db


def test_doctor_names_the_rule_and_field_that_drifted(cli, drifted: Path, small_windows: None) -> None:
    result = run_cli(cli, "doctor", "--db", drifted)
    assert result.exit_code == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("portal_a: source filled on 0% of the last 10 pages")
    # Per template: which body selector the recent pages were parsed with, against the history's.
    assert (
        "templates now portal_a:.content-v2 10; before portal_a:.article-content 30, portal_a:.content-v2 2" in lines[0]
    )
    report = json.loads(run_cli(cli, "doctor", "--db", drifted, "--json").stdout)
    assert [(d["rule"], d["field"]) for d in report["drifts"]] == [("portal_a", "source")]
    # History: the 30 old-template pages and the 2 new ones older than the recent 10.
    assert report["drifts"][0]["history_rate"] == round(30 / 32, 3)


def test_doctor_is_ok_before_the_template_change(cli, tmp_path: Path, small_windows: None) -> None:
    db = tmp_path / "corpus.db"
    _crawl(db, "localhost", _portal(1, 30, "source"))
    _crawl(db, "localhost", _portal(200, 12, "source"))
    result = run_cli(cli, "doctor", "--db", db)
    assert result.exit_code == 0
    assert result.stdout.startswith("ok: 1 of 1 site rules checked")


def test_doctor_fires_when_recent_articles_are_overwritten_with_empty_fields(
    cli, tmp_path: Path, small_windows: None
) -> None:
    db = tmp_path / "corpus.db"
    _crawl(db, "localhost", _portal(1, 40, "source"))
    _crawl(db, "127.0.0.1", _portal(100, 40, "source"))
    assert run_cli(cli, "doctor", "--db", db).exit_code == 0
    with sqlite3.connect(db) as conn:  # the latest pages of one site lose their author
        conn.execute(
            "UPDATE articles SET author = NULL WHERE id IN"
            " (SELECT id FROM articles WHERE site = 'generic' ORDER BY id DESC LIMIT 10)"
        )
    result = run_cli(cli, "doctor", "--db", db)
    assert result.exit_code == 1
    assert result.stdout.startswith("generic: author filled on 0% of the last 10 pages, 100% of the 30 before")


def test_stats_counts_sites_fill_rates_failures_and_duplicates(cli, drifted: Path, small_windows: None) -> None:
    result = run_cli(cli, "stats", "--db", drifted, "--json")
    assert result.exit_code == 0
    stats = json.loads(result.stdout)
    per_site: dict[str, int] = {}
    for row in stats["per_site_day"]:
        per_site[row["site"]] = per_site.get(row["site"], 0) + row["articles"]
    assert per_site == {"portal_a": 42, "generic": 30}
    fill = {rule["rule"]: rule for rule in stats["fill"]}
    assert fill["portal_a"]["recent"]["fill_rate"]["source"] == 0.0
    assert fill["portal_a"]["history"]["fill_rate"]["source"] == round(30 / 32, 3)
    assert fill["portal_a"]["recent"]["fill_rate"]["author"] == 1.0
    assert fill["generic"]["recent"]["pages"] == 10 and fill["generic"]["history"]["pages"] == 20
    text = run_cli(cli, "stats", "--db", drifted).stdout
    assert "72 articles" in text and "portal_a" in text


def test_runs_failures_and_duplicates_from_cli_fetches(cli, tmp_path: Path) -> None:
    """Two fetch runs of the demo portal pages: one 404 and one non-HTML answer, a syndicated repost."""
    db = tmp_path / "corpus.db"
    with LocalSite(portal_routes()) as site:
        urls = [site.url(p) for p in ("/world/400.html", "/news/200.html", "/missing.html", "/data.json")]
        first = run_cli(cli, "fetch", "--db", db, "--allow-private", "-q", "--json-summary", *urls)
        second = run_cli(cli, "fetch", "--db", db, "--allow-private", "-q", site.url("/tech/300.html"))
    assert (first.exit_code, second.exit_code) == (1, 0)
    run_id = json.loads(first.stdout.splitlines()[-1])["run_id"]
    with sqlite3.connect(db) as conn:
        runs = conn.execute(
            "SELECT id, command, exit_status, ended_at, counts FROM runs ORDER BY started_at"
        ).fetchall()
        logged = {row[0] for row in conn.execute("SELECT DISTINCT run_id FROM fetch_log")}
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert [(r[1], r[2]) for r in runs] == [("fetch", 1), ("fetch", 0)]
    assert runs[0][0] == run_id and all(r[3] for r in runs)
    assert json.loads(runs[0][4])["new"] == 2
    assert logged == {r[0] for r in runs}  # every fetch_log row points at its run
    stats = json.loads(run_cli(cli, "stats", "--db", db, "--json").stdout)
    assert stats["failures"] == {"HTTP 404": 1, "not an HTML page": 1}
    exported = run_cli(cli, "export", "--jsonl", "-", "--db", db).stdout.splitlines()
    assert stats["duplicates_dropped"] == articles - len(exported)
    assert [r["command"] for r in stats["runs"]] == ["fetch", "fetch"]


def test_read_only_commands_refuse_a_missing_database(cli, tmp_path: Path) -> None:
    for command in ("stats", "doctor", "search"):
        args = [command, "--db", tmp_path / "nope.db"] + (["龙湖"] if command == "search" else [])
        assert run_cli(cli, *args).exit_code == 3
    assert not (tmp_path / "nope.db").exists()


def test_every_writing_command_records_its_run(cli, tmp_path: Path, warc_set: list[Path]) -> None:
    db = tmp_path / "corpus.db"
    assert run_cli(cli, "ingest-warc", "--db", db, "-q", *warc_set).exit_code == 0
    assert run_cli(cli, "reparse", "--db", db, "--force").exit_code == 0
    assert run_cli(cli, "dedup", "--db", db).exit_code == 0
    with sqlite3.connect(db) as conn:
        runs = conn.execute("SELECT command, exit_status, args, counts FROM runs ORDER BY started_at, rowid").fetchall()
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert [(r[0], r[1]) for r in runs] == [("ingest-warc", 0), ("reparse", 0), ("dedup", 0)]
    ingest, reparse, dedup = (json.loads(r[3]) for r in runs)
    assert ingest["new"] == articles and ingest["records"] >= articles
    assert reparse["examined"] == articles and dedup["articles"] == articles
    assert json.loads(runs[1][2]) == {"force": True, "site": None}


def test_a_run_that_fails_records_its_exit_status(tmp_path: Path) -> None:
    from newscorpus.runs import recorded

    with Store(tmp_path / "corpus.db") as store:
        with pytest.raises(RuntimeError), recorded(store, "fetch", {"x": 1}):
            raise RuntimeError("boom")
        row = store.db.execute("SELECT command, exit_status, ended_at FROM runs").fetchone()
    assert row[0] == "fetch" and row[1] == 1 and row[2]
