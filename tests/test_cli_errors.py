"""Bad input gives one line on stderr and a documented exit code, never a traceback; nothing stored is lost."""

from __future__ import annotations

import codecs
import sqlite3
from pathlib import Path

import pytest

from newscorpus import settings
from newscorpus.cli import exit_codes
from newscorpus.localserver import LocalSite

from .conftest import DEMO_SITE, run_cli
from .helpers import portal_routes, read_jsonl


@pytest.fixture
def stored_db(cli, tmp_path: Path) -> tuple[Path, LocalSite]:
    db = tmp_path / "corpus.db"
    with LocalSite(portal_routes()) as site:
        result = run_cli(cli, "fetch", "--db", db, "--allow-private", site.url("/world/400.html"))
        assert result.exit_code == 0
        yield db, site


def _one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.startswith("newscorpus: error:")]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_locked_database_exits_3_and_keeps_rows(cli, stored_db, monkeypatch) -> None:
    db, site = stored_db
    monkeypatch.setattr(settings, "SQLITE_BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(db)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = run_cli(cli, "fetch", "--db", db, "--allow-private", "-q", site.url("/news/200.html"))
    finally:
        holder.rollback()
        holder.close()
    assert result.exit_code == exit_codes.DATABASE
    assert "database is locked" in _one_error_line(result.stderr)
    out = db.parent / "out.jsonl"
    assert run_cli(cli, "export", "--jsonl", out, "--db", db).exit_code == 0
    assert [r["title"] for r in read_jsonl(out)] == ["多国航天机构联合发布月球探测合作倡议"]


def test_corrupt_database_exits_3(cli, tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    db.write_bytes(b"this is not sqlite" * 100)
    result = run_cli(cli, "fetch", "--db", db, "--allow-private", "http://127.0.0.1:9/x.html")
    assert result.exit_code == exit_codes.DATABASE
    assert "corrupt" in _one_error_line(result.stderr)
    assert db.read_bytes() == b"this is not sqlite" * 100


def test_export_of_missing_database_exits_3(cli, tmp_path: Path) -> None:
    result = run_cli(cli, "export", "--jsonl", "--db", tmp_path / "nope.db")
    assert result.exit_code == exit_codes.DATABASE
    assert "no such database" in _one_error_line(result.stderr)


def test_unreadable_file_in_parse_is_one_line_and_others_still_parse(cli, tmp_path: Path) -> None:
    missing = tmp_path / "missing.html"
    result = run_cli(cli, "parse", "--jsonl", missing, DEMO_SITE / "world/2023/1103/400.html")
    assert result.exit_code == exit_codes.SOME_FAILED
    assert "missing.html" in _one_error_line(result.stderr)
    assert "多国航天机构联合发布月球探测合作倡议" in result.stdout


@pytest.mark.parametrize("url", [None, "http://127.0.0.1:9/a.html"])
def test_a_page_refused_by_the_parse_budget_names_its_file(cli, tmp_path: Path, url: str | None) -> None:
    deep = tmp_path / "deep.html"
    depth = settings.MAX_PARSE_DEPTH + 10
    deep.write_text(f"<html><body>{'<div>' * depth}深{'</div>' * depth}</body></html>", encoding="utf-8")
    url_args = () if url is None else ("--url", url)
    result = run_cli(cli, "parse", "--jsonl", *url_args, tmp_path, DEMO_SITE / "world/2023/1103/400.html")
    assert result.exit_code == exit_codes.SOME_FAILED
    line = _one_error_line(result.stderr)
    assert str(deep) in line and "parse budget" in line
    assert "多国航天机构联合发布月球探测合作倡议" in result.stdout


def test_a_folder_without_saved_pages_is_reported(cli, tmp_path: Path) -> None:
    saved = tmp_path / "saved"
    saved.mkdir()
    (saved / "show.php").write_bytes((DEMO_SITE / "world/2023/1103/400.html").read_bytes())
    result = run_cli(cli, "parse", "--jsonl", saved, DEMO_SITE / "world/2023/1103/400.html")
    assert result.exit_code == exit_codes.SOME_FAILED
    line = _one_error_line(result.stderr)
    assert str(saved) in line and ".html" in line
    assert len(result.stdout.splitlines()) == 1  # the page given by name is still parsed


def test_unknown_site_is_a_usage_error(cli) -> None:
    result = run_cli(cli, "parse", "--site", "nosuchsite", DEMO_SITE / "index.html")
    assert result.exit_code == exit_codes.USAGE
    assert "unknown site" in _one_error_line(result.stderr)


def test_fetch_without_urls_is_a_usage_error(cli, tmp_path: Path) -> None:
    result = run_cli(cli, "fetch", "--db", tmp_path / "c.db")
    assert result.exit_code == exit_codes.USAGE


def test_unreadable_urls_file_exits_1(cli, tmp_path: Path) -> None:
    result = run_cli(cli, "fetch", "--db", tmp_path / "c.db", "--urls-file", tmp_path / "absent.txt")
    assert result.exit_code == exit_codes.SOME_FAILED
    assert "cannot read URL list" in _one_error_line(result.stderr)


def test_private_address_refused_without_allow_private(cli, tmp_path: Path) -> None:
    with LocalSite(portal_routes()) as site:
        result = run_cli(cli, "fetch", "--db", tmp_path / "c.db", site.url("/world/400.html"))
        assert site.hits == {}  # refused before any connection
    assert result.exit_code == exit_codes.SOME_FAILED
    assert "refusing non-public address 127.0.0.1" in _one_error_line(result.stderr)


@pytest.mark.parametrize(
    "command",
    [
        ("fetch", "http://127.0.0.1:9/a.html", "--allow-private"),
        ("parse", str(DEMO_SITE / "world/2023/1103/400.html")),
        ("reparse",),
        ("ingest-warc", "nothing.warc.gz"),
    ],
)
def test_unknown_site_is_a_usage_error_everywhere(cli, tmp_path: Path, command: tuple[str, ...]) -> None:
    db = tmp_path / "corpus.db"
    db_args = () if command[0] == "parse" else ("--db", db)
    if command[0] == "reparse":
        sqlite3.connect(db).close()  # reparse needs an existing corpus before it looks at --site
    result = run_cli(cli, *command, *db_args, "--site", "no-such-site")
    assert result.exit_code == exit_codes.USAGE
    assert "unknown site 'no-such-site'" in _one_error_line(result.stderr)


def test_reparse_of_an_unknown_site_records_no_run(cli, stored_db) -> None:
    """It exits 2 before its lock, as fetch and ingest-warc do; it used to record a run ended with exit 1,
    which `stats` then listed among the recent runs as a failed reparse."""
    db, _ = stored_db
    result = run_cli(cli, "reparse", "--db", db, "--site", "no-such-site")
    assert result.exit_code == exit_codes.USAGE
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT command, exit_status FROM runs").fetchall() == [("fetch", 0)]


def test_a_bad_option_value_names_the_env_var_only_when_it_came_from_there(cli, tmp_path: Path, monkeypatch) -> None:
    args = ("fetch", "--db", tmp_path / "c.db", "http://127.0.0.1:9/a.html")
    typed = run_cli(cli, *args, "--depth", "-1")
    assert typed.exit_code == exit_codes.USAGE
    line = _one_error_line(typed.stderr)
    assert "'--depth'" in line and "NEWSCORPUS_DEPTH" not in line
    monkeypatch.setenv("NEWSCORPUS_DEPTH", "-1")
    from_env = run_cli(cli, *args)
    assert from_env.exit_code == exit_codes.USAGE
    assert "(env var: 'NEWSCORPUS_DEPTH')" in _one_error_line(from_env.stderr)


def test_a_urls_file_and_config_saved_with_a_bom_and_crlf_are_read(cli, tmp_path: Path) -> None:
    """Notepad's UTF-8 starts with a byte-order mark: it glued itself, invisible, to the first URL
    ("\ufeffhttp://...: only http and https URLs can be fetched") and broke the TOML at line 1, column 1."""
    db = tmp_path / "c.db"
    with LocalSite(portal_routes()) as site:
        urls = tmp_path / "urls.txt"
        urls.write_bytes(codecs.BOM_UTF8 + f"{site.url('/world/400.html')} article\r\n".encode())
        listed = run_cli(cli, "fetch", "--db", db, "--allow-private", "--urls-file", urls)
        config = tmp_path / "newscorpus.toml"
        config.write_bytes(
            codecs.BOM_UTF8
            + f'[fetch]\r\ndelay = 0.0\r\n[[portal]]\r\nurl = "{site.url("/news/200.html")}"\r\n'.encode()
        )
        configured = run_cli(cli, "fetch", "--db", db, "--allow-private", "--config", config)
    assert listed.exit_code == 0 and "1 new" in listed.stdout, listed.stderr
    assert configured.exit_code == 0, configured.stderr


@pytest.mark.parametrize("command", ["fetch", "reparse", "dedup", "ingest-warc"])
def test_a_database_in_a_missing_folder_is_one_line_and_exit_3(cli, tmp_path: Path, command: str) -> None:
    db = tmp_path / "missing" / "dir" / "corpus.db"
    extra = {"fetch": ("http://127.0.0.1:9/a.html", "--allow-private"), "ingest-warc": ("x.warc",)}
    result = run_cli(cli, command, *extra.get(command, ()), "--db", db)
    assert result.exit_code == exit_codes.DATABASE
    _one_error_line(result.stderr)
    assert not db.parent.exists()


def test_a_urls_file_line_with_an_unknown_kind_is_a_usage_error(cli, tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text("# portals\nhttp://127.0.0.1:9/a.html article\nhttp://127.0.0.1:9/b.html story\n")
    result = run_cli(cli, "fetch", "--urls-file", urls, "--db", tmp_path / "c.db", "--allow-private")
    assert result.exit_code == exit_codes.USAGE
    assert "urls.txt:3" in _one_error_line(result.stderr)


def _another_applications_file(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")


@pytest.mark.parametrize("command", ["fetch", "reparse", "dedup", "ingest-warc"])
@pytest.mark.parametrize("kind", ["sqlite of another application", "text file", "folder"])
def test_a_path_that_is_not_a_corpus_is_refused_without_a_lock_beside_it(
    cli, tmp_path: Path, command: str, kind: str
) -> None:
    """other.db.lock was left next to another application's file: the README says it is never touched."""
    db = tmp_path / "other.db"
    if kind == "folder":
        db.mkdir()
    elif kind == "text file":
        db.write_bytes(b"this is not sqlite\n" * 100)
    else:
        _another_applications_file(db)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    content = db.read_bytes() if db.is_file() else b""
    extra = {"fetch": ("http://127.0.0.1:9/a.html", "--allow-private"), "ingest-warc": ("x.warc",)}
    result = run_cli(cli, command, *extra.get(command, ()), "--db", db)
    assert result.exit_code == exit_codes.DATABASE
    assert "other.db" in _one_error_line(result.stderr)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    assert (db.read_bytes() if db.is_file() else b"") == content
