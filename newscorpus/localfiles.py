"""Saved pages on disk: expand paths to HTML files and parse them without a database."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from newscorpus import settings
from newscorpus.decode import decode_html
from newscorpus.localread import read_regular_file
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
    content = read_regular_file(path, settings.MAX_LOCAL_FILE_BYTES)  # no FIFO, device or huge file
    return parse_html(decode_html(content).text, url, registry, site)
