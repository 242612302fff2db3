"""Item 9 of issue 16: options, file names, special files and stream encodings that used to end in a
traceback (or a hang) now end in one line and a documented exit code."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newscorpus.cli import app

from .run import newscorpus
from .server import HostileServer, page

ARTICLE = (
    "<html><head><meta charset='utf-8'><title>编码测试的新闻标题</title></head><body><h1>编码测试的新闻标题</h1>"
    "<div class='article'><p>" + "这是一段足够长的正文，用来确认输出的编码不会出错。" * 5 + "</p></div></body></html>"
)

BAD_OPTIONS = [
    ("fetch", "--recheck-after", "nan"),
    ("fetch", "--recheck-after", "inf"),
    ("fetch", "--delay", "inf"),
    ("fetch", "--deadline", "nan"),
    ("fetch", "--user-agent", "爬虫/1.0"),
    ("fetch", "--user-agent", "ua\r\nX-Injected: 1"),
    ("fetch", "--allow-private-host", "not a host"),
    ("ingest-warc", "--ray-address", "not a host", "--engine", "ray"),
]


@pytest.mark.parametrize("args", BAD_OPTIONS, ids=[" ".join(a[1:3]) for a in BAD_OPTIONS])
def test_bad_option_values_are_usage_errors(tmp_path: Path, args: tuple[str, ...]) -> None:
    """In-process (option checks need no child): before, each of these raised deep inside, or hung."""
    target = "http://127.0.0.1:9/" if args[0] == "fetch" else str(tmp_path / "none.warc")
    result = CliRunner().invoke(app, [*args, "--db", str(tmp_path / "c.db"), target])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), result.output
    assert "Invalid value" in result.output
    # One line naming the option, as our own usage errors are (before: click's three-line usage box).
    assert result.output.startswith("newscorpus: error: ") and result.output.count("\n") == 1, result.output
    assert not (tmp_path / "c.db").exists()  # refused before the database is opened


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["nosuch"], "No such command 'nosuch'"),
        (["export", "--bogus"], "No such option: --bogus"),
        (["sites", "extra"], "unexpected extra argument"),
    ],
)
def test_click_usage_errors_are_one_line_and_exit_2(args: list[str], says: str) -> None:
    run = newscorpus(*args)
    run.assert_clean()
    assert run.rc == 2 and run.stdout == b""
    [line] = run.stderr.splitlines()
    assert line.startswith("newscorpus: error: ") and says in line and "--help" in line


def test_bare_command_still_prints_help() -> None:
    run = newscorpus()
    assert run.rc == 2 and "Usage: newscorpus" in run.text + run.stderr


@pytest.mark.parametrize("special", ["fifo", "/dev/zero"])
def test_parse_refuses_what_is_not_a_regular_file(tmp_path: Path, special: str) -> None:
    path = Path(special)
    if special == "fifo":
        path = tmp_path / "page.html"
        os.mkfifo(path)  # nobody ever writes to it: reading it would block forever
    run = newscorpus("parse", path, timeout=20)
    run.assert_clean()
    assert run.rc == 1 and run.error_lines() == [f"newscorpus: error: {path}: not a regular file"]


def test_fetch_refuses_a_url_list_that_is_not_a_regular_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["fetch", "--db", str(tmp_path / "c.db"), "--urls-file", "/dev/zero"])
    assert result.exit_code == 1 and "not a regular file" in result.output, result.output  # before: read forever


def test_parse_prints_valid_json_for_an_undecodable_file_name(tmp_path: Path) -> None:
    name = os.fsdecode(b"bad-\xff\xfe-name.html")
    (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    run = newscorpus("parse", "--jsonl", tmp_path)
    run.assert_clean()
    assert run.rc == 0, run.stderr
    record = json.loads(run.stdout.decode("utf-8"))  # strict: raw bytes in the output would fail here
    assert record["path"].endswith("bad-\ufffd\ufffd-name.html") and record["title"] == "编码测试的新闻标题"


def test_output_survives_an_ascii_only_stdout(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(ARTICLE, encoding="utf-8")
    run = newscorpus("parse", "--jsonl", tmp_path / "a.html", env={"PYTHONIOENCODING": "ascii"})
    run.assert_clean()
    assert run.rc == 0, run.stderr
    record = json.loads(run.stdout.decode("ascii"))
    assert record["title"] == "编码测试的新闻标题"


def test_export_to_an_ascii_only_stdout_is_the_same_utf8_jsonl_as_a_file(tmp_path: Path) -> None:
    title = "表情😀标题的新闻"  # above the BMP too: JSON needs a surrogate pair for it
    html = ARTICLE.replace("编码测试的新闻标题", title).encode()
    db = tmp_path / "c.db"
    with HostileServer({"/a/2024/0101/1.html": page(html)}) as site:
        fetched = newscorpus(
            "fetch", "--db", db, "-q", f"--allow-private-host={site.netloc}", site.url("/a/2024/0101/1.html")
        )
    assert fetched.rc == 0, fetched.stderr
    run = newscorpus("export", "--db", db, "--jsonl", "-", env={"PYTHONIOENCODING": "ascii"})
    run.assert_clean()
    assert run.rc == 0, run.stderr
    # JSONL is UTF-8 by contract: a pipe gets the bytes a file would, whatever the locale says.
    assert json.loads(run.stdout.decode("utf-8"))["title"] == title
