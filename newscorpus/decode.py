"""Bytes -> text for real Chinese pages, which often lie about their charset.

Order of evidence: BOM, then the declared charset (HTTP header, then <meta>), then the bytes themselves.
A declaration only wins when decoding with it is clean: GB2312-labelled pages are really GBK/GB18030,
UTF-8 pages are still labelled gb2312 after a CMS migration, and GBK pages ship with no label at all.
"""

from __future__ import annotations

import codecs
import re

from newscorpus import settings
from newscorpus.models import DecodedPage

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-]+)""", re.IGNORECASE)
# What a wrong codec leaves behind: replacement characters, and GB bytes read into the private use area.
_MOJIBAKE = re.compile("[\ufffd\ue000-\uf8ff]")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Hong Kong pages declare big5 and write a few HKSCS characters (邨, 啲) plain Big5 has no code for: browsers
# read the label as Big5-HKSCS (WHATWG's Big5). Only a Big5 page with such holes is read so: GBK bytes under a
# big5 label decode without holes in HKSCS's wider code space, into nonsense.
_BIG5, _BIG5_HKSCS = "big5", "big5hkscs"
# What "iso-8859-1", "latin-1" and "windows-1252" labels decode with.
_WESTERN_DEFAULT = "cp1252"
# GB2312 and GBK are subsets of GB18030: decoding as the superset never loses characters.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "ascii": "utf-8",
    "us-ascii": "utf-8",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
}


def normalize_charset(name: str | None) -> str | None:
    """Map a declared label to the Python codec we should really use, or None if unknown."""
    if not name:
        return None
    label = name.strip().strip("\"'").lower()
    try:
        canonical = codecs.lookup(label).name
    except LookupError:
        return None
    return _SUPERSETS.get(label) or _SUPERSETS.get(canonical) or canonical


def meta_charset(content: bytes) -> str | None:
    match = _META_CHARSET.search(content[: settings.META_CHARSET_SCAN_BYTES])
    return match.group(1).decode("ascii") if match else None


def decode_html(content: bytes, header_charset: str | None = None) -> DecodedPage:
    declared = header_charset or meta_charset(content)
    for bom, codec in _BOMS:
        if content.startswith(bom):
            return DecodedPage(content.decode(codec, errors="replace"), codec.removesuffix("-sig"), declared)

    # Valid UTF-8 with non-ASCII bytes is almost never an accident, whatever the label says.
    utf8 = _strict(content, "utf-8")
    if utf8 is not None:
        return DecodedPage(utf8, "utf-8", declared)

    codec = normalize_charset(declared)
    if codec == _WESTERN_DEFAULT:
        codec = _behind_western_label(content) or codec
    if codec:
        text = content.decode(codec, errors="replace")
        if not _looks_broken(text):
            if codec == _BIG5 and "\ufffd" in text and (hong_kong := _strict(content, _BIG5_HKSCS)) is not None:
                return DecodedPage(hong_kong, _BIG5_HKSCS, declared)
            return DecodedPage(text, codec, declared)

    sniffed = _sniff(content)
    return DecodedPage(content.decode(sniffed, errors="replace"), sniffed, declared)


def _behind_western_label(content: bytes) -> str | None:
    """The multibyte charset under an ISO-8859-1 label: Tomcat's and many servers' default Content-Type
    says it over GBK pages, and a single-byte codec decodes any bytes "cleanly" into mojibake. The page's
    own <meta> charset, else GB18030, when the bytes decode strictly with it (Latin text with accents
    does not: its lone high bytes are no valid GB pairs)."""
    for candidate in (normalize_charset(meta_charset(content)), "gb18030"):
        if candidate and candidate != _WESTERN_DEFAULT and _strict(content, candidate) is not None:
            return candidate
    return None


def _strict(content: bytes, codec: str) -> str | None:
    try:
        return content.decode(codec)
    except UnicodeDecodeError:
        return None


def _looks_broken(text: str) -> bool:
    if not text:
        return False
    # Counted by the regex engine: a Python loop over every character cost ~2.5 ms on a 200 KB GBK page,
    # as much as parsing it.
    bad = len(_MOJIBAKE.findall(text))
    # A truncated download or one stray byte must not discredit an otherwise clean decode.
    return bad > max(settings.MOJIBAKE_TOLERATED_CHARS, len(text) * settings.MOJIBAKE_MAX_RATIO)


def _sniff(content: bytes) -> str:
    # Imported here: ~3 MB resident that a crawl of portals with honest or UTF-8 pages never needs.
    import charset_normalizer

    best = charset_normalizer.from_bytes(content).best()
    codec = normalize_charset(best.encoding if best else None)
    # Chinese portals that are not UTF-8 are overwhelmingly GB-family; detectors often say big5/cp1252
    # for short GBK pages, so keep a GB decode when it is clean.
    if codec not in {"gb18030", "big5", "utf-16"} and not _looks_broken(content.decode("gb18030", "replace")):
        return "gb18030"
    return codec or "gb18030"
