"""The far feed search's pre-check (BlockFinder._feed_candidates: read a root's story links only when a box
in it is a feed) finds what the search without it finds, on every root after the story of the hand-made
fixture pages and on a page whose only list is such a feed."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings
from newscorpus.scrapers.relatedanchor import guess_story
from newscorpus.scrapers.relatedblocks import BlockFinder
from newscorpus.scrapers.relatedlists import _topic, after_story

_FIXTURES = Path(__file__).parent / "fixtures"
# The blind batches are never read by tests written against it.
PAGES = sorted(
    path for path in _FIXTURES.glob("*/**/*.html") if not path.relative_to(_FIXTURES).parts[0].startswith("blind")
)

_CARD = (
    '<li class="card"><a href="/a/2024/03/{n}000.html">第{n}条别的新闻的标题足够长</a><span>新华社 3月15日</span></li>'
)
FEED_PAGE = f"""<html><head><title>某地发布新规</title></head><body><div id="wrap"><div id="main">
<h1>某地发布新规</h1><div id="story"><p>{"正文段落，讲述新规的内容和影响。" * 6}</p>
<p>{"第二段继续讲述新规的细节和各方反应。" * 5}</p></div></div>
<div id="more"><ul id="feed">{"".join(_CARD.format(n=n) for n in range(1, 8))}</ul></div></div></body></html>"""


def _found(root: LexborNode, topic: frozenset[str]) -> list[int]:
    return [node.mem_id for node in BlockFinder().unheaded_list([root], topic, feeds_only=True)]


def _search(html: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[list[int], list[int]]]:
    """(found with the pre-check, found without it) for every root the far search may be given."""
    tree = LexborHTMLParser(html)
    anchor = guess_story(tree)
    if anchor is None:
        return []
    pairs = []
    for root in after_story(anchor, levels=None):
        for topic in (frozenset(), _topic(tree)):
            fast = _found(root, topic)
            with monkeypatch.context() as patch:
                patch.setattr(BlockFinder, "_feed_candidates", lambda self, root: None)  # the search as it was
                pairs.append((fast, _found(root, topic)))
    return pairs


@pytest.mark.parametrize("page", PAGES, ids=lambda path: str(path.relative_to(_FIXTURES)))
def test_the_pre_check_changes_no_search(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for fast, plain in _search(page.read_text(encoding="utf-8", errors="replace"), monkeypatch):
        assert fast == plain


def test_a_feed_of_alike_cards_is_still_found(monkeypatch: pytest.MonkeyPatch) -> None:
    pairs = _search(FEED_PAGE, monkeypatch)
    assert any(fast for fast, _ in pairs)  # the feed is found, with and without the pre-check
    assert all(fast == plain for fast, plain in pairs)
    assert settings.RELATED_FEED_MIN_ITEMS <= 7
