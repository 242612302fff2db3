"""`fetch --urls-file -`: the URL list piped in on standard input, as a cron job builds it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from newscorpus.cli import exit_codes
from newscorpus.localserver import LocalSite

from .helpers import portal_routes

CLI = (sys.executable, "-c", "from newscorpus.cli import main; main()")
TIMEOUT_S = 60


def _fetch_piped(db: Path, listing: str) -> subprocess.CompletedProcess:
    command = [*CLI, "fetch", "-q", "--db", str(db), "--allow-private", "--delay", "0", "--urls-file", "-"]
    return subprocess.run(command, input=listing, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)


def test_a_url_list_piped_in_is_fetched_like_a_file(tmp_path: Path) -> None:
    with LocalSite(portal_routes()) as site:
        listing = f"# tonight's list\n{site.url('/world/400.html')} article\n{site.url('/news/200.html')}\n"
        result = _fetch_piped(tmp_path / "c.db", listing)
    assert result.returncode == 0, result.stderr
    assert "2 new" in result.stdout


def test_a_bad_line_on_standard_input_is_named_by_its_number(tmp_path: Path) -> None:
    result = _fetch_piped(tmp_path / "c.db", "http://127.0.0.1:9/a.html\nhttp://127.0.0.1:9/b.html story\n")
    assert result.returncode == exit_codes.USAGE
    assert result.stderr.strip().splitlines() == [
        "newscorpus: error: standard input:2: expected 'URL' or 'URL KIND' (KIND: article, sitemap, feed)"
    ]
