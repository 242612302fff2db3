"""One page path for every command: real saved articles of every site with a rule, served on 127.0.0.1 at
paths shaped like their real URLs, are stored as one article each by their own rule (found from the page,
since the host is a mirror's), and the same bytes give the same record through fetch, ingest-warc and parse.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from newscorpus.decode import decode_html
from newscorpus.localserver import LocalSite, Route
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

from .conftest import ROOT, SHARED_PAGES, run_cli
from .crawlportal import article_html, list_html
from .helpers import read_jsonl
from .warc_helpers import http_block, record, write_warc

GOLDEN = ROOT / "tests" / "golden"
# The fields of the JSONL contract that do not depend on how the page arrived (ids, fetch times do).
CONTRACT = ("url", "site", "parser", "title", "author", "source", "editor", "published_at", "body", "related")


def _one_page_per_rule() -> list[tuple[str, str, Path]]:
    """(rule name, real URL, saved page) for the first saved page of each site that has a rule."""
    chosen: dict[str, tuple[str, str, Path]] = {}
    for golden in sorted(GOLDEN.glob("*/*.json")):
        data = json.loads(golden.read_text(encoding="utf-8"))
        page = SHARED_PAGES / data["page"]
        if golden.parent.name.startswith("_") or data["site"] == "generic" or not page.is_file():
            continue
        chosen.setdefault(data["site"], (data["site"], data["url"], page))
    return list(chosen.values())


@pytest.fixture
def mirror(shared_pages: Path) -> tuple[LocalSite, list[tuple[str, str, Path]]]:
    """The saved pages served as a mirror would serve them: same path and query, another host."""
    pages = _one_page_per_rule()
    assert len(pages) >= 10, "expected a saved page for most site rules"
    routes = {_target(url): Route(page.read_bytes()) for _, url, page in pages}
    return LocalSite(routes), pages


def _next_page(page: Path, url: str) -> str | None:
    return parse_html(decode_html(page.read_bytes()).text, url, Registry.load()).next_page_url


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_fetch_stores_every_saved_article_as_one_article_by_its_own_rule(cli, tmp_path: Path, mirror) -> None:
    site, pages = mirror
    db = tmp_path / "corpus.db"
    with site:
        urls = tmp_path / "urls.txt"
        urls.write_text("".join(f"{site.url(_target(url))}\n" for _, url, _ in pages), encoding="utf-8")
        result = run_cli(cli, "fetch", "--urls-file", urls, "--depth", "0", "--db", db, "--allow-private", "-q")
        hits = dict(site.hits)
    assert result.exit_code == 0, result.stderr
    # Nothing but the pages themselves, robots.txt and a multi-page article's next page (not saved, so a 404
    # that loses nothing) was fetched: no article was read as a list page.
    parts = {_target(next_url) for _, url, page in pages if (next_url := _next_page(page, url))}
    assert set(hits) - {"/robots.txt"} - parts == {_target(url) for _, url, _ in pages}
    out = tmp_path / "all.jsonl"
    run_cli(cli, "export", "--jsonl", out, "--include-duplicates", "--db", db)
    stored = {record["url"]: record for record in read_jsonl(out)}
    assert len(stored) == len(pages)
    by_path = {_target(url): record for url, record in stored.items()}
    for rule, url, _ in pages:
        record_ = by_path.get(_target(url))
        assert record_ is not None, f"{rule}: {url} not stored under its own URL"
        assert (record_["site"], record_["parser"]) == (rule, rule), f"{url} parsed by {record_['parser']}"
        assert len(record_["body"]) >= 80


def test_the_same_bytes_give_the_same_record_through_fetch_ingest_warc_and_parse(cli, tmp_path: Path, mirror) -> None:
    site, pages = mirror
    with site:
        urls = [site.url(_target(url)) for _, url, _ in pages]
        (tmp_path / "urls.txt").write_text("\n".join(urls), encoding="utf-8")
        fetched = run_cli(
            cli, "fetch", "--urls-file", tmp_path / "urls.txt", "--depth", "0", "--db", tmp_path / "f.db",
            "--allow-private", "-q",
        )  # fmt: skip
    assert fetched.exit_code == 0, fetched.stderr
    archive = write_warc(
        tmp_path / "pages.warc.gz",
        [
            record(u, http_block(p.read_bytes()), number=n)
            for n, (u, (_, _, p)) in enumerate(zip(urls, pages, strict=True))
        ],
    )
    ingested = run_cli(cli, "ingest-warc", archive, "--db", tmp_path / "w.db", "-q")
    assert ingested.exit_code == 0, ingested.stderr
    by_fetch = _export(cli, tmp_path / "f.db", tmp_path / "f.jsonl")
    by_warc = _export(cli, tmp_path / "w.db", tmp_path / "w.jsonl")
    by_parse = {}
    for u, (_, _, page) in zip(urls, pages, strict=True):
        parsed = run_cli(cli, "parse", page, "--url", u, "--jsonl")
        assert parsed.exit_code == 0, parsed.stderr
        record_ = json.loads(parsed.stdout)
        by_parse[record_["url"]] = {key: record_[key] for key in CONTRACT}
    assert by_fetch == by_warc == by_parse


def _export(cli, db: Path, out: Path) -> dict[str, dict]:
    result = run_cli(cli, "export", "--jsonl", out, "--include-duplicates", "--db", db)
    assert result.exit_code == 0, result.stderr
    return {record["url"]: {key: record[key] for key in CONTRACT} for record in read_jsonl(out)}


def test_entries_marked_as_articles_are_never_read_as_list_pages(cli, tmp_path: Path) -> None:
    links = [(f"/news/2024/0315/{n}.html", f"第{n}篇新闻的完整标题在这里") for n in range(1, 11)]
    routes = {
        "/story": Route(article_html("一篇短链接的文章", related=["/news/2024/0316/9.html"])),
        "/channel": Route(list_html("频道", links)),
    }
    with LocalSite(routes) as site:
        urls = tmp_path / "urls.txt"
        urls.write_text(f"{site.url('/story')} article\n{site.url('/channel')} article  # said so by mistake\n")
        result = run_cli(cli, "fetch", "--urls-file", urls, "--db", tmp_path / "c.db", "--allow-private", "-q")
        hits = dict(site.hits)
    # The list page given as an article is a failure with one line, and its links are not followed.
    assert result.exit_code == 1
    assert "no story found" in result.stderr and "/channel" in result.stderr
    assert set(hits) - {"/robots.txt"} == {"/story", "/channel"}
    out = tmp_path / "out.jsonl"
    run_cli(cli, "export", "--jsonl", out, "--db", tmp_path / "c.db")
    assert [record["title"] for record in read_jsonl(out)] == ["一篇短链接的文章"]
