"""Which site rule's fingerprints a page holds, in fewer passes over the page than one per mark.

A page that reaches the fingerprints (no URL, canonical link, og:url, saved-from comment or mobile-agent meta
naming a site) is searched for every mark when none is there, the usual case: a substring search costs
~0.25 ns a character, ~0.3 ms a mark on a 1.3 MB portal page. A regex led by a literal stops only where the
literal starts, and one pass of it costs about three substring searches, so marks sharing a literal are
searched together:

- the ``id="NAME"`` marks: one ``findall`` lists the ones present;
- the marks holding one of ``settings.FINGERPRINT_ANCHORS`` (``.com/``, ``.cn/``): one search per anchor tells
  whether any of its marks is there; only then is each of them searched for itself.

Every answer is the one ``mark in html`` gives (``tests/test_fingerprints.py`` compares them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newscorpus import settings
from newscorpus.scrapers.rule import SiteRule

# A fingerprint naming an element id. NAME holds no quote, so no such mark is the start of another.
_ID_MARK = re.compile(r'id="[^"]+"')


@dataclass(frozen=True)
class Fingerprints:
    rules: tuple[SiteRule, ...]
    ids: frozenset[str]
    # Consumes only ``id="``, which cannot overlap itself, so every place one starts is tried; at most one
    # NAME followed by its quote can follow it there, so findall lists every id mark present.
    id_search: re.Pattern[str] | None
    # Per anchor: a search matching where one of its marks occurs (the anchor, then for each mark the text
    # before it looked behind and the text after it ahead), and which anchor each such mark belongs to.
    anchored: tuple[re.Pattern[str], ...]
    anchor_of: dict[str, int]

    @classmethod
    def of(cls, rules: tuple[SiteRule, ...]) -> Fingerprints:
        marks = list(dict.fromkeys(mark for rule in rules for mark in rule.fingerprints))
        ids = frozenset(mark for mark in marks if _ID_MARK.fullmatch(mark))
        names = "|".join(re.escape(mark[len('id="') : -1]) for mark in sorted(ids))
        anchored: list[re.Pattern[str]] = []
        anchor_of: dict[str, int] = {}
        for anchor in settings.FINGERPRINT_ANCHORS:
            group = [mark for mark in marks if anchor in mark and mark not in ids and mark not in anchor_of]
            if group:
                anchor_of.update(dict.fromkeys(group, len(anchored)))
                anchored.append(_any_of(anchor, group))
        return cls(rules, ids, re.compile(f'id="(?=({names})")') if ids else None, tuple(anchored), anchor_of)

    def first_rule(self, html: str) -> SiteRule | None:
        """The first rule one of whose marks is in ``html``."""
        page = _PageMarks(self, html)
        return next((rule for rule in self.rules if any(page.holds(mark) for mark in rule.fingerprints)), None)

    def found_ids(self, html: str) -> frozenset[str]:
        if self.id_search is None:
            return frozenset()
        return frozenset(f'id="{name}"' for name in self.id_search.findall(html))


def _any_of(anchor: str, marks: list[str]) -> re.Pattern[str]:
    """A search that matches exactly where one of ``marks`` (each holding ``anchor``) occurs."""
    branches = []
    for mark in marks:
        end = mark.index(anchor) + len(anchor)
        before = f"(?<={re.escape(mark[:end])})" if end > len(anchor) else ""
        branches.append(before + re.escape(mark[end:]))
    return re.compile(f"{re.escape(anchor)}(?:{'|'.join(branches)})")


class _PageMarks:
    """One page's answers, each pass over the page made when a mark first needs it (one detection)."""

    def __init__(self, prints: Fingerprints, html: str) -> None:
        self._prints, self._html = prints, html
        self._ids: frozenset[str] | None = None
        self._anchors: dict[int, bool] = {}

    def holds(self, mark: str) -> bool:
        prints = self._prints
        if mark in prints.ids:
            if self._ids is None:
                self._ids = prints.found_ids(self._html)
            return mark in self._ids
        anchor = prints.anchor_of.get(mark)
        if anchor is not None:
            if anchor not in self._anchors:
                self._anchors[anchor] = prints.anchored[anchor].search(self._html) is not None
            if not self._anchors[anchor]:
                return False  # none of the marks holding this anchor is in the page
        return mark in self._html
