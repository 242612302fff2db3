"""Fingerprint detection with marks searched in groups (id="NAME" marks, marks sharing a host anchor) gives
the rule ``mark in html`` gives."""

from __future__ import annotations

import pytest

from newscorpus import settings
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.rule import SiteRule


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


def _plain(registry: Registry, html: str) -> SiteRule | None:
    """The reference: the first rule one of whose marks is a substring of the page."""
    return next((rule for rule in registry.rules if any(mark in html for mark in rule.fingerprints)), None)


def _every_mark(registry: Registry) -> list[str]:
    return [mark for rule in registry.rules for mark in rule.fingerprints]


def _pages(registry: Registry) -> list[str]:
    ids = sorted(registry.marks.ids)
    pages = ["<html><body><p>nothing here</p></body></html>"]
    for mark in _every_mark(registry):
        pages.append(f"<html><body><div>{mark}</div></body></html>")
        pages.append(f"<html><script>var s = '{mark}';</script></html>")
        pages.append(f"<p>{mark[:-1]}</p><p>{mark[1:]}</p>")  # pieces of it, apart: no mark
        pages.append(f"<p>{mark[:-1]}{mark}</p>")  # a false start right before it
    for mark in ids:
        name = mark[len('id="') : -1]
        pages += [
            f'<div xid="{name}">',  # a longer attribute name still holds the mark
            f'<div id="{name}2">',  # a longer id does not
            f'<div id="{name}>',  # no closing quote
            f'<div id="fooid="{name}">',  # one id=" overlapping the one that matters
            f'<div ID="{name}">',  # case counts, as in a substring test
        ]
    # Two rules' marks: the first rule in registry order wins either way.
    pages.append(f"<div {ids[-1]}></div><div {ids[0]}></div>")
    pages.append(f"<div {ids[0]}></div><p>{registry.rules[-1].fingerprints[0]}</p>")
    return pages


def test_marks_are_grouped_by_id_and_anchor(registry: Registry) -> None:
    marks = registry.marks
    assert marks.ids == {mark for mark in _every_mark(registry) if mark.startswith('id="')} and len(marks.ids) >= 2
    assert set(marks.anchor_of) == {
        mark
        for mark in _every_mark(registry)
        if mark not in marks.ids and any(a in mark for a in settings.FINGERPRINT_ANCHORS)
    }
    assert len(marks.anchored) == len(settings.FINGERPRINT_ANCHORS)


def test_detection_equals_the_substring_tests(registry: Registry) -> None:
    pages = _pages(registry)
    answers = [registry.marks.first_rule(html) for html in pages]
    assert answers == [_plain(registry, html) for html in pages]
    assert {rule.name for rule in answers if rule is not None} == {
        rule.name for rule in registry.rules if rule.fingerprints
    }


def test_an_anchor_search_matches_exactly_where_one_of_its_marks_is(registry: Registry) -> None:
    marks = registry.marks
    for mark, anchor in marks.anchor_of.items():
        group = [other for other, at in marks.anchor_of.items() if at == anchor]
        for text in (f"<img src='//{mark}x.png'>", "\x00" + mark[1:], mark[:-1] + "\x00", mark[:-1] + mark[1:]):
            found = marks.anchored[anchor].search(text) is not None
            assert found == any(other in text for other in group), (mark, text)


def test_found_ids_lists_each_id_mark_present(registry: Registry) -> None:
    ids = sorted(registry.marks.ids)
    html = f'<div {ids[0]}></div><span x{ids[1]}></span><b {ids[2][:-1]}x"></b>'
    assert registry.marks.found_ids(html) == {ids[0], ids[1]}
