"""Multi-page articles inside an archive: the parts are found among the same file's records, in any
order, and stitched onto the first page as `fetch` stitches them; a part the archive lacks leaves the
article flagged incomplete, and the local and Ray engines store the same rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from newscorpus.store import Store
from newscorpus.warc.engines import EngineOptions
from newscorpus.warc.ingest import Engine, ingest

from .test_pager_crawl import numbered, sentence
from .warc_helpers import http_block, record, write_warc

BASE = "http://127.0.0.1:8000"


def _archive(tmp_path: Path) -> Path:
    """Story 1 over three pages stored page 3, page 1, page 2; story 2 whose page 2 was never archived."""
    one, two = numbered(1, 3), numbered(2, 2)
    order = ["/news/2024/0315/1_3.html", "/news/2024/0315/1.html", "/news/2024/0315/1_2.html"]
    pages = [(path, one[path].body) for path in order] + [
        ("/news/2024/0315/2.html", two["/news/2024/0315/2.html"].body)
    ]
    return write_warc(
        tmp_path / "multi.warc.gz",
        [record(BASE + path, http_block(body), number=n) for n, (path, body) in enumerate(pages)],
    )


def _rows(db: Path) -> tuple[list[tuple], list[tuple]]:
    with sqlite3.connect(db) as conn:
        articles = conn.execute("SELECT url, body, editor, incomplete FROM articles ORDER BY url").fetchall()
        parts = conn.execute("SELECT url, part_index FROM pages WHERE part_of IS NOT NULL ORDER BY url").fetchall()
    return articles, parts


def test_parts_in_the_same_archive_are_stitched_in_order_whatever_their_record_order(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with Store(db) as store:
        result = ingest([_archive(tmp_path)], store)
    assert result.report.parse_errors == []
    articles, parts = _rows(db)
    assert [a[0] for a in articles] == [f"{BASE}/news/2024/0315/1.html", f"{BASE}/news/2024/0315/2.html"]
    body, editor, incomplete = articles[0][1:]
    assert body.split("\n") == [sentence(1, p, n) for p in (1, 2, 3) for n in (1, 2, 3)]
    assert (editor, incomplete) == ("王小明", 0)  # the editor line is on the last page
    assert parts == [(f"{BASE}/news/2024/0315/1_2.html", 1), (f"{BASE}/news/2024/0315/1_3.html", 2)]
    assert articles[1][3] == 1  # page two of story 2 is not in the archive: flagged, not silently short


def test_the_ray_engine_stitches_across_shards_like_the_local_one(tmp_path: Path, ray_cluster: None) -> None:
    archive = _archive(tmp_path)
    with Store(tmp_path / "local.db") as store:
        ingest([archive], store)
    with Store(tmp_path / "ray.db") as store:
        # One record per shard: every part arrives in a shard of its own.
        ingest([archive], store, Engine.RAY, EngineOptions(shard_records=1))
    assert _rows(tmp_path / "local.db") == _rows(tmp_path / "ray.db")
