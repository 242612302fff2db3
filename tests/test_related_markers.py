"""The related-heading search finds marker occurrences from their first characters: the same offsets as the plain
definition (every occurrence of every marker, found with ``str.find``), overlapping ones included."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus import settings as config
from newscorpus.scrapers.relatedscan import HEADING, TEXT_NODE_BREAK, heading_starts, marker_hits

_PIECES = [*config.RELATED_HEADING_MARKERS, *config.RELATED_HEADINGS[:12], "相关联", "相", "关", "联", "阅"]
_PIECES += [TEXT_NODE_BREAK, "新闻", "正文内容", "：", " ", "x", "【", "】"]


def reference_hits(text: str) -> set[tuple[int, int]]:
    hits = set()
    for marker in config.RELATED_HEADING_MARKERS:
        at = text.find(marker)
        while at != -1:
            hits.add((at, len(marker)))
            at = text.find(marker, at + 1)
    return hits


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_every_marker_occurrence_is_found_once(pieces: list[str]) -> None:
    text = "".join(pieces)
    hits = list(marker_hits(text))
    assert len(hits) == len(set(hits))
    assert set(hits) == reference_hits(text)


def test_overlapping_markers_and_split_headings_are_both_seen() -> None:
    text = f"正文{TEXT_NODE_BREAK}相关联{TEXT_NODE_BREAK}相关{TEXT_NODE_BREAK}新闻{TEXT_NODE_BREAK}尾"
    assert {(3, 2), (4, 2), (7, 2)} <= set(marker_hits(text))  # 相关 and 关联 in one node
    whole, split = heading_starts(text)
    assert split == {7}  # 相关 + 新闻 across a node break
    assert whole == set()


def test_every_heading_holds_a_marker() -> None:
    # heading_starts looks for whole headings only around markers: a heading without one would go unseen.
    for heading in config.RELATED_HEADINGS:
        assert any(marker in heading for marker in config.RELATED_HEADING_MARKERS), heading


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, "Related News", "RELATED", "See also", "SEE", "Rx" * 30]), max_size=40))
def test_nodes_holding_a_heading_whole_are_those_a_search_of_the_node_finds(pieces: list[str]) -> None:
    # The windows around markers find exactly the nodes a search of each whole node finds, long ones too.
    text = "".join(pieces)
    starts, at = set(), 0
    for node in text.split(TEXT_NODE_BREAK):
        if HEADING.search(node):
            starts.add(at)
        at += len(node) + 1
    assert heading_starts(text)[0] == starts
