"""The dev-page labels (tests/golden/dev) are well formed and describe the pages they name.

They are the truth other benchmarks score against, so a typo here silently skews every number: the
shape is checked always, and with ../shared present each label is checked against its page.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.decode import decode_html
from newscorpus.scrapers.registry import Registry

from .golden_dev import DEV_PAGES, DevLabel, load_dev_labels

LABELS = load_dev_labels()
KEYS = {
    "page", "url", "site", "title", "published_at", "author", "source", "editor",
    "byline_raw", "paragraphs_from", "related", "related_heading", "notes",
}  # fmt: skip
RELATED_KEYS = {"title", "url", "snippet"}
# Labels the byline rules strip: a person field holding one of these was copied unclean.
BYLINE_LABELS = re.compile(r"^(作者|来源|稿源|编辑|责任编辑|责编|记者|本报记者|文/|撰文)|[：:]")
# Invisible parts of a page: their text is not "shown", so a label must not come from them.
HIDDEN = "script, style, noscript, template"


@pytest.fixture
def dev_pages() -> Path:
    if not DEV_PAGES.is_dir():
        pytest.skip("../shared/dev/pages is not present")
    return DEV_PAGES


def _is_web_url(url: object) -> bool:
    if not isinstance(url, str):
        return False
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _optional_text(value: object) -> bool:
    return value is None or (isinstance(value, str) and value == value.strip() and value != "")


def _squeeze(text: str) -> str:
    """Whitespace-free text: labels are compared with the page ignoring how the markup broke lines."""
    return re.sub(r"\s+", "", text)


def _shown_text(page: Path) -> str:
    tree = LexborHTMLParser(decode_html(page.read_bytes()).text)
    for node in tree.css(HIDDEN):
        node.decompose()
    return _squeeze(tree.root.text(separator=""))


def test_there_is_a_label_for_every_dev_page(dev_pages: Path) -> None:
    assert {p.stem for p in dev_pages.glob("*.html")} == {label.stem for label in LABELS}


@pytest.mark.parametrize("label", LABELS, ids=[label.stem for label in LABELS])
def test_label_has_the_fields_with_the_right_types(label: DevLabel) -> None:
    data = label.data
    assert set(data) == KEYS
    assert data["page"] == f"dev/{label.stem}.html"
    assert _is_web_url(data["url"])
    assert isinstance(data["title"], str) and data["title"] == data["title"].strip() and data["title"]
    assert data["paragraphs_from"] == "content"
    assert isinstance(data["notes"], str) and data["notes"]
    for field in ("author", "source", "editor", "related_heading"):
        assert _optional_text(data[field]), field
    assert isinstance(data["byline_raw"], list) and all(isinstance(s, str) and s for s in data["byline_raw"])


@pytest.mark.parametrize("label", LABELS, ids=[label.stem for label in LABELS])
def test_date_is_iso_8601_with_an_offset(label: DevLabel) -> None:
    published = label.data["published_at"]
    if published is None:
        return
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", published), published
    assert datetime.fromisoformat(published).utcoffset() is not None


@pytest.mark.parametrize("label", LABELS, ids=[label.stem for label in LABELS])
def test_byline_fields_are_clean_names(label: DevLabel) -> None:
    for field in ("author", "source", "editor"):
        value = label.data[field]
        assert value is None or not BYLINE_LABELS.search(value), (field, value)
    author = label.data["author"]
    assert author is None or "  " not in author, "several authors are joined by exactly one space"


@pytest.mark.parametrize("label", LABELS, ids=[label.stem for label in LABELS])
def test_related_items_are_absolute_links(label: DevLabel) -> None:
    related = label.data["related"]
    assert isinstance(related, list)
    for item in related:
        assert set(item) == RELATED_KEYS
        assert isinstance(item["title"], str) and item["title"].strip() == item["title"] and item["title"]
        assert _is_web_url(item["url"]), item["url"]
        assert _optional_text(item["snippet"])
    urls = [item["url"] for item in related]
    assert len(urls) == len(set(urls)), "an item is listed twice"


@pytest.mark.parametrize("label", LABELS, ids=[label.stem for label in LABELS])
def test_site_is_the_rule_that_owns_the_host(label: DevLabel, registry: Registry) -> None:
    rule = registry.for_url(label.data["url"])
    assert label.data["site"] == (rule.name if rule else "generic")


@pytest.mark.parametrize("label", LABELS, ids=[label.stem for label in LABELS])
def test_label_matches_its_page(label: DevLabel, dev_pages: Path) -> None:
    """Title, byline strings, person fields and related titles are all text the page shows."""
    assert label.page.is_file()
    assert label.data["url"] == label.benchmark["url"]
    shown = _shown_text(label.page)
    strings = [label.data["title"], *label.data["byline_raw"]]
    strings += [name for field in ("author", "source", "editor") for name in (label.data[field] or "").split()]
    strings += [item["title"] for item in label.data["related"]]
    missing = [s for s in strings if _squeeze(s) not in shown]
    assert not missing
