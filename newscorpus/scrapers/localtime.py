"""A site abroad shows its own country's time: a time read without an offset is moved from China time.

Every time in the corpus is China time (+08:00); a time the page gives without an offset is taken as China
time (FORMAT.md). A Japanese site prints Japan's wall clock (JST, +09:00, no daylight saving), so its
zone-less ``2021/12/20 17:42`` is 16:42 China time. A site is Japanese by its host (``.jp``) or by the page's
``<html lang="ja">`` on a host outside China (``j.people.com.cn`` prints Beijing time in Japanese). A European
site's Chinese pages (RFI on ``.fr``, Deutsche Welle, a Dutch overseas-Chinese paper on ``.nl``) print their
country's time, with its daylight saving (``settings.LOCAL_TIME_HOST_SUFFIXES``).

Whether the extractors read the time with or without an offset is not carried along with it; it is told
afterwards: a time that some offset-bearing stamp in the page (ISO 8601 with ``Z``/``+09:00``, or an epoch
number) states to the minute was read with its offset and stays; any other was the page's wall clock.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from newscorpus import settings
from newscorpus.scrapers.dates import from_wall_clock, is_date_only, parse_datetime

# An ISO 8601 stamp with its offset, or an epoch number (seconds or milliseconds).
_STATED = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:Z|[+-]\d{2}:?\d{2})(?![\d:])"
    r"|(?<!\d)1\d{9}(?:\d{3})?(?!\d)"
)
_TAGS = r"(?:\s*</?[a-z][^>]{0,80}>)*"  # elements closed and opened between a time's parts
# A shown date-time with its zone named after it (2020-03-05 10:30（日本时间）, 10:30 JST): read with that
# offset by the date grammar (from the element's line), so it is no wall clock to move again.
_ZONE = "|".join(map(re.escape, (*settings.WRITTEN_ZONE_WORDS, *settings.NAMED_TZ_OFFSETS)))
_CLOCK = r"\d{1,2}\s*[:：时時]\s*\d{2}(?:\s*[:：]\s*\d{2})?"
_NAMED_ZONE = re.compile(
    # the date year first, or day first as French pages write it (15/05/2009 09:42 TU)
    r"(?:(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}/\d{1,2}/(?:19|20)\d\d)"
    + _TAGS
    # the zone may follow the time's element (</span>（日本时间）), the time the date's; or name the time
    # before it (（星期二） 日本時間10時30分), as the date grammar reads it too
    + rf"(?:\s*{_CLOCK}{_TAGS}\s*[（(]?\s*(?:{_ZONE})"
    + rf"|(?:\s*[（(][^）)<]{{1,4}}[)）])?\s*(?:{_ZONE}){_TAGS}\s*{_CLOCK})"
)
_TAG = re.compile(r"<[^>]*>")
_CHINA_HOSTS = (".cn", ".com.cn")
_MINUTE = 16  # len("2021-12-20T17:42")


def local_wall_clock(published_at: str | None, tree: LexborHTMLParser, html: str, url: str | None) -> str | None:
    """``published_at`` moved to the site's own wall clock where the page printed it without an offset."""
    if published_at is None or (name := _site_zone(tree, url)) is None or _stated(published_at, html):
        return published_at
    if is_date_only(published_at) and name not in settings.LOCAL_TIME_DAY_ZONES:
        return published_at  # a day shown alone is the site's day: no hour of it to move
    # Without a time zone database on this machine the time stays China time, as before.
    return from_wall_clock(datetime.fromisoformat(published_at).replace(tzinfo=None), name)


def _site_zone(tree: LexborHTMLParser, url: str | None) -> str | None:
    host = (urlsplit(url).hostname or "") if url else ""
    for suffix, zone in settings.LOCAL_TIME_HOST_SUFFIXES.items():
        if host == suffix or host.endswith(suffix if suffix.startswith(".") else "." + suffix):
            return zone
    if host.endswith(_CHINA_HOSTS):
        return None
    lang = ((tree.root.attributes.get("lang") or "") if tree.root is not None else "").lower()
    return settings.LOCAL_TIME_LANGUAGES.get(lang.split("-")[0])


def _stated(published_at: str, html: str) -> bool:
    """Whether an offset-bearing stamp in the page (ISO, epoch, or a shown time naming its zone) gives the
    same minute (China time)."""
    minute = published_at[:_MINUTE]
    for match in _NAMED_ZONE.finditer(html):
        when = parse_datetime(_TAG.sub("", match.group()))
        if when is not None and when[:_MINUTE] == minute:
            return True
    for match in _STATED.finditer(html):
        stamp = match.group()
        when = parse_datetime(stamp[:10] if stamp.isdigit() else stamp)
        if when is not None and when[:_MINUTE] == minute:
            return True
    return False
