"""Two exports for one `--new-for` consumer at once (cron overlapping itself) never deliver an article twice:
the second finds the consumer's lock held and exits 3 in one line, having written nothing."""

from __future__ import annotations

import fcntl
import hashlib
import os
import subprocess
import sys
import termios
import time
from pathlib import Path

from newscorpus.cli import exit_codes
from newscorpus.lock import consumer_lock

from .conftest import run_cli
from .exportcorpus import PAGES, store_pages
from .helpers import read_jsonl

CLI = (sys.executable, "-c", "from newscorpus.cli import main; main()")
# Copies of the fixture pages under other URLs: an export of them is several times the pipe below.
COPIES = 8
DEADLINE_S = 60.0


def _export(db: Path, target: Path, *extra: str) -> list[str]:
    return [*CLI, "export", "--db", str(db), "--new-for", "nightly", "--include-duplicates", *extra, str(target)]


def _wait_until_blocked(pipe: int, capacity: int, writer: subprocess.Popen) -> None:
    """Until the writer has filled the pipe: it is then blocked mid-export, its cursor read, not yet moved."""
    waiting = bytearray(4)
    deadline = time.monotonic() + DEADLINE_S
    while time.monotonic() < deadline and writer.poll() is None:
        fcntl.ioctl(pipe, termios.FIONREAD, waiting)
        if int.from_bytes(waiting, sys.byteorder) >= capacity:
            return
        time.sleep(0.01)
    raise AssertionError(f"the first export never blocked on its output (exit {writer.poll()})")


def _drain(pipe: int, writer: subprocess.Popen) -> bytes:
    """Everything the writer sends until it exits (our end also writes, so no end of file ever comes)."""
    data = bytearray()
    deadline = time.monotonic() + DEADLINE_S
    while time.monotonic() < deadline:
        exited = writer.poll() is not None
        try:
            while block := os.read(pipe, 65536):
                data += block
        except BlockingIOError:
            pass
        if exited:
            return bytes(data)
        time.sleep(0.01)
    writer.kill()
    raise AssertionError("the first export never finished")


def test_a_second_export_for_the_same_consumer_is_refused_instead_of_delivering_twice(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    store_pages(db, tuple((f, f"{url}?copy={n}", at) for n in range(COPIES) for f, url, at in PAGES))
    fifo = tmp_path / "first.jsonl"
    os.mkfifo(fifo)
    # Our end holds the FIFO open both ways, so the first export's open returns at once, and its one-page pipe
    # fills long before the export ends: the first export then stays in the middle of its delivery.
    ours = os.open(fifo, os.O_RDWR | os.O_NONBLOCK)
    try:
        capacity = fcntl.fcntl(ours, fcntl.F_SETPIPE_SZ, os.sysconf("SC_PAGE_SIZE"))
        first = subprocess.Popen(_export(db, fifo), stderr=subprocess.PIPE, text=True)
        _wait_until_blocked(ours, capacity, first)
        second = subprocess.run(
            _export(db, tmp_path / "second.jsonl"), capture_output=True, text=True, timeout=DEADLINE_S, check=False
        )
        delivered = _drain(ours, first).decode("utf-8").splitlines()
    finally:
        os.close(ours)
    assert first.wait() == 0, first.stderr.read() if first.stderr else ""
    assert len(delivered) == COPIES * len(PAGES)
    assert second.returncode == exit_codes.DATABASE, second.stderr
    lines = second.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newscorpus: error: ") and "'nightly'" in lines[0], second.stderr
    assert not (tmp_path / "second.jsonl").exists()
    # The cursor moved once, past everything the first export delivered: the next run has nothing new.
    third = tmp_path / "third.jsonl"
    rerun = subprocess.run(_export(db, third), capture_output=True, text=True, timeout=DEADLINE_S, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert read_jsonl(third) == []


def test_the_lock_is_per_consumer_and_any_name_makes_a_file_name(cli, tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    count = len(store_pages(db))
    with consumer_lock(db, "team/a b"):  # an export for this consumer is running
        busy = run_cli(cli, "export", "--db", db, "--new-for", "team/a b", tmp_path / "busy.jsonl")
        other = run_cli(cli, "export", "--db", db, "--new-for", "analyst", tmp_path / "other.jsonl")
    assert busy.exit_code == exit_codes.DATABASE and "'team/a b'" in busy.stderr
    assert not (tmp_path / "busy.jsonl").exists()
    assert other.exit_code == 0 and len(read_jsonl(tmp_path / "other.jsonl")) == count
    assert run_cli(cli, "export", "--db", db, "--new-for", "team/a b", tmp_path / "later.jsonl").exit_code == 0
    assert len(read_jsonl(tmp_path / "later.jsonl")) == count  # the refused run moved no cursor
    assert sorted(p.name for p in tmp_path.glob("corpus.db.new-for-*")) == [
        "corpus.db.new-for-analyst.lock",
        f"corpus.db.new-for-sha1-{hashlib.sha1(b'team/a b').hexdigest()[:16]}.lock",
    ]
