"""Saved pages on disk: expand paths to HTML files and parse them without a database."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from newscorpus.decode import decode_html
from newscorpus.errors import ReadError
from newscorpus.models import Article
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry

HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")


def html_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and HTML files found recursively in folders, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in HTML_SUFFIXES)
        else:
            yield path


def parse_file(path: Path, url: str | None, site: str | None, registry: Registry) -> Article:
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise ReadError(exc.strerror or "cannot read file", str(path)) from exc
    return parse_html(decode_html(content).text, url, registry, site)
