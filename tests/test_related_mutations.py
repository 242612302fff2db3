"""Mutated real pages through every site rule and the generic path: odd lists never take a page down.

Pages are the saved portal pages in ../shared/pages (when present) and the related templates; a mutation
renames classes and ids, removes elements, drops attributes (href, class, id, src) and truncates the
serialised page. Every rule is forced on every page, so each rule meets templates it was never written
for: its selectors miss or half-match, and the generic detector runs on what is left.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus.decode import decode_html
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

from .conftest import FIXTURES, SHARED_PAGES

TEMPLATES = FIXTURES / "related" / "templates"
UNSEEN = FIXTURES / "related" / "unseen"  # templates of other portals and years: data-url cards, tabs, tables
FRESH = FIXTURES / "related" / "fresh"  # onclick feeds, JSON-filled pages
SHAPES2 = FIXTURES / "related" / "shapes2"  # long tabbed lists, script state, split lists, table layouts
# Elements a mutation is aimed at: the parts of a page related lists and their headings are made of.
TARGETS = "a, ul, ol, li, dl, dd, div, section, aside, h2, h3, h4, span, em, p, font, article, footer, script"
ATTRIBUTES = (
    *("href", "class", "id", "src", "style", "role", "data-href", "data-url", "data-link", "alt", "aria-label"),
    *("onclick", "data-item-url", "type"),
)
MAX_OPS = 8


def _pages() -> list[Path]:
    pages = [page for folder in (TEMPLATES, UNSEEN, FRESH, SHAPES2) for page in sorted(folder.glob("*.html"))]
    if SHARED_PAGES.is_dir():
        pages += sorted(SHARED_PAGES.glob("*/*.html"))
    return pages


PAGES = _pages()


def _mutate(html: str, ops: list[tuple[str, float, int]], cut: float | None) -> str:
    tree = LexborHTMLParser(html)
    for op, where, salt in ops:
        nodes: list[LexborNode] = tree.body.css(TARGETS) if tree.body is not None else []
        if not nodes:
            break
        node = nodes[min(int(where * len(nodes)), len(nodes) - 1)]
        if op == "remove":
            node.decompose()
        elif op == "rename":
            node.attrs["class"] = f"m{salt}"
            node.attrs["id"] = f"n{salt}"
        else:
            attribute = ATTRIBUTES[salt % len(ATTRIBUTES)]
            if attribute in node.attributes:
                del node.attrs[attribute]
    out = tree.html or ""
    return out[: int(len(out) * cut)] if cut is not None else out


@pytest.mark.skipif(not PAGES, reason="no pages to mutate")
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    page=st.sampled_from(PAGES),
    pick=st.integers(0, 1_000),
    ops=st.lists(
        st.tuples(st.sampled_from(["remove", "rename", "drop"]), st.floats(0, 1), st.integers(0, 10_000)),
        max_size=MAX_OPS,
    ),
    cut=st.none() | st.floats(0.05, 1),
)
def test_mutated_pages_never_crash_any_parser(
    registry: Registry, page: Path, pick: int, ops: list[tuple[str, float, int]], cut: float | None
) -> None:
    parsers = [None, *registry.names()]  # None: the URL decides, i.e. the generic path for this URL
    html = _mutate(decode_html(page.read_bytes()).text, ops, cut)
    article = parse_html(html, "https://mutated.test/a/2024/0101/1.html", registry, site=parsers[pick % len(parsers)])
    for item in article.related:
        assert item.title
        assert item.url is None or item.url.startswith(("http://", "https://"))
    assert isinstance(article.paragraphs, list)


def test_the_mutation_pool_holds_real_pages_or_templates() -> None:
    """The property test above is only as good as its pool: the templates at least, real pages when shared."""
    assert len([p for p in PAGES if p.parent == TEMPLATES]) >= 6
    if SHARED_PAGES.is_dir():
        assert len(PAGES) > 20
