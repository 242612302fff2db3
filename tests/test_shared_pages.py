"""`newscorpus parse` on every real saved page prints readable Chinese: no mojibake anywhere."""

from __future__ import annotations

import json
import re

from .conftest import run_cli

_CJK = re.compile(r"[\u4e00-\u9fff]")
# Typical debris of UTF-8 read as GBK or Latin-1 (e.g. "鏂伴椈", "Ã¤"), and replacement characters.
_MOJIBAKE = re.compile(r"[\ufffd]|[ÃÂ][\x80-\xbf]|[鍙鏂浜鐨閫]{2}")


def test_every_shared_page_parses_to_readable_chinese(cli, shared_pages) -> None:
    result = run_cli(cli, "parse", "--jsonl", shared_pages)
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    expected = sorted(p for p in shared_pages.rglob("*.html"))
    assert [r["path"] for r in records] == [str(p) for p in expected]
    for record in records:
        text = (record["title"] or "") + record["body"]
        assert record["title"] and _CJK.search(record["title"]), record["path"]
        assert len(_CJK.findall(record["body"])) > 50 or record["path"].endswith("_list/163/1.html"), record["path"]
        assert not _MOJIBAKE.search(text), (record["path"], _MOJIBAKE.search(text))
