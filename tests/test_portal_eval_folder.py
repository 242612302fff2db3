"""A story folder's pages (``.../1021/1.html``, ``2.html``, ``3.html``) are stitched into one article by
``fetch`` and by ``ingest-warc`` (found by the portal eval's seed 2: stories stored as their first page)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from newscorpus.localserver import LocalSite, Route
from newscorpus.store import Store
from newscorpus.warc.ingest import ingest

from .test_pager_crawl import crawl, sentence, story_page
from .warc_helpers import http_block, record, write_warc

FOLDER = "/2024/0315/1021/"


def folder_story(story: int, pages: int) -> dict[str, Route]:
    """Pages named 1.html, 2.html ... in the story's folder, a pager of page numbers and 下一页."""
    routes = {}
    for p in range(1, pages + 1):
        nums = "".join(f"<b>{n}</b>" if n == p else f"<a href='{n}.html'>{n}</a>" for n in range(1, pages + 1))
        more = f"<a href='{p + 1}.html'>下一页</a>" if p < pages else ""
        routes[f"{FOLDER}{p}.html"] = Route(story_page(story, p, nums + more, p == pages))
    return routes


def rows(db: Path) -> list[tuple[str, str, str | None, int]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT url, body, editor, incomplete FROM articles").fetchall()


def expected(story: int, pages: int) -> list[str]:
    return [sentence(story, p, n) for p in range(1, pages + 1) for n in range(1, 4)]


def test_fetch_stitches_a_story_folder(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with LocalSite(folder_story(21, 3)) as site:
        crawl(db, site.url(FOLDER + "1.html"))
    [(url, body, editor, incomplete)] = rows(db)
    assert url.endswith(FOLDER + "1.html") and body.split("\n") == expected(21, 3)
    assert (editor, incomplete) == ("王小明", 0)


def test_ingest_warc_stitches_a_story_folder_whatever_the_record_order(tmp_path: Path) -> None:
    base = "http://127.0.0.1:8000"
    routes = folder_story(21, 3)
    order = ["3.html", "1.html", "2.html"]  # the last page, naming no next page, comes first
    archive = write_warc(
        tmp_path / "folder.warc.gz",
        [
            record(base + FOLDER + name, http_block(routes[FOLDER + name].body), number=n)
            for n, name in enumerate(order)
        ],
    )
    db = tmp_path / "c.db"
    with Store(db) as store:
        ingest([archive], store)
    [(url, body, editor, incomplete)] = rows(db)
    assert url == base + FOLDER + "1.html" and body.split("\n") == expected(21, 3)
    assert (editor, incomplete) == ("王小明", 0)
