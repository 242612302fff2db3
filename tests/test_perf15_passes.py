"""bench.passes' prototype: the marked-block test on the walk's element list against lexbor's query.

The README's perf15 section reports the merge as not worth making; these pin what the prototype measured:
it finds the query's blocks wherever the walk reads, and misses the ones inside subtrees the walk never
enters (why a shared pass could not reuse the walk as it stands and stay byte-identical)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from bench.passes import best_of, marks_on_walk
from newscorpus.scrapers.relatedmarks import marked_query, marked_words_in

# Hand-written variants: class or id, case, words from several template families (English, pinyin,
# abbreviations), nested blocks, and unmarked look-alikes (a "prerelease" class holds "relea", not "relat").
_READABLE = [
    '<div class="related-news"><ul><li><a href="/a/1.html">甲</a></li></ul></div>',
    '<section id="XGYD_box"><a href="/b/2.html">乙</a></section>',
    '<div class="sidebar"><div class="TuiJian list"><a href="/c.html">丙</a></div></div>',
    '<aside class="recommend"><p class="rec_title">推荐</p></aside>',
    '<div id="yanshen-read"><span>延伸阅读</span></div>',
    '<div class="prerelease"><p>正文</p></div><div class="story"><p>正文二</p></div>',
]


def _body(markup: str) -> LexborNode:
    body = LexborHTMLParser(f"<html><body>{markup}</body></html>").body
    assert body is not None
    return body


def _ids(nodes: list[LexborNode]) -> list[int]:
    return [node.mem_id for node in nodes]


@pytest.mark.parametrize("markup", _READABLE)
def test_walk_marks_match_the_query_where_the_walk_reads(markup: str) -> None:
    body = _body(markup)
    assert _ids(marks_on_walk(body)) == _ids(marked_query(body))


def test_marked_words_in_is_the_query_test() -> None:
    body = _body("".join(_READABLE))
    marked = {node.mem_id for node in marked_query(body)}
    assert len(marked) == 6  # related-news, XGYD_box, TuiJian, recommend, rec_title, yanshen-read
    for node in body.traverse():
        assert marked_words_in(node) == (node.mem_id in marked)


@pytest.mark.parametrize("hidden", ["noscript", "form", "object"])
def test_walk_marks_miss_blocks_inside_unreadable_subtrees(hidden: str) -> None:
    body = _body(f'<p>正文</p><{hidden}><div class="related">甲</div></{hidden}>')
    assert len(marked_query(body)) == 1
    assert marks_on_walk(body) == []


def test_best_of_keeps_the_least() -> None:
    calls: list[int] = []
    assert best_of(lambda: calls.append(1), runs=3) >= 0.0
    assert len(calls) == 3
