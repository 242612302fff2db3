"""What `newscorpus fetch` shows while it runs: a bar on a terminal, a line per URL otherwise, nothing
under --quiet (cron mail stays the one summary line)."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import time
from pathlib import Path

from newscorpus.localserver import LocalSite, routes_from_folder

from .conftest import DEMO_SITE

TIMEOUT_S = 60


def _fetch(tmp_path: Path, site: LocalSite, *flags: str, stderr_tty: bool) -> tuple[int, str, str]:
    """Run the real CLI in a child process; with ``stderr_tty`` its stderr is a pseudo-terminal."""
    argv = [sys.executable, "-c", "from newscorpus.cli import main; main()", "fetch", site.url("/index.html")]
    argv += ["--db", str(tmp_path / "c.db"), "--allow-private", "--delay", "0", *flags]
    if not stderr_tty:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=TIMEOUT_S)
        return done.returncode, done.stdout, done.stderr
    leader, follower = pty.openpty()
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=follower, text=True)
    os.close(follower)
    terminal = bytearray()
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the child closed its end: everything it wrote has been read
            break
        if not chunk:
            break
        terminal += chunk
    os.close(leader)
    stdout, _ = child.communicate(timeout=TIMEOUT_S)
    return child.returncode, stdout, terminal.decode("utf-8", "replace")


def test_a_terminal_gets_a_progress_bar_and_no_per_url_lines(tmp_path: Path) -> None:
    with LocalSite(routes_from_folder(DEMO_SITE)) as site:
        code, stdout, terminal = _fetch(tmp_path, site, stderr_tty=True)
    assert code == 0, terminal
    assert "pages" in terminal and "\x1b[" in terminal  # rich draws "N pages" with cursor controls
    assert "new          http" not in terminal  # no per-URL log lines under the bar
    assert "12 new" in stdout and "\x1b[" not in stdout  # stdout holds the summary alone


def test_a_pipe_gets_one_line_per_url_and_quiet_gets_nothing(tmp_path: Path) -> None:
    with LocalSite(routes_from_folder(DEMO_SITE)) as site:
        code, stdout, log = _fetch(tmp_path, site, stderr_tty=False)
        assert code == 0, log
        lines = log.splitlines()
        assert len(lines) == 13 and all(line.split()[1].startswith(site.base_url) for line in lines)
        assert "\x1b[" not in log
        code, stdout, log = _fetch(tmp_path, site, "--quiet", stderr_tty=False)
    assert code == 0 and log == "" and stdout.count("\n") == 1
