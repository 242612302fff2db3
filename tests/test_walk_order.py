"""The walk's own pre-order loop (``blocks.walk``) against lexbor's ``traverse`` as the reference.

The walk climbs ``first_child``/``next`` itself and keeps the open elements' indexes, so it never asks a
node for its parent and never enters an unreadable subtree. Whatever it indexes must still be exactly the
nodes ``traverse`` yields outside unreadable subtrees (layout whitespace left out), with the DOM's parents
and the subtree sizes a count over the skeleton gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus.decode import decode_html
from newscorpus.scrapers.blocks import BLOCK_TAGS, SKIP_TAGS, Walk, is_unreadable, walk

from .conftest import FIXTURES

_PAGES = [path for path in sorted(Path(FIXTURES).rglob("*.html")) if not any(p.startswith("blind") for p in path.parts)]


def _expected(root: LexborNode) -> list[int]:
    """mem_ids of the nodes the walk must index, from lexbor's own traversal."""
    skipped: set[int] = set()  # unreadable elements met so far: their descendants are not read
    found: list[int] = []
    for node in root.traverse(include_text=True):
        parent = node.parent if node.mem_id != root.mem_id else None
        if parent is not None and parent.mem_id in skipped:
            skipped.add(node.mem_id)
            continue
        tag = node.tag or ""
        if tag == "-text" and (not node.text_content or node.text_content.isspace()):
            continue
        found.append(node.mem_id)
        if tag in SKIP_TAGS and is_unreadable(node, tag):
            skipped.add(node.mem_id)
    return found


def _counted_sizes(page: Walk) -> list[int]:
    sizes = [1] * len(page.parent)
    for child in range(len(page.parent) - 1, 0, -1):
        if page.parent[child] >= 0:
            sizes[page.parent[child]] += sizes[child]
    return sizes


@pytest.mark.parametrize("path", _PAGES[:: max(1, len(_PAGES) // 60)], ids=lambda path: path.name)
def test_the_walk_indexes_what_traverse_yields_with_the_doms_parents(path: Path) -> None:
    body = LexborHTMLParser(decode_html(path.read_bytes()).text).body
    assert body is not None
    page = walk(body)
    assert [node.mem_id for node in page.nodes] == _expected(body)
    assert page.parent[0] == -1
    for index in range(1, len(page.nodes)):
        assert page.nodes[page.parent[index]].mem_id == page.nodes[index].parent.mem_id
    assert [page.size(index) for index in range(len(page.nodes))] == _counted_sizes(page)


def test_a_subtree_walk_never_leaves_its_root() -> None:
    tree = LexborHTMLParser("<body><div id=a><p>一段文字</p><p>第二段</p></div><div id=b><p>旁边的</p></div></body>")
    page = walk(tree.css_first("#a"))
    assert [line.text for line in page.lines] == ["一段文字", "第二段"]
    assert page.size(0) == len(page.nodes) == 5  # div, two p, two text nodes


def test_an_unreadable_subtree_is_not_entered_and_ends_no_line() -> None:
    html = "<body><p>前<svg><text>图</text><g><text>形</text></g></svg>后</p><form><input></form><p>尾</p></body>"
    page = walk(LexborHTMLParser(html).body)
    assert [line.text for line in page.lines] == ["前后", "尾"]
    assert "text" not in page.tags and "g" not in page.tags
    assert page.size(page.tags.index("svg")) == 1


def test_thousands_of_levels_deep_need_no_recursion() -> None:
    depth = 5000
    html = "<body>" + "<span>" * depth + "深处" + "</span>" * depth + "</body>"
    page = walk(LexborHTMLParser(html).body)
    assert [line.text for line in page.lines] == ["深处"]
    assert page.size(0) == len(page.nodes) == depth + 2  # body, the spans, the text
    assert page.parent[-1] == depth  # the text sits in the innermost span


def test_index_of_maps_every_element_and_no_text_node_to_its_walk_index() -> None:
    html = "<body><div><!-- c --><p>一段<a href=/x>链接</a></p><script>x()</script></div></body>"
    page = walk(LexborHTMLParser(html).body)
    elements = [i for i, tag in enumerate(page.tags) if tag != "-text"]
    assert page.index_of == {page.nodes[i].mem_id: i for i in elements}
    assert sorted(page.index_of.values()) == elements
    assert page.index_of[page.nodes[page.tags.index("a")].mem_id] == page.tags.index("a")


@pytest.mark.parametrize("space", [" \n\t ", "\u3000", "\xa0", " \u3000\r\n"])
def test_whitespace_only_text_is_no_node_and_still_separates_words(space: str) -> None:
    """lexbor's ASCII-whitespace test and Python's isspace (nbsp, ideographic space) give the same walk."""
    page = walk(LexborHTMLParser(f"<body><p><b>甲</b>{space}<i>乙</i></p><div>{space}</div></body>").body)
    assert [line.text for line in page.lines] == ["甲 乙"]
    assert page.tags == ["body", "p", "b", "-text", "i", "-text", "div"]


def _expected_block(page: Walk, index: int) -> int:
    """The walk index of the nearest block element at or above ``index``, else the root's."""
    while index > 0 and page.tags[index] not in BLOCK_TAGS:
        index = page.parent[index]
    return max(index, 0)


@pytest.mark.parametrize("path", _PAGES[:: max(1, len(_PAGES) // 60)], ids=lambda path: path.name)
def test_each_line_carries_the_index_of_its_block(path: Path) -> None:
    """The block the walk carries down the open elements is the one read back up the parent chain."""
    body = LexborHTMLParser(decode_html(path.read_bytes()).text).body
    assert body is not None
    page = walk(body)
    assert page.lines
    for line in page.lines:
        assert page.tags[line.start] == "-text"
        assert line.block == _expected_block(page, page.parent[line.start])


def test_link_text_counts_inside_links_only_however_deep() -> None:
    html = "<body><div>头<p>前文<a href=/a>链接<b>粗</b></a>后</p><a href=/b><div>块<i>内</i></div></a>尾</div></body>"
    page = walk(LexborHTMLParser(html).body)
    found = [(line.text, page.tags[line.block], line.link_chars) for line in page.lines]
    assert found == [("头", "div", 0), ("前文链接粗后", "p", 3), ("块内", "div", 2), ("尾", "div", 0)]
    assert page.lines[2].block != page.lines[3].block == page.lines[0].block
