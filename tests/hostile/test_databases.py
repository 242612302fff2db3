"""Item 8 of issue 16: a database that is not a newscorpus corpus, or is damaged, is refused (exit 3, one
line) before anything writes to it; a read-only corpus can still be exported."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from .conftest import integrity
from .run import newscorpus
from .server import HostileServer, html, page

# Every command that opens the database, with arguments that would make it write if it got that far.
COMMANDS = [("fetch", "--allow-private", "http://127.0.0.1:9/"), ("export", "--jsonl", "-"), ("dedup",), ("reparse",)]


def digest(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def other_apps_db(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        conn.execute("CREATE TABLE tags (note INTEGER, tag TEXT)")
        conn.executemany("INSERT INTO notes (text) VALUES (?)", [(f"note {n}",) for n in range(100)])
    return path


@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_another_apps_sqlite_file_is_left_alone(tmp_path: Path, command: tuple[str, ...]) -> None:
    db = other_apps_db(tmp_path / "notes.db")
    before = digest(db)
    run = newscorpus(command[0], "--db", db, *command[1:])
    run.assert_clean()
    assert run.rc == 3 and len(run.error_lines()) == 1 and "not a newscorpus corpus" in run.stderr, run.stderr
    assert digest(db) == before and not Path(f"{db}-wal").exists()  # before: 11 tables added, WAL switched on


def corpus_with_article(db: Path) -> None:
    with HostileServer({"/a/2024/0101/1.html": page(html("只读语料库的文章"))}) as site:
        run = newscorpus(
            "fetch", "--db", db, "-q", f"--allow-private-host={site.netloc}", site.url("/a/2024/0101/1.html")
        )
    assert run.rc == 0, run.stderr


def test_a_corpus_damaged_in_the_middle_is_not_written(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    corpus_with_article(db)
    with closing(sqlite3.connect(db)) as conn, conn:  # grow it, so there is a middle to damage
        conn.executemany(
            "INSERT INTO fetch_log (run_id, url, outcome) VALUES ('x', ?, 'new')",
            [(f"u{n}" * 50,) for n in range(3000)],
        )
    size = db.stat().st_size
    with db.open("r+b") as handle:
        handle.seek((size // 4096 // 2) * 4096)
        handle.write(b"\xa5" * 4096)
    before = digest(db)
    run = newscorpus("fetch", "--db", db, "--allow-private", "http://127.0.0.1:9/")
    run.assert_clean()
    assert run.rc == 3 and len(run.error_lines()) == 1 and "quick_check" in run.stderr, run.stderr
    assert digest(db) == before  # before: written to, rc 0


@pytest.fixture
def read_only_corpus() -> Iterator[Path]:
    """A corpus in a folder, both read-only (for root too: the export runs without root's override)."""
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot make a file read-only for the child")
    folder = Path(tempfile.mkdtemp(prefix="newscorpus-ro-"))
    try:
        db = folder / "c.db"
        corpus_with_article(db)
        db.chmod(0o444)
        folder.chmod(0o555)
        yield db
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def test_a_read_only_corpus_can_be_exported(read_only_corpus: Path) -> None:
    db = read_only_corpus
    before = digest(db)
    run = newscorpus("export", "--db", db, "--jsonl", "-", without_root_override=True, cwd=db.parent)
    run.assert_clean()
    assert run.rc == 0, run.stderr
    records = [json.loads(line) for line in run.text.splitlines()]
    assert [r["title"] for r in records] == ["只读语料库的文章"]
    assert digest(db) == before and sorted(p.name for p in db.parent.iterdir()) == ["c.db", "c.db.lock"]
    assert integrity(db) == "ok"
