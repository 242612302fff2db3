"""``bylinebrand.channel_links`` lets lexbor pick the links whose href can be a channel's front (perf16): the
same names and addresses as reading every ``a[href]`` in Python, on fixture pages and crafted hrefs (a
newline after the last slash, which the pattern's ``$`` passes, CRLF, capitals, no trailing slash)."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.decode import decode_html
from newscorpus.scrapers import bylinebrand
from newscorpus.scrapers.bylinegrammar import fold

from .conftest import FIXTURES

_CRAFTED = (
    '<a href="/news/">新闻</a><a href="/news/local/\n">本地</a><a href="//sports.example.com/\r\n">体育</a>'
    '<a href="/NBA/">NBA</a><a href="/a/12345.html">一篇报道的标题</a><a href="/tech">科技</a>'
    '<a href="/gn/ ">国内</a><a href="https://history.example.com/">历史</a><a href="/x/\n\n">两行</a>'
    '<a href="/u/12/">张三</a><a href="">空</a><a href>无值</a><A HREF="/Finance/">财经</A>'
)


def _every_link(tree: LexborHTMLParser) -> dict[str, str]:
    """The plain reading: every link with an href, its address tested in Python."""
    found = {}
    for link in tree.css("a[href]"):
        href = link.attributes.get("href") or ""
        if bylinebrand._CHANNEL.match(href) and (text := fold(link.text(deep=True))):
            found[text] = href
    return found


def _pages() -> list[LexborHTMLParser]:
    paths = [
        path for path in sorted(Path(FIXTURES).rglob("*.html")) if not any(p.startswith("blind") for p in path.parts)
    ]
    return [LexborHTMLParser(decode_html(path.read_bytes()).text) for path in paths[:150]]


def test_crafted_hrefs_give_what_every_link_read_in_python_gives() -> None:
    tree = LexborHTMLParser(f"<html><body><nav>{_CRAFTED}</nav></body></html>")
    picked = bylinebrand.channel_links(tree)
    assert picked == _every_link(tree)
    assert list(picked) == ["新闻", "本地", "体育", "NBA", "历史", "财经"]  # page order, the newline kept


@pytest.mark.parametrize("tree", _pages())
def test_fixture_pages_give_what_every_link_read_in_python_gives(tree: LexborHTMLParser) -> None:
    picked = bylinebrand.channel_links(tree)
    assert picked == _every_link(tree)
    assert list(picked.items()) == list(_every_link(tree).items())
