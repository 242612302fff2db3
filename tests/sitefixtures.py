"""Parsing the hand-written site fixtures (tests/fixtures/<site>/) through the full parse stage."""

from __future__ import annotations

from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

from .conftest import FIXTURES


def parse_fixture(registry: Registry, name: str, url: str | None) -> Article:
    return parse_html((FIXTURES / name).read_text(encoding="utf-8"), url, registry)


def byline(article: Article) -> tuple[str | None, ...]:
    return (article.title, article.published_at, article.author, article.source, article.editor)
