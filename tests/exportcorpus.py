"""A small corpus of real site templates (the hand-written fixtures of tests/fixtures/), stored the way
`fetch` stores pages, with chosen fetch times: what the export and API tests select from."""

from __future__ import annotations

from pathlib import Path

from newscorpus.decode import decode_html
from newscorpus.models import FetchedPage
from newscorpus.parse import parse_html
from newscorpus.scrapers.registry import Registry
from newscorpus.store import Store

from .conftest import FIXTURES

# fixture, the page's URL on its site (stored, never fetched), fetched_at
PAGES = (
    (
        "sina/time-source-2016.html",
        "https://news.sina.com.cn/c/2016-05-03/doc-ifxrtztc3123456.shtml",
        "2024-03-01T09:00:00+00:00",
    ),
    ("qq/cnt-main-article.html", "https://new.qq.com/rain/a/20210506A01ABC00", "2024-03-01T23:30:00+00:00"),
    ("ifeng/main-content-2017.html", "https://news.ifeng.com/a/20170815/51645123_0.shtml", "2024-03-02T10:00:00+00:00"),
    (
        "huanqiu/article-2020.html",
        "https://world.huanqiu.com/article/3zAbCdEfGhI",
        "2024-03-03T10:00:00+00:00",
    ),
    (
        "xinhuanet/newscn-2021.html",
        "http://www.news.cn/politics/2021-06/01/c_1127518123.htm",
        "2024-03-04T10:00:00+00:00",
    ),
)


def store_pages(db: Path, pages: tuple[tuple[str, str, str], ...] = PAGES) -> list[dict]:
    """Parse and store each page; returns what was stored: url, site, fetched_at, published_at."""
    registry = Registry.load()
    stored = []
    with Store(db) as store:
        for fixture, url, fetched_at in pages:
            content = (FIXTURES / fixture).read_bytes()
            decoded = decode_html(content)
            article = parse_html(decoded.text, url, registry)
            page = FetchedPage(url, url, 200, content, "text/html", fetched_at=fetched_at)
            store.save(page, decoded, article)
            stored.append(
                {"url": url, "site": article.site, "fetched_at": fetched_at, "published_at": article.published_at}
            )
    return stored
