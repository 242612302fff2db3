"""Schema and storage: migrations once, WAL, transactions that leave nothing half-written."""

from __future__ import annotations

import hashlib
import sqlite3
import zlib
from pathlib import Path

import pytest

from newscorpus.decode import decode_html
from newscorpus.errors import DatabaseError
from newscorpus.models import Article, FetchedPage, RelatedItem
from newscorpus.rawpages import pack
from newscorpus.schema import MIGRATIONS
from newscorpus.store import SaveOutcome, Store


def _page(url: str, html: str) -> FetchedPage:
    return FetchedPage(requested_url=url, url=url, status=200, content=html.encode(), content_type="text/html")


def _article(url: str, body: str, related: int = 2) -> Article:
    items = [RelatedItem(f"相关报道第{i}篇", f"{url}#r{i}", None) for i in range(related)]
    return Article(
        url=url,
        site="generic",
        parser="generic",
        parser_version=1,
        title="标题",
        paragraphs=body.split("\n"),
        related=items,
    )


def test_migrations_apply_once_and_wal_is_on(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    Store(db).close()
    Store(db).close()
    with sqlite3.connect(db) as conn:
        names = [row[0] for row in conn.execute("SELECT name FROM _migrations")]
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert names == [fn.__name__ for fn in MIGRATIONS]
    assert mode == "wal"


def test_save_is_new_then_unchanged_then_updated(tmp_path: Path) -> None:
    url = "http://127.0.0.1/a.html"
    html = "<p>正文</p>"
    with Store(tmp_path / "c.db") as store:
        decoded = decode_html(html.encode())
        assert store.save(_page(url, html), decoded, _article(url, "第一段\n第二段")) is SaveOutcome.NEW
        assert store.save(_page(url, html), decoded, _article(url, "第一段\n第二段")) is SaveOutcome.UNCHANGED
        assert store.save(_page(url, html), decoded, _article(url, "第一段\n改过的第二段", 1)) is SaveOutcome.UPDATED
        records = list(store.iter_articles())
    assert len(records) == 1
    assert records[0]["body"] == "第一段\n改过的第二段"
    assert len(records[0]["related"]) == 1


def test_failed_write_leaves_previous_state(tmp_path: Path, monkeypatch) -> None:
    url = "http://127.0.0.1/a.html"
    with Store(tmp_path / "c.db") as store:
        decoded = decode_html(b"<p>x</p>")
        store.save(_page(url, "<p>x</p>"), decoded, _article(url, "原文"))

        def broken(*args: object) -> None:
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(store, "_replace_related", broken)
        with pytest.raises(DatabaseError, match="disk I/O error"):
            store.save(_page(url, "<p>y</p>"), decoded, _article(url, "新文"))
        records = list(store.iter_articles())
    assert records[0]["body"] == "原文"
    assert len(records[0]["related"]) == 2


def test_saves_inside_a_transaction_commit_only_with_it(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    decoded = decode_html(b"<p>x</p>")
    with Store(db) as store:
        with pytest.raises(RuntimeError), store.transaction():
            for n in range(2):
                url = f"http://127.0.0.1/{n}.html"
                store.save(_page(url, "<p>x</p>"), decoded, _article(url, "正文"))
                store.log("run", url, "new", 200)
            with sqlite3.connect(db) as other:  # the inner saves and logs did not commit on their own
                assert other.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
            raise RuntimeError("the caller failed after the saves")
        assert store.count("articles") == store.count("pages") == store.count("fetch_log") == 0
        url = "http://127.0.0.1/a.html"
        with store.transaction():
            store.save(_page(url, "<p>x</p>"), decoded, _article(url, "正文"))
        assert store.count("articles") == 1 and store.count("related") == 2


def test_a_failure_in_a_nested_block_rolls_back_the_whole_transaction(tmp_path: Path, monkeypatch) -> None:
    decoded = decode_html(b"<p>x</p>")
    with Store(tmp_path / "c.db") as store:
        first, second = "http://127.0.0.1/1.html", "http://127.0.0.1/2.html"

        def broken(*args: object) -> None:
            raise sqlite3.OperationalError("disk I/O error")

        with pytest.raises(DatabaseError, match="disk I/O error"), store.transaction():
            store.save(_page(first, "<p>x</p>"), decoded, _article(first, "正文"))
            store.log("run", first, "new", 200)
            monkeypatch.setattr(store, "_insert_related", broken)
            store.save(_page(second, "<p>x</p>"), decoded, _article(second, "正文"))
        assert store.count("articles") == store.count("pages") == store.count("fetch_log") == 0
        assert store.count("article_dedup") == store.count("lsh_bands") == 0


def test_nested_blocks_join_the_transaction_without_savepoints(tmp_path: Path) -> None:
    """A savepoint makes SQLite copy every page it touches into a sub-journal: the crawler's page
    transaction (article, dedup, frontier, log) must be one plain BEGIN ... COMMIT."""
    from newscorpus.crawl.frontier import Frontier

    url = "http://127.0.0.1/a.html"
    with Store(tmp_path / "c.db") as store:
        frontier = Frontier(store.db, store.path)
        statements: list[str] = []
        store.db.conn.set_trace_callback(statements.append)
        with store.transaction():
            store.save(_page(url, "<p>x</p>"), decode_html(b"<p>x</p>"), _article(url, "正文" * 40))
            frontier.add([("http://127.0.0.1/b.html", "article", 1)])
            frontier.mark_fetched(url, 200, None, None, "article")
            store.log("run", url, "new", 200)
        store.db.conn.set_trace_callback(None)
    assert not [s for s in statements if "SAVEPOINT" in s.upper()]
    assert not [s for s in statements if s.startswith("SELECT body")]  # dedup sketches the body in hand
    assert [s for s in statements if s in ("BEGIN", "COMMIT")] == ["BEGIN", "COMMIT"]


def test_a_page_packed_by_the_caller_is_stored_as_if_packed_by_the_store(tmp_path: Path) -> None:
    html = "<p>正文</p>" * 50
    columns = "url, requested_url, status, content_type, encoding, html_zlib, content_sha1"
    rows = []
    for name, packed in (("a.db", None), ("b.db", pack(html.encode()))):
        with Store(tmp_path / name) as store:
            url = "http://127.0.0.1/a.html"
            store.save(_page(url, html), decode_html(html.encode()), _article(url, "正文"), packed)
            rows.append(store.db.execute(f"SELECT {columns} FROM pages").fetchall())
    assert rows[0] == rows[1]
    assert zlib.decompress(rows[0][0][5]) == html.encode()


def test_resaving_a_page_keeps_its_id(tmp_path: Path) -> None:
    url = "http://127.0.0.1/a.html"
    with Store(tmp_path / "c.db") as store:
        store.save(_page(url, "<p>x</p>"), decode_html(b"<p>x</p>"), _article(url, "原文"))
        store.save(_page(url, "<p>y</p>"), decode_html(b"<p>y</p>"), _article(url, "新文"))
        rows = store.db.execute("SELECT p.id, a.page_id, p.content_sha1 FROM pages p JOIN articles a").fetchall()
    assert len(rows) == 1 and rows[0][0] == rows[0][1]
    assert rows[0][2] == hashlib.sha1(b"<p>y</p>").hexdigest()
