"""Golden tests: site parsers on the real saved portal pages, field by field (issue 5)."""

from __future__ import annotations

import pytest

from bench.metrics import bag_of_tokens
from newscorpus.localfiles import parse_file

from .golden import Golden, load_goldens

SITE_GOLDENS = load_goldens(generic=False)
MIN_BODY_F1 = 0.95


@pytest.fixture(params=SITE_GOLDENS, ids=[g.id for g in SITE_GOLDENS])
def golden(request, shared_pages) -> Golden:
    return request.param


def test_site_page_matches_golden(golden: Golden, registry) -> None:
    want = golden.data
    article = parse_file(golden.page, want["url"], None, registry)
    assert article.parser == want["site"], "parsed by the wrong rule (or fell back to generic)"
    assert not article.fell_back
    assert article.title == want["title"]
    assert article.published_at == want["published_at"]
    assert (article.author, article.source, article.editor) == (want["author"], want["source"], want["editor"])
    assert article.paragraphs[:1] == want["paragraphs"][:1]
    assert article.paragraphs[-1:] == want["paragraphs"][-1:]
    assert len(article.paragraphs) == len(want["paragraphs"])
    assert bag_of_tokens(article.body, "\n".join(want["paragraphs"])).f1 >= MIN_BODY_F1
    assert [(r.title, r.url) for r in article.related] == [(r["title"], r["url"]) for r in want["related"]]


def test_site_is_detected_without_url(golden: Golden, registry) -> None:
    """A saved page with no URL given still reaches its site rule (canonical, og:url or fingerprint)."""
    article = parse_file(golden.page, None, None, registry)
    assert article.site == golden.site
