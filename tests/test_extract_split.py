"""Stories cut in two by an ad box, and recommendation feeds beside the story (issue 18, generic extractor).

Hand-written pages in ``tests/fixtures/extract/split/`` (``NAME.html`` and ``NAME.txt``, the story a reader
expects, one paragraph per line). Positives: a story whose second half, past an ad, opens with paragraphs
and holds a subheading sharing the headline's words (``split_subheading``); a second half in a cousin of
the first, past an ad, after a title block that ends the join above the first (``split_cousin``); a short
story with a twelve-item feed of linked titles and punctuated snippets in its parent (``feed_after_story``)
or in its own container (``feed_in_container``). Negatives, where nothing after the story may join it: a
separate story with its own headline and date line past an ad (``story_then_story``), a comment list in an
unnamed box (``comment_list``) and a related list with snippets (``related_snippets``).

The full extractor also runs the related-list finder, which removes some feeds from the tree before the
body is chosen; the mechanism tests read the untouched page's walk, as a feed the finder misses meets it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus import settings
from newscorpus.models import Article
from newscorpus.scrapers import generic
from newscorpus.scrapers.blocks import Line, Walk, walk
from newscorpus.scrapers.density import rank_bodies
from newscorpus.scrapers.feeds import Feeds
from newscorpus.scrapers.plausible import Choice, choose_story
from newscorpus.scrapers.siblings import join_siblings
from newscorpus.scrapers.storytext import paragraphs_of
from newscorpus.scrapers.titles import title_references, topic_of
from newscorpus.scrapers.topic import headline_pairs, repeats_headline

SPLIT = Path(__file__).parent / "fixtures" / "extract" / "split"
NAMES = sorted(path.stem for path in SPLIT.glob("*.html"))


def _page(name: str) -> tuple[str, list[str]]:
    return (SPLIT / f"{name}.html").read_text(encoding="utf-8"), (SPLIT / f"{name}.txt").read_text(
        encoding="utf-8"
    ).splitlines()


def _extract(html: str) -> Article:
    return generic.extract(LexborHTMLParser(html), None)


def _to_story(lines: list[Line]) -> list[str]:
    return paragraphs_of(lines, None)


def _choose(html: str) -> tuple[Walk, Choice, str]:
    """The untouched page's walk, the plausibility-checked density choice on it, and the headline topic."""
    tree = LexborHTMLParser(html)
    topic = topic_of(title_references(tree))
    page = walk(tree.body)
    return page, choose_story(page, rank_bodies(page, settings.PLAUSIBLE_CANDIDATES), _to_story, topic), topic


def _joined(html: str) -> list[str]:
    page, choice, topic = _choose(html)
    assert choice.index is not None
    return [line.text for line in join_siblings(page, choice.index, _to_story, topic)]


def _class_of(page: Walk, index: int | None) -> str:
    assert index is not None
    return page.nodes[index].attributes.get("class") or ""


def test_there_are_positives_and_negatives() -> None:
    assert {"split_subheading", "split_cousin", "feed_after_story", "feed_in_container"} <= set(NAMES)
    assert {"story_then_story", "comment_list", "related_snippets"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_page_gives_exactly_the_story(name: str) -> None:
    html, expected = _page(name)
    assert _extract(html).paragraphs == expected


@pytest.mark.parametrize("name", NAMES)
def test_the_join_alone_takes_exactly_the_story_blocks(name: str) -> None:
    """Before the clean-ups: the blocks the choice and the join settle on hold every story line and no line of
    what follows the story (another story, comments, a list, a feed)."""
    html, expected = _page(name)
    joined = _joined(html)
    assert set(expected) <= set(joined)
    assert [line for line in _to_story(walk(LexborHTMLParser(html).body).lines) if line not in joined][
        -1
    ] not in expected  # the page's last prose is outside the story: nothing after it was joined


def test_a_subheading_sharing_the_headline_does_not_end_the_story() -> None:
    html, expected = _page("split_subheading")
    topic = topic_of(title_references(LexborHTMLParser(html)))
    assert repeats_headline(headline_pairs(topic), "加装电梯为何今年提速")
    assert expected[-1] in _joined(html)


def test_a_title_block_still_ends_the_story_above_it() -> None:
    """The headline's own block (headline and date line, no prose) is not joined, subheading rule or not."""
    html, _ = _page("split_subheading")
    assert "老旧小区加装电梯提速 今年已有二百台投入使用" not in _joined(html)


def test_the_second_half_in_a_cousin_past_an_ad_is_joined() -> None:
    html, expected = _page("split_cousin")
    page, choice, _ = _choose(html)
    assert _class_of(page, choice.index) == "news-text" and expected[-1] not in choice.story
    assert expected[-1] in _joined(html)


def test_a_cousin_right_next_to_the_story_wrapper_is_not_joined() -> None:
    """Without an ad or image between them, the block after the story's wrapper is the page's next item."""
    html, expected = _page("split_cousin")
    start = html.index('<div class="ad-banner">')
    html = html[:start] + html[html.index("</div>", start) + len("</div>") :]
    assert expected[-1] not in _joined(html)


def test_the_feed_wins_the_density_race_but_is_passed_over() -> None:
    html, expected = _page("feed_after_story")
    page, choice, _ = _choose(html)
    top = rank_bodies(page, settings.PLAUSIBLE_CANDIDATES)[0]
    assert _class_of(page, top) == "stream" and Feeds(page).is_feed(top) and Feeds(page).passed_over(top)
    assert _class_of(page, choice.index) == "detail" and choice.story == expected


def test_a_story_beside_a_feed_inside_a_passed_over_wrapper_is_still_found() -> None:
    """A list feed (``<li>`` title, ``<br>``, snippet) credits its lines to the list, and the wrapper holding it
    and the story is mostly feed too: both are passed over, but the story container inside the wrapper is not."""
    html, expected = _page("feed_after_story")
    html = html.replace('<div class="stream">', '<ul class="stream">').replace(
        '    </div>\n  </div>\n  <div class="right">', '    </ul>\n  </div>\n  <div class="right">'
    )
    html = html.replace('<div class="list-item">', "<li>").replace("</h3></a><p>", "</a><br>")
    html = html.replace('</p><div class="item-meta">', "<br>").replace("</div></div>", "</li>")
    html = html.replace("<h3>", "")
    page, choice, _ = _choose(html)
    assert page.tags[rank_bodies(page, settings.PLAUSIBLE_CANDIDATES)[0]] == "ul"
    assert _class_of(page, choice.index) == "detail" and choice.story == expected


def test_a_feed_next_to_the_story_ends_the_join() -> None:
    html, expected = _page("feed_after_story")
    assert _joined(html) == [*expected]


def test_a_feed_in_the_story_container_is_cut_from_it() -> None:
    html, expected = _page("feed_in_container")
    page, choice, _ = _choose(html)
    assert _class_of(page, choice.index) == "detail"  # holds the story's paragraphs: kept, not passed over
    assert _extract(html).paragraphs == expected


def test_titles_without_links_are_no_feed() -> None:
    """The same items with plain headings: a list of short sections, not a stream of links to other stories."""
    html, _ = _page("feed_after_story")
    html = html.replace("<a href", "<span data-href").replace("</a>", "</span>")
    tree = LexborHTMLParser(html)
    page = walk(tree.body)
    stream = next(i for i, node in enumerate(page.nodes) if node.attributes.get("class") == "stream")
    assert not Feeds(page).is_feed(stream)


def test_fewer_items_than_a_feed_holds_are_no_feed() -> None:
    html, _ = _page("related_snippets")
    page = walk(LexborHTMLParser(html).body)
    box = next(i for i, node in enumerate(page.nodes) if node.attributes.get("class") == "box")
    assert Feeds(page).is_feed(box)
    last = html.rindex('<div class="box-item">')
    html = html[:last] + html[html.index("</div>", last) + len("</div>") :]
    page = walk(LexborHTMLParser(html).body)
    box = next(i for i, node in enumerate(page.nodes) if node.attributes.get("class") == "box")
    assert settings.FEED_MIN_ITEMS == 4 and not Feeds(page).is_feed(box)


def test_a_separate_story_without_its_date_line_is_still_apart_when_nothing_is_between() -> None:
    html, expected = _page("story_then_story")
    html = html.replace('<div class="item-info">2024-05-29 18:20 晨光新闻网</div>', "")
    start = html.index('<div class="ad-slot">')
    html = html[:start] + html[html.index("</div>", start) + len("</div>") :]
    assert _extract(html).paragraphs == expected


def test_a_comment_list_opens_with_stamps_and_is_not_joined() -> None:
    html, expected = _page("comment_list")
    joined = _joined(html)
    assert not any("隧道口多设几个指示牌" in line for line in joined)
    assert _extract(html).paragraphs == expected
