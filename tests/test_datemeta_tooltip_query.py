"""The tooltip query (``[attr]:is(labels)``) picks the nodes the plain selector list picked, in page order."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newscorpus.scrapers.datemeta import _TOOLTIP_LABELS, _TOOLTIP_QUERY, published_from_metadata

_PAGE = """<html><body>
<p id="a" title="发表于 2020-1-2">x</p><span id="b" data-tooltip="发布于 2019-03-21 12:12 发表于">y</span>
<p id="c" title="编辑于 2020-1-3">z</p><p id="d" data-tooltip="發表於 2021-05-06" title="發布於 2021-05-07">w</p>
<i id="e" data-x="发布于">v</i><div id="f" title="2020-01-02">u</div>
</body></html>"""


def _plain_list() -> str:
    return ", ".join(f'[{a}*="{label}"]' for a in ("data-tooltip", "title") for label in _TOOLTIP_LABELS)


def test_tooltip_query_lists_the_plain_lists_nodes_once_in_page_order() -> None:
    tree = LexborHTMLParser(_PAGE)
    plain = [node.attributes["id"] for node in tree.css(_plain_list())]
    picked = [node.attributes["id"] for node in tree.css(_TOOLTIP_QUERY)]
    # A node repeats only when both attributes name a label (the loop's verdict on it is the same each time).
    assert list(dict.fromkeys(picked)) == list(dict.fromkeys(plain)) == ["a", "b", "d"]
    assert picked == ["a", "b", "d", "d"] and len(plain) == 5


def test_a_tooltip_still_dates_a_page_without_metadata() -> None:
    page = '<html><body><span data-tooltip="发布于 2019-03-21 12:12">编辑于 2019-03-22 09:05</span></body></html>'
    assert published_from_metadata(LexborHTMLParser(page)) == "2019-03-21T12:12:00+08:00"
