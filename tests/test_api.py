"""The Python API: `from newscorpus import parse_html, Corpus`, typed, and cheap to import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import newscorpus
from newscorpus import Corpus, parse_html
from newscorpus.errors import DatabaseError, InputError

from .conftest import FIXTURES, ROOT, run_cli
from .exportcorpus import store_pages


def test_parse_html_gives_what_the_parse_command_prints(cli) -> None:
    page = FIXTURES / "sina" / "time-source-2016.html"
    url = "https://news.sina.com.cn/c/2016-05-03/doc-ifxrtztc3123456.shtml"
    article = parse_html(page.read_bytes(), url=url)
    printed = json.loads(run_cli(cli, "parse", "--jsonl", "--url", url, page).stdout)
    assert article.site == "sina" and article.title and article.paragraphs
    assert {"path": str(page), **article.to_record()} == printed


def test_parse_html_takes_text_and_a_forced_site() -> None:
    html = (FIXTURES / "qq" / "cnt-main-article.html").read_bytes().decode("utf-8")
    assert parse_html(html, site="qq").parser == "qq"
    with pytest.raises(InputError, match="unknown site"):
        parse_html(html, site="nosuchsite")


def test_corpus_reads_what_export_writes(cli, tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    stored = store_pages(db)
    exported = [json.loads(line) for line in run_cli(cli, "export", "--db", db).stdout.splitlines()]
    with Corpus(db) as corpus:
        assert list(corpus.articles()) == exported
        assert [r["site"] for r in corpus.articles(sites=["qq", "ifeng"])] == ["qq", "ifeng"]
        assert [r["site"] for r in corpus.articles(since="2024-03-03")] == ["huanqiu", "xinhuanet"]
        assert corpus.get(stored[2]["url"]) == exported[2]
        assert corpus.get("https://nowhere.example/") is None
        with pytest.raises(InputError, match="not a time"):
            list(corpus.articles(since="yesterday-ish"))


def test_corpus_of_a_missing_file_is_a_database_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="no such database"):
        Corpus(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_the_package_is_typed_and_imports_lazily() -> None:
    assert (ROOT / "newscorpus" / "py.typed").is_file()
    assert set(newscorpus.__all__) >= {"parse_html", "Corpus", "Article"}
    code = "import sys, newscorpus; print(sorted(m for m in sys.modules if m.startswith('newscorpus.')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "[]"
    with pytest.raises(AttributeError):
        _ = newscorpus.no_such_name
