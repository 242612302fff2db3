"""Fingerprint detection with the id="NAME" marks found in one search gives what ``mark in html`` gives."""

from __future__ import annotations

import pytest

from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.rule import SiteRule


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


def _plain(registry: Registry, html: str) -> SiteRule | None:
    """The reference: the first rule one of whose marks is a substring of the page."""
    return next((rule for rule in registry.rules if any(mark in html for mark in rule.fingerprints)), None)


def _pages(registry: Registry) -> list[str]:
    ids = sorted(registry.id_marks.marks)
    pages = ["<html><body><p>nothing here</p></body></html>"]
    for mark in (mark for rule in registry.rules for mark in rule.fingerprints):
        pages.append(f"<html><body><div>{mark}</div></body></html>")
        pages.append(f"<html><script>var s = '{mark}';</script></html>")
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


def test_id_marks_are_the_registrys_id_fingerprints(registry: Registry) -> None:
    marks = {mark for rule in registry.rules for mark in rule.fingerprints if mark.startswith('id="')}
    assert registry.id_marks.marks == marks and len(marks) >= 2


def test_detection_equals_the_substring_tests(registry: Registry) -> None:
    pages = _pages(registry)
    answers = [registry._fingerprinted(html) for html in pages]
    assert answers == [_plain(registry, html) for html in pages]
    assert {rule.name for rule in answers if rule is not None} == {
        rule.name for rule in registry.rules if rule.fingerprints
    }


def test_found_lists_each_id_mark_present(registry: Registry) -> None:
    ids = sorted(registry.id_marks.marks)
    html = f'<div {ids[0]}></div><span x{ids[1]}></span><b {ids[2][:-1]}x"></b>'
    assert registry.id_marks.found(html) == {ids[0], ids[1]}
