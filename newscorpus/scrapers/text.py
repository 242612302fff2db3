"""Small text helpers shared by every extractor."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from selectolax.lexbor import LexborNode

# Replacement characters carry no text: pages saved through a broken encoder are full of them.
_REPLACEMENT = re.compile("\ufffd+")
_NOT_CJK = re.compile(r"[^\u3400-\u9fff]+")
PUNCTUATION = set("，。！？；：、“”‘’（）《》…—,.!?;:")
# An absolute http(s) URL with a host, which urljoin returns as it is: no tab or newline for it to
# remove, no empty query, fragment or parameters marker for it to drop, no IPv6 brackets to check.
_PLAIN_ABSOLUTE = re.compile(r"(?!.*\?#)https?://[^/?#;\t\r\n\[\]][^;\t\r\n\[\]]*(?<![?#])", re.DOTALL)
# The scheme and host of a base URL, when urljoin would keep them as they are.
_ORIGIN = re.compile(r"https?://[^/?#;\t\r\n\[\]]+")
# A root-relative href without anything urljoin rewrites (see _joins_plainly).
_ROOT_RELATIVE = re.compile(r"/[^/;\t\r\n\[\]][^;\t\r\n\[\]]*(?<![?#])")
_PUNCTUATION = re.compile("[" + re.escape("".join(sorted(PUNCTUATION))) + "]")


# The CSS engine's case-blind attribute match folds ASCII letters only; str.lower would fold more.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# Characters that end a sentence (a byline bar or a caption never ends with one).
SENTENCE_END_CHARS = frozenset("。！？!?；;…")


def ascii_lower(text: str) -> str:
    """``text`` with ASCII letters lower-cased and every other character kept, as CSS's ``i`` flag reads it."""
    return text.lower() if text.isascii() else text.translate(_ASCII_LOWER)


def clean(text: str | None) -> str:
    """Collapse all whitespace (including full-width spaces, nbsp and zero-width spaces) to single spaces.

    str.split() finds Unicode whitespace in C, four times faster than a regex over Chinese text; the two
    zero-width characters it does not count as whitespace are turned into spaces first.
    """
    if not text:
        return ""
    if "\ufffd" in text:
        text = _REPLACEMENT.sub("", text)
    if "\u200b" in text or "\ufeff" in text:
        text = text.replace("\u200b", " ").replace("\ufeff", " ")
    return " ".join(text.split())


def node_text(node: LexborNode | None) -> str:
    return clean(node.text(separator=" ")) if node is not None else ""


def cjk_count(text: str) -> int:
    # Deleting everything else is three times faster than listing each Chinese character.
    return len(_NOT_CJK.sub("", text))


def punctuation_count(text: str) -> int:
    return len(_PUNCTUATION.findall(text))


def absolute(url: str | None, base: str | None) -> str | None:
    if not url or url.startswith(("javascript:", "#", "mailto:")):
        return None
    url = url.strip()
    if _PLAIN_ABSOLUTE.fullmatch(url):
        return url  # what urljoin gives back for these (tested), at a tenth of the cost: pages list many
    if base and _joins_plainly(url) and (origin := _ORIGIN.match(base)) and "\t" not in base:
        return origin.group(0) + url
    try:
        return urljoin(base or "", url)
    except ValueError:
        return None  # "http://[" and the like: no link, and no reason to fail the page


def _joins_plainly(url: str) -> bool:
    """A root-relative href urljoin only puts after the base's host: no dot segments, doubled slashes,
    empty query or fragment markers for it to rewrite."""
    if not _ROOT_RELATIVE.fullmatch(url) or "?#" in url:
        return False
    path = url.partition("#")[0].partition("?")[0]
    return "//" not in path and "/." not in path


def strip_label(text: str, labels: tuple[str, ...]) -> str:
    """Drop a leading '来源：' style label and surrounding brackets from a byline fragment."""
    value = clean(text)
    for label in labels:
        if value.startswith(label):
            value = value[len(label) :]
            break
    return value.strip(" ：:|/（）()[]【】")
