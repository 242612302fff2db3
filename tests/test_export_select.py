"""`export` selections: --site, --since/--until by fetch or publish time, --min-confidence, formats, CSV,
and the --new-for cursor a cron job uses to get each article exactly once."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from newscorpus import record
from newscorpus.localserver import LocalSite, Route

from .conftest import run_cli
from .crawlportal import list_html
from .exportcorpus import store_pages
from .helpers import demo_page, read_jsonl


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, list[dict]]:
    db = tmp_path / "corpus.db"
    return db, store_pages(db)


def _export(cli, db: Path, *args: object) -> list[dict]:
    result = run_cli(cli, "export", "--db", db, *args)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_site_filter_is_repeatable_and_exact(cli, corpus) -> None:
    db, stored = corpus
    assert len({s["site"] for s in stored}) == len(stored)  # one page per site, so the filter is visible
    got = _export(cli, db, "--site", "qq", "--site", "huanqiu")
    assert sorted(r["site"] for r in got) == ["huanqiu", "qq"]
    assert _export(cli, db, "--site", "nosuchsite") == []


def test_since_until_compare_instants_not_strings(cli, corpus) -> None:
    db, stored = corpus
    # 2024-03-02 without an offset is midnight at +08:00 = 2024-03-01T16:00Z: the qq page fetched at
    # 23:30Z on the 1st is inside it, although its stored text sorts before "2024-03-02".
    got = _export(cli, db, "--since", "2024-03-02", "--until", "2024-03-04")
    assert [r["site"] for r in got] == ["qq", "ifeng", "huanqiu"]
    assert [r["fetched_at"] for r in got] == [s["fetched_at"] for s in stored[1:4]]
    utc = _export(cli, db, "--since", "2024-03-02T00:00:00+00:00", "--until", "2024-03-04")
    assert [r["site"] for r in utc] == ["ifeng", "huanqiu"]


def test_since_by_published(cli, corpus) -> None:
    db, stored = corpus
    got = _export(cli, db, "--by", "published", "--since", "2017-03-10T08:00", "--until", "2018-01-01")
    assert [r["site"] for r in got] == ["qq"]
    assert got[0]["published_at"] == next(s["published_at"] for s in stored if s["site"] == "qq")
    recent = _export(cli, db, "--by", "published", "--since", "2021-01-01")
    assert [r["site"] for r in recent] == ["xinhuanet"]


def test_relative_since_and_bad_times(cli, corpus) -> None:
    db, _ = corpus
    assert _export(cli, db, "--since", "7d") == []  # every page was fetched in 2024
    bad = run_cli(cli, "export", "--db", db, "--since", "last tuesday")
    assert bad.exit_code == 2 and "--since" in bad.stderr and "Traceback" not in bad.output
    by = run_cli(cli, "export", "--db", db, "--by", "written")
    assert by.exit_code == 2 and "--by" in by.stderr


@pytest.mark.parametrize("option", ["--since", "--until"])
@pytest.mark.parametrize("value", ["99999999d", "1000000000d", "9999-12-31T23:00-08:00"])
def test_a_time_beyond_the_calendar_is_a_usage_error(cli, corpus, option: str, value: str) -> None:
    """An age past year 1 overflowed into a traceback; a year-9999 time west of UTC became NULL in
    SQLite's julianday() and silently matched nothing, even as an --until meant as 'forever'."""
    db, _ = corpus
    bad = run_cli(cli, "export", "--db", db, option, value)
    assert bad.exit_code == 2 and option in bad.stderr and "Traceback" not in bad.output
    assert bad.stdout == ""


def test_min_confidence_without_the_column_is_no_filter_and_says_so(cli, corpus) -> None:
    db, stored = corpus
    with sqlite3.connect(db) as conn:  # a corpus written before confidence was recorded
        conn.execute("ALTER TABLE articles DROP COLUMN confidence")
    result = run_cli(cli, "export", "--db", db, "--min-confidence", "0.9")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == len(stored)
    assert "--min-confidence ignored" in result.stderr


def test_min_confidence_nan_is_a_usage_error(cli, corpus) -> None:
    """nan passes Click's 0..1 range check (every comparison with nan is false) and exported nothing."""
    db, _ = corpus
    bad = run_cli(cli, "export", "--db", db, "--min-confidence", "nan")
    assert bad.exit_code == 2 and "--min-confidence" in bad.stderr and bad.stdout == ""


def test_min_confidence_filters_when_the_corpus_has_the_column(cli, corpus) -> None:
    db, _ = corpus
    with sqlite3.connect(db) as conn:  # values set by hand, so the filter is visible
        conn.execute("UPDATE articles SET confidence = CASE site WHEN 'sina' THEN 0.95 ELSE 0.4 END")
    result = run_cli(cli, "export", "--db", db, "--min-confidence", "0.9")
    assert [json.loads(line)["site"] for line in result.stdout.splitlines()] == ["sina"]
    assert "ignored" not in result.stderr


def test_format_from_extension_and_csv_round_trips(cli, corpus, tmp_path: Path) -> None:
    db, stored = corpus
    jsonl, table = tmp_path / "all.jsonl", tmp_path / "all.csv"
    assert run_cli(cli, "export", "--db", db, jsonl).exit_code == 0  # no --jsonl needed any more
    assert run_cli(cli, "export", "--db", db, table).exit_code == 0
    expected = read_jsonl(jsonl)
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8"), newline="")))
    assert list(rows[0]) == record.names()
    assert len(rows) == len(expected) == len(stored)
    for row, want in zip(rows, expected, strict=True):
        assert json.loads(row["related"]) == want["related"]
        assert row["body"] == want["body"] and "\n" in row["body"]  # multi-line cells survive quoting
        assert row["id"] == str(want["id"]) and row["author"] == (want["author"] or "")
    assert any(json.loads(row["related"]) for row in rows)


def test_format_option_and_conflicts(cli, corpus, tmp_path: Path) -> None:
    db, _ = corpus
    out = tmp_path / "x.txt"
    assert run_cli(cli, "export", "--db", db, "--format", "csv", out).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("id,url,site,")
    clash = run_cli(cli, "export", "--db", db, "--jsonl", "--format", "csv", out)
    assert clash.exit_code == 2 and "contradicts" in clash.stderr
    parquet_stdout = run_cli(cli, "export", "--db", db, "--format", "parquet")
    assert parquet_stdout.exit_code == 2


# Five distinct stories of the demo portal (no repost among them, so dedup keeps every one).
STORIES = (
    "world/2023/1103/400.html",
    "news/2023/1101/200.html",
    "finance/2023/1031/100.html",
    "finance/2023/1031/101.html",
    "world/2023/1101/88.html",
)


def _home(count: int) -> Route:
    links = [(f"/{path}", f"今日要闻第{n}条：这是一篇新闻的完整标题") for n, path in enumerate(STORIES[:count])]
    return Route(list_html("首页", links), headers=(("ETag", f'"home-{count}"'),))


def _fetch(cli, db: Path, site: LocalSite) -> None:
    # --depth 1: the home page and the stories it lists, not the stories' own related links.
    args = ("fetch", "-q", "--db", db, "--allow-private", "--delay", "0", "--depth", "1", site.url("/"))
    result = run_cli(cli, *args)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("name", ["corpus.jsonl.gz", "corpus.csv.GZ", "corpus.zst"])
def test_a_compressed_file_name_is_refused_not_filled_with_plain_text(cli, corpus, tmp_path: Path, name: str) -> None:
    db, _ = corpus
    target = tmp_path / name
    result = run_cli(cli, "export", "--db", db, target)
    assert result.exit_code == 2 and "gzip" in result.stderr
    assert not target.exists()


def test_cron_fetch_then_export_new_for_gets_each_article_exactly_once(cli, tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    routes = {f"/{path}": Route(demo_page(path)) for path in STORIES}
    routes["/"] = _home(3)
    with LocalSite(routes) as site:
        _fetch(cli, db, site)
        first = _export(cli, db, "--new-for", "nightly")
        routes["/"] = _home(5)  # the portal publishes two more stories
        _fetch(cli, db, site)
        second = _export(cli, db, "--new-for", "nightly")
        third = _export(cli, db, "--new-for", "nightly")
        everything = _export(cli, db)
    urls = [r["url"].removeprefix(site.base_url + "/") for r in first + second]
    assert len(first) == 3 and len(second) == 2 and third == []
    assert sorted(urls) == sorted(STORIES) and len(everything) == len(STORIES)
    # Each consumer has its own cursor.
    assert len(_export(cli, db, "--new-for", "analyst")) == len(STORIES)


def test_cursor_moves_only_when_the_output_is_complete(cli, corpus, tmp_path: Path) -> None:
    db, stored = corpus
    failed = run_cli(cli, "export", "--db", db, "--new-for", "job", tmp_path / "missing" / "out.jsonl")
    assert failed.exit_code == 1 and "Traceback" not in failed.output
    out = tmp_path / "out.jsonl"
    assert run_cli(cli, "export", "--db", db, "--new-for", "job", out).exit_code == 0
    assert len(read_jsonl(out)) == len(stored)  # the failed run handed nothing over
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name, exported FROM export_cursors").fetchall() == [("job", len(stored))]


@pytest.mark.parametrize(
    ("since", "until"), [("2024-05-01", "2024-04-01"), ("2024-03-02", "2024-03-02T00:00+08:00"), ("1d", "7d")]
)
def test_a_range_with_no_time_in_it_is_a_usage_error_naming_both_ends(cli, corpus, since: str, until: str) -> None:
    """Swapped ends exported 0 articles with exit 0, as if nothing had been stored in that time."""
    db, _ = corpus
    bad = run_cli(cli, "export", "--db", db, "--since", since, "--until", until)
    assert bad.exit_code == 2 and bad.stdout == ""
    assert f"--since {since}" in bad.stderr and f"--until {until}" in bad.stderr


@pytest.mark.parametrize(("name", "starts"), [("JSONL", "{"), ("Csv", "id,url,site,")])
def test_a_format_is_named_in_any_case(cli, corpus, tmp_path: Path, name: str, starts: str) -> None:
    """--format JSONL, as the README and everyone write the name, was refused as a usage error."""
    db, stored = corpus
    out = tmp_path / "out.txt"
    result = run_cli(cli, "export", "--db", db, "--format", name, out)
    assert result.exit_code == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith(starts) and f"exported {len(stored)} articles" in result.stderr


def test_a_site_no_rule_and_no_article_has_is_warned_about_and_still_exported(cli, corpus) -> None:
    """--site sinaa exported nothing without a word, as if the corpus held no such articles."""
    db, stored = corpus
    typo = run_cli(cli, "export", "--db", db, "--site", "sinaa", "--site", "qq")
    assert typo.exit_code == 0 and [json.loads(line)["site"] for line in typo.stdout.splitlines()] == ["qq"]
    warnings = [line for line in typo.stderr.splitlines() if line.startswith("newscorpus: warning: ")]
    assert len(warnings) == 1 and "'sinaa'" in warnings[0] and "did you mean 'sina'" in warnings[0]
    # A rule with nothing stored yet (a cron feed waiting for its portal) is no typo: nothing to say.
    assert "thepaper" not in {s["site"] for s in stored}
    waiting = run_cli(cli, "export", "--db", db, "--site", "thepaper")
    assert waiting.exit_code == 0 and waiting.stdout == "" and "warning" not in waiting.stderr
