"""crawl12: an ISO-8859-1 Content-Type (Tomcat's and many servers' default) over a GBK or Big5 page. A
single-byte codec decodes any bytes without a replacement character, so the label used to win and the
page was stored as mojibake (crawl12's portal: the story came out a "list" of Latin letters)."""

from __future__ import annotations

import pytest

from newscorpus.decode import decode_html

STORY = "记者从有关部门获悉，今年以来当地持续推进重点项目建设，各项工作取得积极进展。"
TRADITIONAL = "記者從有關部門獲悉，今年以來當地持續推進重點項目建設，各項工作取得積極進展。"


def page(meta: str, encoding: str, story: str = STORY) -> bytes:
    return f"<html><head><meta charset='{meta}'></head><body><p>{story}</p></body></html>".encode(encoding)


@pytest.mark.parametrize("label", ["iso-8859-1", "ISO-8859-1", "latin-1", "windows-1252"])
def test_a_gbk_page_under_a_western_label_is_read_as_gbk(label: str) -> None:
    decoded = decode_html(page("gbk", "gbk"), label)
    assert decoded.encoding == "gb18030" and STORY in decoded.text


def test_the_pages_own_meta_charset_is_taken_under_a_western_header() -> None:
    decoded = decode_html(page("big5", "big5", TRADITIONAL), "iso-8859-1")
    assert decoded.encoding == "big5" and TRADITIONAL in decoded.text


def test_real_latin_text_keeps_its_label() -> None:
    content = "<html><meta charset=iso-8859-1><p>Café crème, naïve façade à la mode.</p></html>".encode("latin-1")
    decoded = decode_html(content, "iso-8859-1")
    assert decoded.encoding == "cp1252" and "façade" in decoded.text
