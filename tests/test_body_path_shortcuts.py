"""The body path's shortcuts give what the plain code gave, on every hand-made fixture page: the lines under an
element found by bisection in ``Walk.starts`` (a scan of every line before), and the lines outside the aside
boxes cut from a story found by bisection in the merged ranges (every range tested per line before)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.scrapers.asides import _outside
from newscorpus.scrapers.blocks import Line, Walk, walk

_FIXTURES = Path(__file__).parent / "fixtures"
# The blind batches are never read by tests written against them.
PAGES = sorted(
    path for path in _FIXTURES.glob("*/**/*.html") if not path.relative_to(_FIXTURES).parts[0].startswith("blind")
)


def _page(path: Path) -> Walk:
    tree = LexborHTMLParser(path.read_text(encoding="utf-8", errors="replace"))
    root = tree.body if tree.body is not None else tree.root
    assert root is not None
    return walk(root)


def _containers(page: Walk) -> list[int]:
    """The elements the story choice asks about: every line's block, its parent and grandparent, and the root."""
    found = {0}
    for line in page.lines:
        index = line.block
        for _ in range(3):
            if index < 0:
                break
            found.add(index)
            index = page.parent[index]
    return sorted(found)


def _plain_lines_under(page: Walk, index: int) -> list[Line]:
    end = index + page.size(index)
    return [line for line in page.lines if index <= line.start < end]


def _plain_outside(lines: list[Line], cut: list[tuple[int, int]]) -> list[Line]:
    return [line for line in lines if not any(start <= line.start < stop for start, stop in cut)]


def test_the_fixture_pages_are_there() -> None:
    assert len(PAGES) > 50


@pytest.mark.parametrize("path", PAGES, ids=lambda path: str(path.relative_to(_FIXTURES)))
def test_lines_under_by_bisection_are_the_scanned_ones(path: Path) -> None:
    page = _page(path)
    assert page.starts == sorted(set(page.starts))  # ascending and distinct: what bisection needs
    for index in _containers(page):
        assert page.lines_under(index) == _plain_lines_under(page, index)


@pytest.mark.parametrize("path", PAGES, ids=lambda path: str(path.relative_to(_FIXTURES)))
def test_lines_outside_cut_boxes_are_the_plainly_filtered_ones(path: Path) -> None:
    page = _page(path)
    boxes = [(index, index + page.size(index)) for index in _containers(page)]
    chooser = random.Random(path.name)  # fixed per page: a failure reproduces
    for _ in range(20):
        # Subtrees nest or lie apart, as the boxes cut from a story do; some overlap here, some repeat.
        cut = chooser.sample(boxes, min(len(boxes), chooser.randint(1, 6)))
        assert _outside(page.lines, cut) == _plain_outside(page.lines, cut)


def test_outside_keeps_lines_between_and_after_cut_ranges() -> None:
    lines = [Line(f"第{n}行", n, n, 0, False) for n in range(0, 20, 2)]  # starts 0, 2, ..., 18
    cut = [(4, 9), (6, 7), (14, 15)]  # a nested range and one with no line start of its own but 14
    kept = [line.start for line in _outside(lines, cut)]
    assert kept == [0, 2, 10, 12, 16, 18]
    assert _outside(lines, cut) == _plain_outside(lines, cut)
