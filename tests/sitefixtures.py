"""Parsing the hand-written site fixtures (tests/fixtures/<site>/) through the full parse stage."""

from __future__ import annotations

from newscorpus.localfiles import parse_file
from newscorpus.models import Article
from newscorpus.scrapers.registry import Registry

from .conftest import FIXTURES


def parse_fixture(registry: Registry, name: str, url: str | None) -> Article:
    """Bytes through the real decode stage, so a GBK fixture reads as a portal would serve it."""
    return parse_file(FIXTURES / name, url, None, registry)


def byline(article: Article) -> tuple[str | None, ...]:
    return (article.title, article.published_at, article.author, article.source, article.editor)
