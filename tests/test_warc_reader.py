"""Reading archives: records with offsets, and every kind of bad record rejected with its reason."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newscorpus.dedup import Sketcher
from newscorpus.errors import ArchiveError
from newscorpus.scrapers.registry import Registry
from newscorpus.warc.outcome import Parsed, Rejected
from newscorpus.warc.reader import WarcRecord, iter_records, record_offsets
from newscorpus.warc.records import RecordOptions
from newscorpus.warc.shards import iter_shard, plan_shards, whole_file

from .helpers import demo_page
from .warc_helpers import article, http_block, record, write_warc

FINANCE = "/finance/2023/1031/100.html"
NEWS_GBK = "/news/2023/1101/200.html"


def outcomes(path: Path, registry: Registry, hosts: tuple[str, ...] = ()) -> list[Parsed | Rejected]:
    return list(iter_shard(whole_file(0, path), registry, Sketcher(), RecordOptions(hosts)))


def reasons(items: list[Parsed | Rejected]) -> list[str]:
    return [item.reason.value if isinstance(item, Rejected) else "parsed" for item in items]


@pytest.mark.parametrize("gzipped", [True, False])
def test_offsets_point_at_the_records_and_pages_keep_them(tmp_path: Path, registry: Registry, gzipped: bool) -> None:
    path = write_warc(
        tmp_path / "a.warc",
        [article(FINANCE, "https://news.example.cn/1.html", 1), article(NEWS_GBK, "https://news.example.cn/2.html", 2)],
        gzipped,
    )
    offsets = record_offsets(path)
    assert offsets[0] == 0 and len(offsets) == 2
    again = next(iter_records(path, start=offsets[1]))
    assert isinstance(again, WarcRecord) and again.target_uri == "https://news.example.cn/2.html"
    parsed = outcomes(path, registry)
    assert [p.page.warc_offset for p in parsed if isinstance(p, Parsed)] == offsets
    gbk = parsed[1]
    assert isinstance(gbk, Parsed) and gbk.decoded.encoding == "gb18030" and gbk.article.paragraphs
    assert gbk.page.fetched_at == "2023-11-01T08:00:00+00:00"


def test_bad_records_are_rejected_with_reasons_and_the_rest_is_read(tmp_path: Path, registry: Registry) -> None:
    good = http_block(demo_page(FINANCE))
    # A page without a story (a home or list page) is not stored as an article, the same verdict fetch makes.
    no_story = http_block("<html><body><p>新闻正文</p></body></html>".encode())
    path = write_warc(
        tmp_path / "bad.warc.gz",
        [
            record(None, b"", rec_type="warcinfo", number=1),
            record("https://a.cn/no-http.html", b"<html><p>payload without HTTP headers</p></html>", number=2),
            record(None, good, number=3),
            record("https://a.cn/data.json", http_block(b"{}", "application/json"), number=4),
            record("https://a.cn/moved.html", http_block(b"", status="301 Moved Permanently"), number=5),
            record("https://a.cn/ok.html", good, number=6),
            record("https://a.cn/index.html", no_story, number=7),
        ],
    )
    assert reasons(outcomes(path, registry)) == [
        "not-response",
        "missing-http-headers",
        "missing-target-uri",
        "not-html",
        "http-status",
        "parsed",
        "not-article",
    ]


def test_a_truncated_gzip_member_is_reported_and_the_records_before_it_kept(tmp_path: Path, registry: Registry) -> None:
    whole = write_warc(tmp_path / "whole.warc.gz", [article(FINANCE, f"https://a.cn/{i}.html", i) for i in range(3)])
    data = whole.read_bytes()
    last = record_offsets(whole)[-1]
    for cut in (len(data) - 30, last + 15):  # inside the compressed body; inside the member's gzip header
        cut_path = tmp_path / f"cut-{cut}.warc.gz"
        cut_path.write_bytes(data[:cut])
        got = outcomes(cut_path, registry)
        assert reasons(got)[:2] == ["parsed", "parsed"]
        assert reasons(got)[2:] in (["truncated"], ["corrupt"])
        assert got[2].offset == last


def test_a_file_that_is_not_an_archive_is_one_corrupt_record(tmp_path: Path, registry: Registry) -> None:
    path = tmp_path / "junk.warc.gz"
    path.write_bytes(b"<html>not an archive</html>\n" * 10)
    assert reasons(outcomes(path, registry)) == ["corrupt"]


def test_a_missing_file_is_an_archive_error(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError) as info:
        list(iter_records(tmp_path / "gone.warc.gz"))
    assert info.value.where.endswith("gone.warc.gz")


def test_host_suffixes_keep_only_chosen_hosts(tmp_path: Path, registry: Registry) -> None:
    path = write_warc(
        tmp_path / "h.warc.gz",
        [
            article(FINANCE, "https://money.163.com/1.html", 1),
            article(FINANCE, "https://163.com/2.html", 2),
            article(FINANCE, "https://not163.com/3.html", 3),
            article(FINANCE, "https://news.sina.com.cn/4.html", 4),
        ],
    )
    assert reasons(outcomes(path, registry, (".163.com",))) == ["parsed", "parsed", "host-filtered", "host-filtered"]


def test_shards_cover_every_record_once_in_order(tmp_path: Path, registry: Registry) -> None:
    path = write_warc(tmp_path / "s.warc.gz", [article(FINANCE, f"https://a.cn/{i}.html", i) for i in range(7)])
    offsets = record_offsets(path)
    shards = plan_shards(0, path, offsets, per_shard=3)
    assert [s.start for s in shards] == [offsets[0], offsets[3], offsets[6]] and [s.last for s in shards] == [
        False,
        False,
        True,
    ]
    seen = [o.offset for shard in shards for o in iter_shard(shard, registry, Sketcher(), RecordOptions())]
    assert seen == offsets


@pytest.mark.parametrize("gzipped", [True, False])
def test_arc_files_are_read_like_warc(tmp_path: Path, registry: Registry, gzipped: bool) -> None:
    desc = b"1 0 newscorpus\nURL IP-address Archive-date Content-type Archive-length\n"
    head = b"filedesc://t.arc 0.0.0.0 20231101000000 text/plain %d\n" % len(desc) + desc + b"\n"
    block = http_block(demo_page(FINANCE))
    rec = b"https://a.cn/1.html 127.0.0.1 20231101080000 text/html %d\n" % len(block) + block + b"\n"
    path = tmp_path / ("t.arc.gz" if gzipped else "t.arc")
    path.write_bytes(gzip.compress(head) + gzip.compress(rec) if gzipped else head + rec)
    got = outcomes(path, registry)
    assert reasons(got) == ["not-response", "parsed"]
    parsed = got[1]
    assert isinstance(parsed, Parsed) and parsed.page.url == "https://a.cn/1.html"
    assert parsed.page.fetched_at == "2023-11-01T08:00:00+00:00" and parsed.article.paragraphs


@pytest.mark.parametrize("damage", ["cut member", "garbled member"])
def test_reading_resumes_after_a_damaged_member(tmp_path: Path, registry: Registry, damage: str) -> None:
    members = [gzip.compress(article(FINANCE, f"https://a.cn/{i}.html", i)) for i in range(4)]
    bad = members[1]
    members[1] = bad[: len(bad) // 2] if damage == "cut member" else bad[:20] + b"\x00" * 40 + bad[60:]
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(b"".join(members))
    got = outcomes(path, registry)
    assert reasons(got)[0] == "parsed" and reasons(got)[-2:] == ["parsed", "parsed"]
    # warcio may read a garbled member as junk "records"; whatever it makes of them is rejected.
    assert got[1:-2] and all(isinstance(o, Rejected) for o in got[1:-2])
    assert [o.page.url for o in got if isinstance(o, Parsed)] == [f"https://a.cn/{i}.html" for i in (0, 2, 3)]


def test_reading_resumes_after_garbage_in_an_uncompressed_warc(tmp_path: Path, registry: Registry) -> None:
    records = [article(FINANCE, f"https://a.cn/{i}.html", i) for i in range(3)]
    path = tmp_path / "plain.warc"
    path.write_bytes(records[0] + b"WARC/1.0\r\nnot a header at all\r\n\r\n" + records[1] + records[2])
    got = outcomes(path, registry)
    assert [o.page.url for o in got if isinstance(o, Parsed)] == [f"https://a.cn/{i}.html" for i in range(3)]
    assert "corrupt" in reasons(got)
