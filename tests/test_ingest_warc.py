"""`newscorpus ingest-warc` end to end: stored like fetch, resumable per file, same rows on every engine."""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newscorpus.store import Store
from newscorpus.warc import shards
from newscorpus.warc.reader import iter_records, record_offsets
from newscorpus.warc.records import process as real_process
from newscorpus.warc.shards import plan_shards

from .conftest import run_cli
from .warc_helpers import article, rows, write_warc

PAGES = "SELECT * FROM pages ORDER BY id"
ARTICLES = "SELECT * FROM articles ORDER BY id"
RELATED = "SELECT * FROM related ORDER BY article_id, position"
FILES = "SELECT sha1, path, size, records, stored, rejected FROM warc_files ORDER BY sha1"
DEDUP = "SELECT article_id, canonical_url, body_hash, signature, cluster_id FROM article_dedup ORDER BY article_id"
CLUSTERS = "SELECT id, representative_id, size FROM clusters ORDER BY id"


def ingest(cli: CliRunner, db: Path, paths: list[Path], *options: str):
    return run_cli(cli, "ingest-warc", *paths, "--db", db, *options)


def test_pages_are_stored_with_their_origin_and_raw_payload(
    cli: CliRunner, tmp_path: Path, warc_set: list[Path]
) -> None:
    result = ingest(cli, tmp_path / "c.db", warc_set)
    assert result.exit_code == 0, result.output
    assert "3 files (0 already done)" in result.stdout and "not-response" in result.stdout
    with Store(tmp_path / "c.db") as store:
        pages = {p.url: p for p in store.iter_pages()}
        origin = store.db.execute("SELECT url, warc_file, warc_offset FROM pages ORDER BY id DESC LIMIT 1").fetchone()
        assert store.count("articles") == len(pages) > 100
    url, warc_file, offset = origin
    again = next(iter_records(Path(warc_file), start=offset))
    assert again.target_uri == url and again.payload == pages[url].html


def test_a_rerun_skips_completed_files(cli: CliRunner, tmp_path: Path, warc_set: list[Path]) -> None:
    db = tmp_path / "c.db"
    ingest(cli, db, warc_set[:1])
    result = ingest(cli, db, warc_set)
    assert result.exit_code == 0
    assert "in 2 files (1 already done)" in result.stdout


class Killed(Exception):
    """Stands for the process dying mid-file (Click would turn a KeyboardInterrupt into an exit code)."""


def test_a_killed_ingest_resumes_at_the_unfinished_file(
    cli: CliRunner, tmp_path: Path, warc_set: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    killed_at = str(warc_set[1].resolve())

    def dies_in_second_file(record, warc_file, *args):  # type: ignore[no-untyped-def]
        if warc_file == killed_at and record.offset > 0:
            raise Killed
        return real_process(record, warc_file, *args)

    monkeypatch.setattr(shards, "process", dies_in_second_file)
    with pytest.raises(Killed):
        ingest(cli, tmp_path / "resumed.db", warc_set)
    monkeypatch.undo()
    resumed = ingest(cli, tmp_path / "resumed.db", warc_set)
    assert "in 2 files (1 already done)" in resumed.stdout
    ingest(cli, tmp_path / "straight.db", warc_set)
    for sql in (ARTICLES, RELATED, FILES):
        assert rows(tmp_path / "resumed.db", sql) == rows(tmp_path / "straight.db", sql)


def test_unreadable_files_fail_with_exit_1_and_the_others_are_stored(cli: CliRunner, tmp_path: Path) -> None:
    good = write_warc(tmp_path / "good.warc.gz", [article("/world/2023/1103/400.html", "https://a.cn/1.html", 1)])
    result = ingest(cli, tmp_path / "c.db", [tmp_path / "missing.warc.gz", good])
    assert result.exit_code == 1
    assert "missing.warc.gz" in result.stderr and "1 new" in result.stdout


def test_ray_engine_without_ray_installed_is_one_line_and_exit_2(
    cli: CliRunner, tmp_path: Path, warc_set: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)
    result = ingest(cli, tmp_path / "c.db", warc_set, "--engine", "ray")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "newscorpus: error: the ray engine needs Ray: pip install 'newscorpus[ray]'"
    ]


def cut_member(source: Path, out: Path, number: int, fraction: float) -> Path:
    """A copy of ``source`` whose record ``number`` is cut at ``fraction`` of its member, records after it intact."""
    data, offsets = source.read_bytes(), record_offsets(source)
    start, end = offsets[number], offsets[number + 1]
    out.write_bytes(data[: start + int((end - start) * fraction)] + data[end:])
    return out


@pytest.mark.parametrize("fraction", [0.2, 0.5, 0.8])
def test_shards_of_a_damaged_file_read_what_the_whole_file_reads(
    tmp_path: Path, warc_set: list[Path], fraction: float
) -> None:
    """A cut member's inflater runs on into the next member's bytes; where that garbage ends depends on
    where reading began, so the Ray engine's shards once saw other records than a whole-file read."""
    damaged = cut_member(warc_set[0], tmp_path / "damaged.warc.gz", 10, fraction)
    whole = [(type(item).__name__, item.offset) for item in iter_records(damaged)]
    assert ("Rejected", record_offsets(warc_set[0])[10]) in whole
    for per_shard in (1, 4, 9):
        planned = plan_shards(0, damaged, record_offsets(damaged), per_shard)
        sharded = [(type(i).__name__, i.offset) for s in planned for i in iter_records(damaged, s.start, s.end)]
        assert sharded == whole


def test_local_and_ray_engines_store_identical_rows(
    cli: CliRunner, tmp_path: Path, warc_set: list[Path], ray_cluster: None
) -> None:
    files = [*warc_set, cut_member(warc_set[0], tmp_path / "damaged.warc.gz", 10, 0.5)]
    local = ingest(cli, tmp_path / "local.db", files, "--engine", "local")
    # Small shards: many tasks finishing out of order on 2 workers, written back in order.
    distributed = ingest(cli, tmp_path / "ray.db", files, "--engine", "ray", "--shard-records", "9")
    assert local.exit_code == distributed.exit_code == 0
    assert "truncated" in local.stdout or "corrupt" in local.stdout
    assert local.stdout.split(";")[:2] == distributed.stdout.split(";")[:2]
    for sql in (PAGES, ARTICLES, RELATED, FILES, DEDUP, CLUSTERS):
        expected = rows(tmp_path / "local.db", sql)
        assert expected and rows(tmp_path / "ray.db", sql) == expected
    # The set spreads syndicated copies over different files: clusters must span shards and files.
    assert any(cluster["size"] > 1 for cluster in rows(tmp_path / "ray.db", CLUSTERS))


@pytest.mark.parametrize(
    "content",
    [b"", b"meeting notes\nnothing archived here\n", gzip.compress(b"<html>a saved page</html>\n")],
    ids=["empty", "text", "gzipped page"],
)
def test_a_file_that_is_not_an_archive_fails_and_is_never_marked_done(
    cli: CliRunner, tmp_path: Path, content: bytes
) -> None:
    """notes.txt, an empty file or a gzipped page was read as one corrupt record, exit 0, and marked done by
    its SHA-1: every empty file after it counted as already ingested."""
    db, notes = tmp_path / "c.db", tmp_path / "notes.txt"
    notes.write_bytes(content)
    good = write_warc(tmp_path / "good.warc.gz", [article("/world/2023/1103/400.html", "https://a.cn/1.html", 1)])
    for _ in range(2):  # the second run fails again: nothing about the file was recorded
        result = ingest(cli, db, [notes, good])
        assert result.exit_code == 1
        errors = [line for line in result.stderr.splitlines() if line.startswith("newscorpus: error: ")]
        assert len(errors) == 1 and "notes.txt" in errors[0] and "not a WARC or ARC" in errors[0], result.stderr
        assert [row["path"] for row in rows(db, "SELECT path FROM warc_files")] == [str(good.resolve())]
    assert "1 new" not in result.stdout  # the good file was stored by the first run and skipped by this one
