"""Saved pages on disk: expand paths to HTML files and run each through the page pipeline, no database."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from newscorpus import settings
from newscorpus.kinds import PageKind
from newscorpus.localread import read_regular_file
from newscorpus.models import Article, FetchedPage
from newscorpus.options import FULL, ExtractOptions
from newscorpus.pipeline import PageOptions, process
from newscorpus.scrapers.registry import Registry

HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")


def html_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and HTML files found recursively in folders, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in HTML_SUFFIXES)
        else:
            yield path


def parse_file(
    path: Path, url: str | None, site: str | None, registry: Registry, extract: ExtractOptions = FULL
) -> Article:
    """The article in a saved page, read exactly as `fetch` reads the same bytes from ``url``; ``extract``
    turns optional fields off."""
    content = read_regular_file(path, settings.MAX_LOCAL_FILE_BYTES)  # no FIFO, device or huge file
    page = FetchedPage(url or "", url or "", 200, content)
    result = process(page, registry, PageOptions(hint=PageKind.ARTICLE, site=site, extract=extract))
    article = result.article
    if url is not None:
        article.url = result.page.url  # the canonical URL, as `fetch` stores it
    return article
