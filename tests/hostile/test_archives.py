"""Item 3 of issue 16 on the archive side: `ingest-warc` reads record payloads in blocks up to a cap and
inflates Content-Encoding under the same cap, so huge or bomb records are skipped with a counted reason
and the records after them are still stored, in bounded memory. A record over the parse budget is
skipped on its own too."""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

from ..warc_helpers import article, http_block, record, rows
from .conftest import integrity
from .run import newscorpus
from .server import gzip_bomb

CAP = 16 << 20  # WARC_MAX_RECORD_BYTES in the child: small, so the hostile records can stay small too


def huge_record_member(uri: str, payload_bytes: int) -> bytes:
    """One gzip member holding a response record with ``payload_bytes`` of HTML-ish filler, compressed as it
    is built (never held whole here)."""
    head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {payload_bytes}\r\n\r\n".encode()
    warc = record(uri, b"").removesuffix(b"\r\n\r\n")  # the WARC header block, Content-Length fixed below
    warc = warc.replace(b"Content-Length: 0", f"Content-Length: {len(head) + payload_bytes}".encode())
    packer = zlib.compressobj(1, zlib.DEFLATED, 31)
    filler = b"<p>" + b"a" * ((1 << 20) - 3)
    parts = [packer.compress(warc + head)]
    parts += [
        packer.compress(filler[: min(len(filler), payload_bytes - done)])
        for done in range(0, payload_bytes, len(filler))
    ]
    return b"".join(parts) + packer.compress(b"\r\n\r\n") + packer.flush()


def encoded_record(uri: str, body: bytes, encoding: str) -> bytes:
    fields = ["HTTP/1.1 200 OK", "Content-Type: text/html", f"Content-Encoding: {encoding}"]
    head = "\r\n".join([*fields, f"Content-Length: {len(body)}", "", ""])
    return record(uri, head.encode() + body)


def test_huge_and_bomb_records_are_skipped_in_bounded_memory(tmp_path: Path) -> None:
    members = [
        huge_record_member("https://news.example.cn/a/2024/0101/huge.html", 200 << 20),
        gzip.compress(encoded_record("https://news.example.cn/a/2024/0101/bomb.html", gzip_bomb(256 << 20, 1), "gzip")),
        gzip.compress(
            encoded_record("https://news.example.cn/a/2024/0101/bad.html", b"\x1f\x8bnot gzip at all", "gzip")
        ),
        gzip.compress(record("https://news.example.cn/a/2024/0101/deep.html", http_block(b"<div>" * 1_000_000))),
        gzip.compress(article("/news/2023/1101/200.html", "https://news.example.cn/a/2024/0101/good.html", 9)),
    ]
    warc = tmp_path / "hostile.warc.gz"
    warc.write_bytes(b"".join(members))
    db = tmp_path / "c.db"
    run = newscorpus("ingest-warc", "--db", db, warc, overrides={"WARC_MAX_RECORD_BYTES": CAP}, timeout=60)
    run.assert_clean()
    assert run.rc == 0, run.stderr
    for skipped in ("2 too-large", "1 bad-content-encoding", "1 over-parse-budget"):
        assert skipped in run.text, run.text
    # Before: the 200 MB record was read whole and the bomb inflated whole. Bound: the 16 MB cap, a block,
    # and a ~60 MB interpreter with the parsers loaded.
    assert run.peak_mb < 160, run.peak_mb
    stored = rows(db, "SELECT url FROM articles")
    assert stored == [{"url": "https://news.example.cn/a/2024/0101/good.html"}] and integrity(db) == "ok"


def test_a_gzip_encoded_record_within_the_cap_is_inflated_and_stored(tmp_path: Path) -> None:
    page = article("/news/2023/1101/200.html", "https://news.example.cn/a/2024/0101/z.html", 1)
    _warc_head, _, block = page.partition(b"\r\n\r\n")
    _http_head, _, html = block.partition(b"\r\n\r\n")
    encoded = encoded_record(
        "https://news.example.cn/a/2024/0101/z.html", gzip.compress(html.removesuffix(b"\r\n\r\n")), "gzip"
    )
    warc = tmp_path / "z.warc.gz"
    warc.write_bytes(gzip.compress(encoded))
    db = tmp_path / "c.db"
    run = newscorpus("ingest-warc", "--db", db, "-q", warc)
    run.assert_clean()
    assert run.rc == 0 and "1 new" in run.text, run.text + run.stderr
    assert rows(db, "SELECT count(*) AS n FROM articles WHERE length(body) > 80") == [{"n": 1}]
