"""The content-farm template: the story and its 相关内容 list come out separated (issue 5)."""

from __future__ import annotations

from newscorpus.localfiles import parse_file
from newscorpus.scrapers.registry import Registry

from .conftest import DEMO_SITE

PAGE = DEMO_SITE / "finance/2023/1031/100.html"
URL = "http://127.0.0.1:8000/finance/2023/1031/100.html"


def test_story_and_related_list_are_separated(registry: Registry) -> None:
    # The rule has no hosts: a URL alone never selects it, so it is named (or detected, below).
    article = parse_file(PAGE, URL, "contentfarm", registry)
    assert article.parser == "contentfarm"
    assert not article.fell_back
    assert article.author == "牛京帅"
    assert article.paragraphs[0].startswith("近年来,为改善营商环境")
    assert article.paragraphs[-1].endswith("占比达99.6%。")
    assert all("okx" not in p for p in article.paragraphs), "the noise token is page chrome, not story"
    assert len(article.related) == 3
    assert [r.url for r in article.related] == [
        "http://127.0.0.1:8000/finance/2023/1031/101.html",
        "http://127.0.0.1:8000/finance/2023/1031/102.html",
        "http://127.0.0.1:8000/finance/2023/1030/103.html",
    ]
    assert all(r.snippet and r.snippet.endswith("···") for r in article.related)
    leaked = [p for p in article.paragraphs for r in article.related if r.title in p or r.snippet[:20] in p]
    assert not leaked, "related titles or snippets ended up in the body"


def test_detected_by_fingerprint_without_url(registry: Registry) -> None:
    article = parse_file(PAGE, None, None, registry)
    assert article.site == "contentfarm"
    assert len(article.related) == 3
