"""The README's first command: the offline demo portal, fetched and exported."""

from __future__ import annotations

from pathlib import Path

from .conftest import DEMO_SITE, run_cli
from .helpers import read_jsonl


def test_demo_fetches_every_listed_article_and_exports_them(cli, tmp_path: Path) -> None:
    result = run_cli(cli, "demo", "--site-dir", DEMO_SITE, "--out", tmp_path)
    assert result.exit_code == 0, result.output
    listed = [line for line in (DEMO_SITE / "urls.txt").read_text().splitlines() if line.strip()]
    records = read_jsonl(tmp_path / "corpus.jsonl")
    assert sorted(r["url"].split("/", 3)[3] for r in records) == sorted(p.lstrip("/") for p in listed)
    assert all(r["title"] and r["body"] for r in records)
    assert f"exported {len(listed)} articles to {tmp_path / 'corpus.jsonl'}" in result.stdout


def test_demo_twice_starts_from_a_fresh_database(cli, tmp_path: Path) -> None:
    run_cli(cli, "demo", "--site-dir", DEMO_SITE, "--out", tmp_path)
    run_cli(cli, "demo", "--site-dir", DEMO_SITE, "--out", tmp_path)
    assert len(read_jsonl(tmp_path / "corpus.jsonl")) == 4
