"""A reporter's name glued to the place the story was filed from, in a dateline (README "Bylines").

``中央社記者吳欣紜台北3日電`` and ``記者陳怡君台北報導`` print the name and the place with nothing between them, so
they are told apart by length: most names are three characters and places at least two, a place closed by its
county or city word (``花蓮縣``, ``新北市``) at least three, and a name led by a two-character surname (``歐陽``)
four.
"""

from __future__ import annotations

import re

from newscorpus import settings
from newscorpus.scrapers.bylinebare import DOUBLE_SURNAMES, led_by_surname
from newscorpus.scrapers.bylineplaces import place_closing

# A wire dateline glued after the name: "吳欣紜台北3日電" (中央社記者吳欣紜台北3日電): the name, the place, the day.
_DATELINE = re.compile(r"^([\u4e00-\u9fff]{4,8}?)\d{1,2}日[专專]?[电電]$")
# The place a report was filed from glued between the name and 报道: "陳怡君台北報導" (five characters or more:
# four are as often a name alone, "欧阳晓东报道").
_FILED_FROM = re.compile(r"^([\u4e00-\u9fff]{5,8})(?:报道|報道|報導|报导)$")
# A known filing place makes four characters enough: "王强北京报道" (a two-character name and the place).
_FILED_FROM_KNOWN = re.compile(r"^([\u4e00-\u9fff]{4,8})(?:报道|報道|報導|报导)$")
_MIN_PLACE_CHARS = 2  # 台北, 东京: and a name is at least as long
_NAME_CHARS = (2, 4)  # a name before a known place: 李梅, 陳怡君, 欧阳晓东
# A county's, city's or township's word closing the place: two characters and that word ("花蓮縣").
_ADMIN_PLACE = re.compile(r"[縣县市鄉乡鎮镇區区]$")


def dateline_name(token: str, *, filed: bool = False) -> str | None:
    """The name in a dateline token (``吳欣紜台北3日電``), or with ``filed`` in a report's place credit
    (``陳怡君台北報導``, read only as the first name of a credit); None for any other token."""
    if dated := _DATELINE.match(token):
        return _name_before_place(dated.group(1))
    # A place credit is a common word's shape too ("深入基层报道"): only a name led by a common surname.
    credit = (_FILED_FROM.match(token) or _known_place_credit(token)) if filed else None
    if credit and led_by_surname(name := _name_before_place(credit.group(1))):
        return name
    return None


def _known_place_credit(token: str) -> re.Match[str] | None:
    credit = _FILED_FROM_KNOWN.match(token)
    return credit if credit and _known_place_cut(credit.group(1)) else None


def _known_place_cut(name_and_place: str) -> int:
    """Where a known place closing the word starts ("李梅|洛杉矶"), with a name of two to four characters before
    it; 0 when none does."""
    cut = len(name_and_place) - len(place_closing(name_and_place))
    return cut if cut < len(name_and_place) and _NAME_CHARS[0] <= cut <= _NAME_CHARS[1] else 0


def _name_before_place(name_and_place: str) -> str:
    if cut := _known_place_cut(name_and_place):
        return name_and_place[:cut]
    place_chars = _MIN_PLACE_CHARS + 1 if _ADMIN_PLACE.search(name_and_place) else _MIN_PLACE_CHARS
    name_chars = settings.BYLINE_DATELINE_NAME_CHARS + (name_and_place[:2] in DOUBLE_SURNAMES)
    if len(name_and_place) >= name_chars + place_chars:
        return name_and_place[:name_chars]
    long_enough = len(name_and_place) >= settings.BYLINE_DATELINE_NAME_CHARS + place_chars
    return name_and_place[: settings.BYLINE_DATELINE_NAME_CHARS if long_enough else _MIN_PLACE_CHARS]
