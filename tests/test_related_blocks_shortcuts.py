"""The marked-block scan's shortcuts give what the plain queries give, on every element of the hand-made
fixture pages: the marked elements under a root (one query, the root tested by regex; a root with no
element inside skips the query), the elements holding a story link (found by climbing from the links
instead of one query per element) and each link's title (links without blocks inside skip the query)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus.models import RelatedItem
from newscorpus.scrapers.linkshape import LINK_QUERY
from newscorpus.scrapers.relatedblocks import BlockFinder
from newscorpus.scrapers.relatedfilters import without_parent_pages
from newscorpus.scrapers.relatedmarks import (
    MARKED,
    MARKED_QUERY,
    marked_attrs,
    marked_query,
    marked_under,
    shared_pieces,
)
from newscorpus.scrapers.relatedtext import card_headline
from newscorpus.scrapers.relatedtitles import _BLOCKS, link_title
from newscorpus.scrapers.text import clean

_FIXTURE_DIR = Path(__file__).parent / "fixtures"
# The blind batches are never read by tests written against fixtures.
FIXTURES = sorted(
    path for path in _FIXTURE_DIR.glob("*/**/*.html") if not path.relative_to(_FIXTURE_DIR).parts[0].startswith("blind")
)


def plain_marked_under(root: LexborNode) -> list[int]:
    """The definition: the root and what the query finds, once each, kept when the regex names them."""
    nodes = {node.mem_id: node for node in [root, *root.css(MARKED_QUERY)]}
    return [mem_id for mem_id, node in nodes.items() if MARKED.search(marked_attrs(node))]


def plain_holders(finder: BlockFinder, root: LexborNode) -> set[int]:
    """The definition: elements under the root (itself included) whose own query finds a story link."""
    return {
        node.mem_id for node in [root, *root.css("*")] if any(finder._story_url(link) for link in node.css(LINK_QUERY))
    }


def plain_link_title(link: LexborNode) -> str:
    """The definition: the first innermost block inside the link with words (letters or Chinese), else the
    first with any text (a duration, a count), else the link's text; of a block or link holding a card's
    lines (headline, time), the headline line (``card_headline``). Without a block with words, a text that is
    only a video's length (00:02:31 on its cover) or a bare count is no headline: empty."""
    blocks = [
        block
        for block in link.css(_BLOCKS)
        if all(inner.mem_id == block.mem_id for inner in block.css(_BLOCKS)) and clean(block.text(separator=""))
    ]
    worded = [block for block in blocks if re.search(r"[A-Za-z\u3400-\u9fff]", block.text(separator=""))]
    if worded:
        return card_headline(worded[0]) or clean(worded[0].text(separator=""))
    text = clean(blocks[0].text(separator="")) if blocks else card_headline(link) or clean(link.text(separator=""))
    return "" if re.fullmatch(r"[^\w]*(?:\d{1,2}(?::\d{2}){1,2}|\d{1,3}'\d{2}\"?|\d+)[^\w]*", text) else text


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: str(path.relative_to(path.parents[1])))
def test_the_shortcuts_equal_the_plain_queries_on_every_element(path: Path) -> None:
    tree = LexborHTMLParser(path.read_text(encoding="utf-8", errors="replace"))
    assert tree.body is not None
    finder = BlockFinder()
    roots = [tree.body, *tree.body.css("*")]
    for root in roots:
        assert [node.mem_id for node in marked_under(root)] == plain_marked_under(root)
    for root in roots[:: max(1, len(roots) // 40)]:  # the holder definition queries every element: a sample
        assert finder._link_holders(root) == plain_holders(finder, root)
    for link in tree.body.css(LINK_QUERY):
        assert link_title(link) == plain_link_title(link)


def test_the_fixtures_exercise_marked_blocks_and_story_links() -> None:
    # The equality above only means something if the fixtures hold marked blocks with story links in them.
    marked = holders = 0
    for path in FIXTURES:
        tree = LexborHTMLParser(path.read_text(encoding="utf-8", errors="replace"))
        if tree.body is not None:
            marked += len(marked_under(tree.body))
            holders += len(BlockFinder()._link_holders(tree.body))
    assert marked >= 5
    assert holders >= 20


def test_the_marked_candidates_query_finds_what_the_word_query_finds() -> None:
    # Names holding a shared piece but no word (recent, xgplayer, relocate), words in either attribute,
    # ASCII case (the "i" flag) but not Unicode look-alikes (long s, Kelvin sign, full-width letters).
    names = [
        'class="recent"', 'id="xgplayer"', 'class="relocate"', 'class="Related-News"', 'id="XGYD"',
        'class="a" id="box-tuijian"', 'class="yan\u017fhen"', 'class="\uff32elated"', 'id="rec_list"',
        'class="REC-1"', 'class="re\u212aommend"', 'class="recomm"', 'data-x="related"', "", 'class="rel"',
    ]  # fmt: skip
    html = "<body><div id=root>" + "".join(f"<div {name}><p {name}>x</p></div>" for name in names) + "</div>"
    root = LexborHTMLParser(html).css_first("#root")
    assert root is not None
    expected = list({node.mem_id: node for node in root.css(MARKED_QUERY)})
    assert [node.mem_id for node in marked_query(root)] == expected
    assert len(expected) == 2 * 6  # Related-News, XGYD, box-tuijian, rec_list, REC-1, recomm


def test_every_word_holds_a_shared_piece() -> None:
    words = ["relat", "relevan", "xgyd", "xgxw", "tuijian", "recommend", "recomm", "rec-", "rec_", "ab"]
    pieces = shared_pieces(words)
    assert pieces == ["rel", "xg", "tuijian", "rec", "ab"]
    assert all(any(piece in word for piece in pieces) for word in words)


def test_links_to_a_page_above_another_item_are_dropped_however_the_urls_sort() -> None:
    # The definition: an item goes when another item's URL lies under its own (a channel beside its stories).
    urls = ["http://h/a/1.html", "http://h/a", "http://h/a/", "http://h/ab/2.html", "http://h/b", "http://h/a/b/"]
    items = [RelatedItem(title=f"第{n}条相关新闻标题", url=url) for n, url in enumerate(urls)]
    kept = [item.url for item in without_parent_pages(items)]
    assert kept == ["http://h/a/1.html", "http://h/ab/2.html", "http://h/b", "http://h/a/b/"]
    many = [RelatedItem(title="t", url=f"http://h/{n}/x.html") for n in range(3000)]
    assert without_parent_pages(many) == many  # sorted neighbours only: 3,000 items, no pairwise test
