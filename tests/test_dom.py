"""Removing nodes from a lexbor tree: outermost once, never a node the caller still holds."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newscorpus.scrapers.dom import remove_nodes


def test_nested_and_repeated_nodes_are_removed_once() -> None:
    tree = LexborHTMLParser("<div class=a><div class=b><p class=c>甲</p></div></div><p>乙</p>")
    nodes = tree.css("div.a, div.b, p.c") + tree.css("div.b")  # ancestors first, and a repeat
    remove_nodes(nodes)
    assert tree.body.text() == "乙"


def test_nodes_holding_the_kept_node_stay() -> None:
    tree = LexborHTMLParser("<div class=wrap><div class=story>正文</div><ul><li>相关</li></ul></div>")
    story = tree.css_first("div.story")
    remove_nodes(tree.css("div.wrap, ul"), keep=story)
    assert story.text() == "正文" and tree.css_first("ul") is None
