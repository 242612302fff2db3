"""Speed shortcuts on the parse path give what their plain definitions give.

Each shortcut skips work whose answer is already known (a wrapper's URLs past the limit, the story filter
over prose lines nobody reads, the pager tests on texts too long for any pager label, the climb from a node
when no ancestor is wanted); these tests hold each one to the plain computation it replaced, on the
hand-made fixture pages or on generated input.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from newscorpus import settings
from newscorpus.scrapers.blocks import Line, walk
from newscorpus.scrapers.dom import has_ancestor_in
from newscorpus.scrapers.linkshape import LINK_QUERY, link_href
from newscorpus.scrapers.pager import _LABEL_MAX_CHARS, _is_page_number, _says_next
from newscorpus.scrapers.plausible import _KeptProse, prose_lines
from newscorpus.scrapers.relatedblocks import BlockFinder
from newscorpus.scrapers.relatedmarks import marked_under

_FIXTURE_DIR = Path(__file__).parent / "fixtures"
# The blind batches are never read by tests written against fixtures.
FIXTURES = sorted(
    path for path in _FIXTURE_DIR.glob("*/**/*.html") if not path.relative_to(_FIXTURE_DIR).parts[0].startswith("blind")
)


def _trees() -> list[LexborHTMLParser]:
    trees = [LexborHTMLParser(path.read_text(encoding="utf-8", errors="replace")) for path in FIXTURES]
    return [tree for tree in trees if tree.body is not None]


def test_the_wrapper_test_stops_counting_urls_with_the_same_answer() -> None:
    checked = 0
    for tree in _trees():
        finder = BlockFinder()
        for block in marked_under(tree.body):
            links = finder._links_in(block)
            distinct = len({link_href(link) for link in links})
            for limit in range(distinct + 2):
                assert finder._urls_over(links, limit) == (distinct > limit)
            checked += bool(links)
    assert checked >= 5  # the fixtures hold marked blocks with links, or the equality says nothing


def test_a_finders_links_are_the_nodes_own_query() -> None:
    for tree in _trees():
        finder = BlockFinder()
        for node in [tree.body, *tree.body.css("ul, div")][:60]:
            first = [link.mem_id for link in finder._links_in(node)]
            again = [link.mem_id for link in finder._links_in(node)]
            assert first == again == [link.mem_id for link in node.css(LINK_QUERY)]


def test_kept_prose_is_the_filtered_list_and_filters_only_what_is_read() -> None:
    calls: list[Line] = []

    def to_story(lines: list[Line]) -> list[str]:
        calls.extend(lines)
        return [line.text for line in lines if "。" in line.text[:-1]]  # a sentence that goes on

    seen_pages = 0
    for tree in _trees():
        page = walk(tree.body)
        prose = prose_lines(page)
        kept = [line for line in prose if to_story([line])]
        calls.clear()
        lazy = _KeptProse(prose, to_story)
        first = next(iter(lazy), None)
        assert first == (kept[0] if kept else None)
        # Only the lines up to the first kept one were filtered.
        assert len(calls) == (prose.index(kept[0]) + 1 if kept else len(prose))
        assert list(lazy) == list(lazy) == kept
        seen_pages += len(kept) > 1
    assert seen_pages >= 3


@given(st.text(min_size=_LABEL_MAX_CHARS + 1, max_size=_LABEL_MAX_CHARS + 8))
def test_a_text_longer_than_every_pager_label_is_none(label: str) -> None:
    assert not _says_next(label) and not _is_page_number(label)


def test_every_pager_label_fits_the_length_shortcut() -> None:
    assert all(len(text) <= _LABEL_MAX_CHARS for text in settings.PAGER_NEXT_TEXTS)
    assert _is_page_number("第123页\n") and len("第123页\n") <= _LABEL_MAX_CHARS


@pytest.mark.parametrize("html", ["<div><p><b>x</b></p></div>", "<ul><li><a href=/a>y</a></li></ul>"])
def test_no_ancestor_is_in_an_empty_set(html: str) -> None:
    tree = LexborHTMLParser(html)
    inside = [node for node in tree.body.css("*") if node.mem_id != tree.body.mem_id]
    assert inside
    for node in inside:
        assert has_ancestor_in(node, set()) is False
        assert has_ancestor_in(node, {tree.body.mem_id}) is True
