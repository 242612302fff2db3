"""The words of a URL's path segments: ids, slugs, titles, view and index file names (urlshape's parts)."""

from __future__ import annotations

import re

from newscorpus import settings
from newscorpus.urldates import ONLY_DATE

PAGE_EXT = re.compile(r"\.(?:s?html?|xhtml|php|aspx?|jsp|do|cgi)$", re.IGNORECASE)
DIGIT_RUNS = re.compile(r"\d+")
_TOKEN = re.compile(r"[A-Za-z0-9]+")
_CASED_TOKEN = re.compile(r"(?=[\w-]*[a-z])(?=[\w-]*[A-Z])[A-Za-z0-9_-]+", re.ASCII)
_SLUG_WORD = re.compile(r"[a-z]+|\d+")
_HAN = re.compile(r"[\u4e00-\u9fff]")

# How long a section's code glued before "index" may be (ga + index: Ming Pao's 要聞 index of the day).
_INDEX_CODE_CHARS = 3


def is_han_title(stem: str) -> bool:
    """An entry named by its title in Han characters (/wiki/雄安新区, /item/京津冀协同发展)."""
    return len(_HAN.findall(stem)) >= settings.URL_HAN_TITLE_MIN_CHARS


def has_id(stem: str) -> bool:
    """A long digit run that is not just a date, or an opaque token of letters and digits."""
    if ONLY_DATE.fullmatch(stem):
        return False
    if any(len(run) >= settings.URL_ID_MIN_DIGITS for run in DIGIT_RUNS.findall(stem)):
        return True
    if any(len(t) >= settings.URL_TOKEN_MIN_CHARS and is_token(t) for t in _TOKEN.findall(stem)):
        return True
    # A base64url id may hold no digit at all (a WeChat /s/ link): long, and both cases, unlike any word.
    return len(stem) >= settings.URL_CASED_TOKEN_MIN_CHARS and bool(_CASED_TOKEN.fullmatch(stem))


def is_token(text: str) -> bool:
    return text.isalnum() and text.isascii() and any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


def is_slug(stem: str, after_id: bool = False) -> bool:
    """A slug of words; a shorter one after the story's id (/912345/title-slug: the id already names it)."""
    words = stem.lower().split("-")
    least = settings.URL_SLUG_AFTER_ID_MIN_WORDS if after_id else settings.URL_SLUG_MIN_WORDS
    return len(words) >= least and all(_SLUG_WORD.fullmatch(word) for word in words)


def is_view_word(stem: str) -> bool:
    """One lower-case word naming how an item is shown (wemedia, detail, content), not a collection (a
    plural: /1234567/articles.html, /1234567/news.html) nor a site's own page (about, contact)."""
    lowered = stem.lower()
    return (
        stem.isascii()
        and stem.isalpha()
        and not lowered.endswith("s")
        and lowered not in settings.URL_SITE_PAGE_WORDS
        and lowered not in settings.URL_LIST_WORDS
    )


def stem_of(segment: str) -> str:
    return PAGE_EXT.sub("", segment)


def is_index(stem: str) -> bool:
    """index.html, default.aspx, home; also a section's index named by its letters (Ming Pao's gaindex.htm,
    a2index.htm): a short code glued before "index"."""
    lowered = stem.lower()
    if lowered.startswith(("index", "default")) or lowered in ("home", "main"):
        return True
    return lowered.endswith("index") and 0 < len(lowered) - len("index") <= _INDEX_CODE_CHARS and lowered.isalnum()
