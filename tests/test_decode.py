from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscorpus.decode import _MOJIBAKE, decode_html, normalize_charset

STORY = "<p>国家统计局今日发布数据，前三季度国内生产总值同比增长百分之五点二，就业形势总体稳定。</p>"


def page(meta: str = "") -> str:
    return f"<html><head>{meta}<title>经济运行稳中向好</title></head><body>{STORY}</body></html>"


def test_gbk_bytes_declared_gb2312_decode_as_gb18030() -> None:
    # 镕 is in GBK but not in GB2312: a strict gb2312 decoder would lose it.
    html = page('<meta charset="gb2312">').replace("国家", "朱镕基时期国家")
    decoded = decode_html(html.encode("gbk"))
    assert decoded.encoding == "gb18030"
    assert decoded.declared == "gb2312"
    assert "朱镕基" in decoded.text


def test_utf8_bytes_declared_gb2312_lose_to_utf8() -> None:
    decoded = decode_html(page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">').encode())
    assert decoded.encoding == "utf-8"
    assert "前三季度国内生产总值" in decoded.text


def test_gbk_without_declaration_is_sniffed() -> None:
    decoded = decode_html(page().encode("gbk"))
    assert decoded.encoding == "gb18030"
    assert decoded.declared is None
    assert "就业形势总体稳定" in decoded.text


def test_http_header_charset_is_used_when_clean() -> None:
    traditional = "<html><body><p>國家統計局今日發布數據，前三季度國內生產總值同比增長。</p></body></html>"
    decoded = decode_html(traditional.encode("big5"), header_charset="big5")
    assert decoded.encoding == "big5"
    assert "國內生產總值" in decoded.text


def test_a_page_declared_big5_keeps_its_hong_kong_characters() -> None:
    # Hong Kong pages declare big5 and write HKSCS characters (邨 in an estate's name, 啲 in Cantonese): plain
    # big5 has no code for them and left replacement characters (blind41's 星島 page).
    story = (
        '<html><head><meta charset="big5"></head><body><p>沙田瀝源邨居民今日搬遷，啲街坊都好唔捨得。</p></body></html>'
    )
    decoded = decode_html(story.encode("big5hkscs"))
    assert "瀝源邨" in decoded.text and "啲街坊" in decoded.text and "\ufffd" not in decoded.text


def test_declared_utf8_but_gbk_bytes_falls_back_to_gb18030() -> None:
    decoded = decode_html(page('<meta charset="utf-8">').encode("gbk"))
    assert decoded.encoding == "gb18030"
    assert "国家统计局" in decoded.text


def test_bom_wins_over_declaration() -> None:
    decoded = decode_html(codecs.BOM_UTF8 + page('<meta charset="gbk">').encode())
    assert decoded.encoding == "utf-8"
    assert decoded.text.startswith("<html>")


def test_utf8_with_one_broken_byte_stays_utf8() -> None:
    raw = page('<meta charset="utf-8">').encode() + b"\xff"
    decoded = decode_html(raw)
    assert decoded.encoding == "utf-8"
    assert "国家统计局" in decoded.text


@pytest.mark.parametrize(
    ("label", "codec"),
    [("GB2312", "gb18030"), ("gbk", "gb18030"), ("utf8", "utf-8"), ("x-unknown", None), ("", None)],
)
def test_normalize_charset(label: str, codec: str | None) -> None:
    assert normalize_charset(label) == codec


@pytest.mark.parametrize(
    ("name", "encoding", "needle"),
    [
        ("_encodings/sina-gbk-declared-gb2312.html", "gb18030", "中国人习以为常的地方"),
        ("_encodings/ifeng-gbk-no-declaration.html", "gb18030", "女童眼睛被塞几十片纸"),
        ("_encodings/163-utf8-declared-gbk.html", "utf-8", "狂奔的龙湖集团"),
        ("_encodings/xinhuanet-gb18030-declared-gbk.html", "gb18030", "法国全国大罢工"),
        ("people/1.html", "utf-8", "郑板桥画了几笔兰花"),
    ],
)
def test_real_pages_decode_to_their_real_encoding(shared_pages, name: str, encoding: str, needle: str) -> None:
    decoded = decode_html((shared_pages / name).read_bytes())
    assert decoded.encoding == encoding
    assert needle in decoded.text
    assert "\ufffd" not in decoded.text


@given(st.text(alphabet=st.sampled_from(["a", "中", "，", "\ufffd", "\ue000", "\uf8ff", "\uf900", "\U0001f600"])))
def test_mojibake_count_is_every_replacement_or_private_use_character(text: str) -> None:
    # The plain definition the regex count replaced (a loop over every character of the page).
    expected = sum(1 for ch in text if ch == "\ufffd" or "\ue000" <= ch <= "\uf8ff")
    assert len(_MOJIBAKE.findall(text)) == expected


def test_a_gbk_page_declared_big5_is_read_as_gbk_not_left_broken() -> None:
    # Decoded as Big5 the story is full of replacement characters: the declaration loses to the bytes.
    decoded = decode_html(page('<meta charset="big5">').encode("gbk"))
    assert decoded.encoding == "gb18030"
    assert "前三季度国内生产总值" in decoded.text
