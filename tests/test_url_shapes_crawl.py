"""End to end: a portal on 127.0.0.1 with an article at every URL shape of the shapes table, crawled with
``newscorpus fetch`` from its home page. Every article must be stored, as an article, under its own URL
(tracking parameters dropped, id parameters kept, template canonical links that name another page
ignored), and no channel, pager, tag, author, search, login or comment page may be stored as one."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from newscorpus.crawl.engine import Crawler
from newscorpus.crawl.options import CrawlOptions
from newscorpus.fetch import FetchOptions
from newscorpus.localserver import LocalSite, Route
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.rule import SiteRule
from newscorpus.store import Store

from .conftest import run_cli
from .shapeportal import _article, _link, _page, portal, shape_articles

# Bounds, not speed assertions: the portal has ~110 pages, fetched with no delay.
DEADLINE_SECONDS = "120"
MAX_PAGES = "400"


def stored(db: Path) -> dict[str, str]:
    """Title -> URL of every stored article."""
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT title, url FROM articles"))


def test_every_article_shape_is_found_and_stored_under_its_own_url(cli, tmp_path: Path) -> None:
    articles = shape_articles()
    assert len(articles) >= 80
    db = tmp_path / "c.db"
    with LocalSite(portal()) as site:
        result = run_cli(
            cli,
            *("fetch", site.url("/"), "--db", db, "--allow-private", "--delay", "0", "--json-summary"),
            *("--deadline", DEADLINE_SECONDS, "--max-pages", MAX_PAGES),
        )
        expected = {article.title: site.url(article.path) for article in articles}
        hits = dict(site.hits)
    assert result.exit_code == 0, result.output
    found = stored(db)
    missing = sorted(url for title, url in expected.items() if found.get(title) != url)
    assert missing == [], f"{len(missing)} of {len(expected)} articles not stored under their own URL"
    assert len(found) == len(expected)  # nothing else: no home, channel, pager, tag or author page
    with sqlite3.connect(db) as conn:  # and no two folded into one story for export (by URL or by text)
        assert conn.execute("SELECT count(DISTINCT cluster_id) FROM article_dedup").fetchone()[0] == len(expected)
    summary = json.loads(result.stdout)
    assert summary["new"] == len(expected) and summary["failed"] == 0
    # Login, search and comment pages are never fetched; every article exactly once.
    assert not any(path.startswith(("/login", "/search", "/comment")) for path in hits)
    assert {article.path: hits.get(article.path) for article in articles} == {a.path: 1 for a in articles}


def test_on_a_rule_site_the_rule_links_and_the_article_shaped_links_are_both_followed(tmp_path: Path) -> None:
    """A rule whose list_links match only the old template's block: the new block's articles (short
    anchors, photos, every shape) are found anyway, and the rule's own links are queued first."""
    articles = shape_articles()
    rule = SiteRule(
        name="shapes",
        hosts=("127.0.0.1",),
        version=1,
        title=("h1", "h2.title"),
        body=(".article-content", ".TRS_Editor", ".entry-content", "td.t_f"),
        list_links=("ul.old-list a",),
    )
    old = "".join(f'<li><a href="{a.path}">{a.title}</a></li>' for a in articles[-2:])
    new = "".join(_link(a, a.n % 4) for a in articles[:-2])
    routes = {"/": Route(_page("首页", f'<ul class="old-list">{old}</ul><div class="feed-2024"><ul>{new}</ul></div>'))}
    routes.update({a.path: Route(_article(a, articles)) for a in articles})
    db = tmp_path / "c.db"
    fetch = FetchOptions(allow_private=True, attempts=2, backoff_initial=0.05, read_timeout=5.0)
    with LocalSite(routes) as site, Store(db) as store:
        report = Crawler(store, Registry((rule,)), fetch, CrawlOptions(delay=0.0, concurrency=1)).run(
            [(site.url("/"), "auto")]
        )
        expected = {a.title: site.url(a.path) for a in articles}
        order = [target for target, _ in site.requests if target not in ("/", "/robots.txt")]
    assert report.failures == []
    assert stored(db) == expected
    # concurrency=1: the rule's two links are fetched before any link the grammar found.
    assert {order[0], order[1]} == {a.path for a in articles[-2:]}
