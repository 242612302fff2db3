"""The second-opinion calibration tools (bench/opinion_mutate.py, bench/opinion_calibrate.py).

The mutations must change what they say and keep every truth line on the page, or the calibration table
measures something else; the plausibility pick must take a library's answer only where it adds story.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

pytest.importorskip("lxml.html")  # the mutations rewrite pages with lxml (a dependency of the bench extra)

from selectolax.lexbor import LexborHTMLParser

from bench.fresh import FRESH_DIR, fresh_pages
from bench.opinion_calibrate import Row, plausible_pick
from bench.opinion_mutate import FEED_ITEMS, MUTATIONS, mutate
from bench.pages import LabelledPage

STORY = [
    "今年以来，我市新建和改造公园绿地二十余处，新增城市绿地一百二十公顷，市民出门就能见到绿。",
    "新建的滨河公园沿河绵延三公里，设有步道、骑行道和儿童游乐区，成为市民休闲的好去处。",
    "园林绿化局表示，年内还将推进口袋公园建设，让更多市民在家门口享受到公园的便利。",
]


def _university_page() -> tuple[LabelledPage, LabelledPage]:
    pages = {page.site: page for page in fresh_pages(FRESH_DIR)}
    return pages["university_news"], pages["gov_table_notice"]


def _text(html: str) -> str:
    tree = LexborHTMLParser(html)
    for node in tree.css("script, style"):
        node.decompose()
    return "".join(tree.body.text().split()) if tree.body is not None else ""


@pytest.mark.parametrize("kind", MUTATIONS)
def test_every_mutation_keeps_the_story_text_on_the_page(kind: str) -> None:
    page, donor = _university_page()
    mutated = mutate(page, kind, donor)
    assert mutated is not None and mutated.name.endswith(f"#{kind}") and mutated.html != page.html
    shown = _text(mutated.html)
    assert all("".join(line.split()) in shown for line in page.body.splitlines())


def test_the_mutations_do_what_they_say() -> None:
    page, donor = _university_page()
    split = LexborHTMLParser(mutate(page, "split", donor).html)  # type: ignore[union-attr]
    ad = split.css_first("div.adbox")
    assert ad is not None and ad.prev is not None and ad.next is not None
    assert ad.prev.text().strip() and ad.next.text().strip()  # story on both sides of the ad
    feed = LexborHTMLParser(mutate(page, "feed", donor).html)  # type: ignore[union-attr]
    assert len(feed.css("div.feed > div.feed-item")) == FEED_ITEMS
    hydrated = LexborHTMLParser(mutate(page, "hydrated", donor).html)  # type: ignore[union-attr]
    assert hydrated.css_first("#__next") is not None and hydrated.css_first("script#__NEXT_DATA__") is not None
    renamed = mutate(page, "renamed", donor)
    assert renamed is not None and 'class="x9k2"' in renamed.html


def test_a_page_whose_story_cannot_be_found_is_not_mutated() -> None:
    page, donor = _university_page()
    assert mutate(replace(page, body="这一行不在页面上出现，所以找不到正文容器。"), "split", donor) is None


def _row(ours: list[str], library: list[str], title: str | None = "我市今年新增城市绿地一百二十公顷") -> Row:
    scores = dict.fromkeys(("ours", "readability", "trafilatura"), 0.5)
    return Row(
        name="page",
        kind="tune",
        confidence=1.0,
        fell_back=False,
        longest_in=True,
        prose_cover=1.0,
        **scores,
        **{f"{name}_nt": score for name, score in scores.items()},
        **{f"{name}_s": 0.0 for name in scores},
        title=title,
        ours_text="\n".join(ours),
        readability_text="\n".join(library),
        trafilatura_text="",
    )


def test_the_pick_takes_a_library_answer_that_adds_the_rest_of_the_story() -> None:
    assert plausible_pick(_row(STORY[:1], STORY), "readability")


def test_the_pick_keeps_ours_when_the_library_adds_only_metadata_lines() -> None:
    extra = ["我市今年新增城市绿地一百二十公顷", "作者：园林绿化局", "2024年04月02日 08:15 浏览：318"]
    assert not plausible_pick(_row(STORY, [*extra, *STORY]), "readability")


def test_the_pick_keeps_ours_against_a_link_list() -> None:
    links = [f"http://www.example{n}.gov.cn/index.html" for n in range(12)]
    assert not plausible_pick(_row(STORY, links), "readability")


def test_the_pick_takes_a_story_when_ours_is_a_footer() -> None:
    footer = ["地址：某市人民路1号 电话：0000-1234567 版权所有"]
    assert plausible_pick(_row(footer, STORY), "readability")
