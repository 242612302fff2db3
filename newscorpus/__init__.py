"""newscorpus: scrape Chinese news portals into a clean, deduplicated SQLite corpus.

The Python API (typed, see py.typed)::

    from newscorpus import Corpus, parse_html

    article = parse_html(html_bytes, url="https://news.example.cn/a/1.html")   # -> Article
    with Corpus("corpus.db") as corpus:                                       # read-only
        for record in corpus.articles(sites=["sina"], since="7d"):            # export records
            ...
        corpus.get("https://news.example.cn/a/1.html")

Names are imported on first use, so ``import newscorpus`` (which every CLI run does) stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Article", "Corpus", "RelatedItem", "Selection", "__version__", "parse_html"]

if TYPE_CHECKING:
    from newscorpus.api import parse_html
    from newscorpus.corpus import Corpus, Selection
    from newscorpus.models import Article, RelatedItem

_LAZY = {
    "parse_html": "newscorpus.api",
    "Corpus": "newscorpus.corpus",
    "Selection": "newscorpus.corpus",
    "Article": "newscorpus.models",
    "RelatedItem": "newscorpus.models",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'newscorpus' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(_LAZY[name]), name)
