"""`newscorpus reparse`: today's parsers over stored raw pages, without fetching again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from newscorpus.localserver import LocalSite

from .conftest import run_cli
from .helpers import portal_routes, read_jsonl

PAGES = ["/world/400.html", "/news/200.html", "/tech/300.html"]


def test_reparse_updates_only_outdated_articles_and_reports_changes(cli, tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    with LocalSite(portal_routes()) as site:
        urls = [site.url(p) for p in PAGES]
        assert run_cli(cli, "fetch", "--db", db, "--allow-private", *urls).exit_code == 0
        served_before_reparse = sum(site.hits.values())
        # An older parser version stored a wrong body for one page.
        with sqlite3.connect(db) as conn:
            conn.execute(
                "UPDATE articles SET body = '旧版解析器的错误正文', parser_version = 0 WHERE url = ?", [urls[0]]
            )

        result = run_cli(cli, "reparse", "--db", db)
        assert result.exit_code == 0
        assert "examined 3, reparsed 1, changed 1" in result.stdout
        assert sum(site.hits.values()) == served_before_reparse  # nothing fetched again

    records = {r["url"]: r for r in _export(cli, db, tmp_path)}
    assert records[urls[0]]["body"].startswith("当地时间3日，来自十余个国家的航天机构")
    assert "examined 3, reparsed 0, changed 0" in run_cli(cli, "reparse", "--db", db).stdout
    assert "examined 3, reparsed 3, changed 0" in run_cli(cli, "reparse", "--db", db, "--force").stdout


def _export(cli, db: Path, tmp_path: Path) -> list[dict]:
    out = tmp_path / "out.jsonl"
    assert run_cli(cli, "export", "--jsonl", "--include-duplicates", out, "--db", db).exit_code == 0
    return read_jsonl(out)
