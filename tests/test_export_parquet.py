"""`export --parquet DIR --shard-rows N`: the JSONL records, sharded, readable by any Parquet reader."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from .conftest import run_cli
from .helpers import read_jsonl

pq = pytest.importorskip("pyarrow.parquet")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, warc_set: list[Path]) -> Path:
    db = tmp_path_factory.mktemp("corpus") / "c.db"
    assert run_cli(CliRunner(), "ingest-warc", *warc_set, "--db", db, "-q").exit_code == 0
    return db


def test_parquet_shards_hold_exactly_the_jsonl_records(cli: CliRunner, tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "parquet"
    result = run_cli(cli, "export", "--db", corpus, "--parquet", out, "--shard-rows", "40")
    assert result.exit_code == 0, result.output
    run_cli(cli, "export", tmp_path / "c.jsonl", "--db", corpus, "--jsonl")
    expected = read_jsonl(tmp_path / "c.jsonl")
    shards = sorted(out.glob("*.parquet"))
    assert len(shards) == -(-len(expected) // 40)
    assert all(pq.read_metadata(s).num_rows <= 40 for s in shards)
    assert pq.read_table(out).to_pylist() == expected


def test_a_new_export_replaces_old_shards(cli: CliRunner, tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "parquet"
    run_cli(cli, "export", "--db", corpus, "--parquet", out, "--shard-rows", "10")
    run_cli(cli, "export", "--db", corpus, "--parquet", out, "--shard-rows", "1000")
    assert [p.name for p in out.iterdir()] == ["part-00000.parquet"]


def test_without_pyarrow_the_error_is_one_line_and_exit_2(
    cli: CliRunner, tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    result = run_cli(cli, "export", "--db", corpus, "--parquet", tmp_path / "out")
    assert result.exit_code == 2
    assert result.stderr.strip() == "newscorpus: error: Parquet export needs pyarrow: pip install 'newscorpus[parquet]'"


def test_one_format_must_be_chosen(cli: CliRunner, tmp_path: Path, corpus: Path) -> None:
    both = run_cli(cli, "export", "--db", corpus, "--jsonl", "--parquet", tmp_path / "out")
    assert both.exit_code == 2 and "--jsonl or --parquet" in both.stderr
