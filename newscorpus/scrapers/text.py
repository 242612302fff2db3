"""Small text helpers shared by every extractor."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from selectolax.lexbor import LexborNode

_SPACE = re.compile(r"[\s\u3000\u00a0\u200b\ufeff]+")
# Replacement characters carry no text: pages saved through a broken encoder are full of them.
_REPLACEMENT = re.compile("\ufffd+")
_CJK = re.compile(r"[\u3400-\u9fff]")
PUNCTUATION = set("，。！？；：、“”‘’（）《》…—,.!?;:")
_PUNCTUATION = re.compile("[" + re.escape("".join(sorted(PUNCTUATION))) + "]")


def clean(text: str | None) -> str:
    """Collapse all whitespace (including full-width spaces and nbsp) to single spaces."""
    if not text:
        return ""
    if "\ufffd" in text:
        text = _REPLACEMENT.sub("", text)
    return _SPACE.sub(" ", text).strip()


def node_text(node: LexborNode | None) -> str:
    return clean(node.text(separator=" ")) if node is not None else ""


def cjk_count(text: str) -> int:
    return len(_CJK.findall(text))


def punctuation_count(text: str) -> int:
    return len(_PUNCTUATION.findall(text))


def absolute(url: str | None, base: str | None) -> str | None:
    if not url or url.startswith(("javascript:", "#", "mailto:")):
        return None
    return urljoin(base or "", url.strip())


def strip_label(text: str, labels: tuple[str, ...]) -> str:
    """Drop a leading '来源：' style label and surrounding brackets from a byline fragment."""
    value = clean(text)
    for label in labels:
        if value.startswith(label):
            value = value[len(label) :]
            break
    return value.strip(" ：:|/（）()[]【】")
