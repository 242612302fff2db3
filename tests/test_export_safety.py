"""Export never overwrites what is not its output, never writes to the corpus, and fails in one line.

Run as root, the read-only checks drop the capability that lets root ignore file modes (setpriv), so a
0444 file in a 0555 folder is as read-only as it is for any user.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from newscorpus.output import open_output

from .conftest import run_cli
from .exportcorpus import store_pages
from .helpers import read_jsonl

CLI = (sys.executable, "-c", "from newscorpus.cli import main; main()")


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, int]:
    db = tmp_path / "corpus.db"
    return db, len(store_pages(db))


def _one_error_line(stderr: str) -> str:
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newscorpus: error:"), stderr
    return lines[0]


def _run(*args: object, stdout: object = subprocess.PIPE, as_user: bool = False) -> subprocess.CompletedProcess:
    prefix: tuple[str, ...] = ()
    if as_user and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: cannot make a file read-only for this process")
        prefix = (setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--")
    command = [*prefix, *CLI, *map(str, args)]
    return subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=60, check=False)


def test_dev_null_is_streamed_to_never_replaced(cli, corpus) -> None:
    db, count = corpus
    result = run_cli(cli, "export", "--db", db, "/dev/null")
    assert result.exit_code == 0, result.output
    assert f"exported {count} articles to /dev/null" in result.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_fifo_is_streamed_to(cli, corpus, tmp_path: Path) -> None:
    db, count = corpus
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run_cli(cli, "export", "--db", db, fifo)
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert len(received[0].decode("utf-8").splitlines()) == count
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert not list(tmp_path.glob("*.partial"))


def test_a_symlink_to_proc_self_fd_1_streams_to_standard_output(corpus, tmp_path: Path) -> None:
    db, count = corpus
    link = tmp_path / "out.jsonl"
    link.symlink_to("/proc/self/fd/1")
    done = _run("export", "--db", db, link)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == count
    assert link.is_symlink() and os.readlink(link) == "/proc/self/fd/1"


def test_a_planted_partial_symlink_is_never_followed(cli, corpus, tmp_path: Path) -> None:
    db, count = corpus
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    (tmp_path / "out.jsonl.partial").symlink_to(victim)
    result = run_cli(cli, "export", "--db", db, tmp_path / "out.jsonl")
    assert result.exit_code == 0, result.output
    assert victim.read_text(encoding="utf-8") == "precious"
    assert (tmp_path / "out.jsonl.partial").is_symlink()
    assert len(read_jsonl(tmp_path / "out.jsonl")) == count
    assert not list(tmp_path.glob(".out.jsonl.*"))  # no temporary file left behind


def test_a_symlink_to_a_file_keeps_the_link_and_replaces_the_file(cli, corpus, tmp_path: Path) -> None:
    db, count = corpus
    real = tmp_path / "data" / "corpus.jsonl"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "latest.jsonl"
    link.symlink_to(real)
    assert run_cli(cli, "export", "--db", db, link).exit_code == 0
    assert link.is_symlink() and len(read_jsonl(real)) == count
    assert stat.S_IMODE(real.stat().st_mode) == 0o640  # the replaced file keeps its permissions


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("previous export\n", encoding="utf-8")
    with pytest.raises(RuntimeError), open_output(target) as out:
        out.write("half a record")
        raise RuntimeError("the export failed midway")
    assert target.read_text(encoding="utf-8") == "previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("missing/out.jsonl", "no such directory"),
        (".", "a directory"),
        ("dangling.jsonl", "symbolic link to a missing file"),
    ],
)
def test_unwritable_targets_are_one_line_exit_1(cli, corpus, tmp_path: Path, target: str, message: str) -> None:
    db, _ = corpus
    (tmp_path / "dangling.jsonl").symlink_to(tmp_path / "nowhere")
    result = run_cli(cli, "export", "--db", db, tmp_path / target)
    assert result.exit_code == 1
    assert message in _one_error_line(result.stderr)


def test_standard_output_to_a_full_disk(corpus) -> None:
    db, _ = corpus
    with open("/dev/full", "w") as full:
        done = _run("export", "--db", db, stdout=full)
    assert done.returncode == 1
    assert "No space left on device" in _one_error_line(done.stderr)


def test_parquet_onto_an_existing_file_is_one_line(cli, corpus, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    db, _ = corpus
    existing = tmp_path / "out.parquet"
    existing.write_bytes(b"not ours")
    result = run_cli(cli, "export", "--db", db, "--parquet", existing)
    assert result.exit_code == 1
    assert "not a folder" in _one_error_line(result.stderr)
    assert existing.read_bytes() == b"not ours"


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha1(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_a_read_only_corpus_is_exported_and_left_untouched(corpus, tmp_path: Path) -> None:
    db, count = corpus
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder = db.parent / "ro"
    folder.mkdir()
    db.rename(folder / "corpus.db")
    for leftover in db.parent.glob("corpus.db-*"):
        leftover.unlink()
    (folder / "corpus.db").chmod(0o444)
    folder.chmod(0o555)
    before = _digest(folder)
    try:
        done = _run("export", "--db", folder / "corpus.db", as_user=True)
        denied = _run("export", "--db", folder / "corpus.db", "--new-for", "x", os.devnull, as_user=True)
    finally:
        folder.chmod(0o755)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == count
    assert _digest(folder) == before  # not a byte changed, no -wal or -shm left
    # A cursor is the one write export makes: on a read-only corpus it fails in one line with exit 3.
    assert denied.returncode == 3
    _one_error_line(denied.stderr)


def test_export_never_migrates_or_converts(cli, corpus, tmp_path: Path) -> None:
    db, _ = corpus
    with sqlite3.connect(db) as conn:  # a corpus from before the export cursors existed
        conn.execute("DROP TABLE export_cursors")
        conn.execute("DELETE FROM _migrations WHERE name = 'm005_export_cursors'")
    assert run_cli(cli, "export", "--db", db, os.devnull).exit_code == 0
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    before = other.read_bytes()
    result = run_cli(cli, "export", "--db", other)
    assert result.exit_code == 3
    assert "not a newscorpus" in _one_error_line(result.stderr)
    assert other.read_bytes() == before
    with sqlite3.connect(db) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "export_cursors" not in tables


def test_standard_output_is_utf8_whatever_the_locale(corpus) -> None:
    db, count = corpus
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = subprocess.run([*CLI, "export", "--db", str(db)], capture_output=True, timeout=60, check=False, env=env)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert len(records) == count and all(r["title"] for r in records)


def test_a_read_only_folder_with_unmerged_commits_is_refused_not_read_stale(corpus, tmp_path: Path) -> None:
    db, _ = corpus
    folder = tmp_path / "ro"
    folder.mkdir()
    writer = sqlite3.connect(db)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE articles SET title = 'latest' WHERE id = 1")
    writer.commit()
    shutil.copy(db, folder / "corpus.db")
    shutil.copy(f"{db}-wal", folder / "corpus.db-wal")  # the commit lives only here, and no -shm
    writer.close()
    folder.chmod(0o555)
    try:
        done = _run("export", "--db", folder / "corpus.db", as_user=True)
    finally:
        folder.chmod(0o755)
    assert done.returncode == 3 and done.stdout == ""
    assert "-wal file holds commits" in _one_error_line(done.stderr)
