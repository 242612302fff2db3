"""Multi-page articles on rule-less sites, crawled from a local portal on 127.0.0.1: stitched whole."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from newscorpus import settings
from newscorpus.crawl.engine import Crawler
from newscorpus.crawl.options import CrawlOptions
from newscorpus.crawl.report import CrawlReport
from newscorpus.fetch import FetchOptions
from newscorpus.localserver import LocalSite, Route
from newscorpus.reparse import reparse
from newscorpus.scrapers.registry import Registry
from newscorpus.store import Store

FAST = FetchOptions(allow_private=True, attempts=3, backoff_initial=0.05, read_timeout=5.0)
NO_RULES = Registry(())


def sentence(story: int, page: int, n: int) -> str:
    return f"第{story}篇报道第{page}页第{n}段：当地持续推进重点项目建设，各项工作取得积极进展，群众获得感不断增强。"


def story_page(story: int, page: int, pager: str, last: bool) -> bytes:
    """A portal template unlike any site rule: header bar, story div, a pager right after the story."""
    paras = "".join(f"<p>{sentence(story, page, n)}</p>" for n in range(1, 4))
    editor = "<p class='ed'>责任编辑：王小明</p>" if last else ""
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>第{story}篇分页报道的标题_本地网</title></head><body>"
        "<div class='top'><a href='/'>首页</a><a href='/news/'>新闻</a></div>"
        f"<div class='wrap'><h1>第{story}篇分页报道的标题</h1>"
        "<div class='info'>2024-03-15 10:20 来源：本地日报</div>"
        f"<div class='txt'>{paras}{editor}</div><div class='pager'>{pager}</div></div>"
        "<div class='foot'>版权所有 本地网</div></body></html>"
    ).encode()


def numbered(story: int, pages: int) -> dict[str, Route]:
    """``N.html``, ``N_2.html`` ... with a pager of page numbers and 下一页."""
    name = [f"/news/2024/0315/{story}.html", *(f"/news/2024/0315/{story}_{p}.html" for p in range(2, pages + 1))]
    routes = {}
    for i in range(pages):
        links = "".join(f"<a href='{name[j]}'>{j + 1}</a>" if j != i else f"<b>{j + 1}</b>" for j in range(pages))
        more = f"<a href='{name[i + 1]}'>下一页</a>" if i + 1 < pages else ""
        routes[name[i]] = Route(story_page(story, i + 1, links + more, i + 1 == pages))
    return routes


def queried(story: int, pages: int) -> dict[str, Route]:
    """``show?id=N&page=2`` ... with only 上一页/下一页 links."""
    routes = {}
    for p in range(1, pages + 1):
        path = f"/show?id={story}" + (f"&page={p}" if p > 1 else "")
        back = f"<a href='/show?id={story}&page={p - 1}'>上一页</a>" if p > 1 else ""
        more = f"<a href='/show?id={story}&page={p + 1}'>下一页</a>" if p < pages else ""
        routes[path] = Route(story_page(story, p, back + more, p == pages))
    return routes


def home(paths: list[str]) -> Route:
    items = "".join(f"<li><a href='{p}'>今天的第{i}篇新闻的完整标题在这里</a></li>" for i, p in enumerate(paths))
    return Route(
        f"<html><head><meta charset='utf-8'><title>本地网</title></head><body><ul>{items}</ul></body></html>".encode()
    )


def crawl(db: Path, url: str) -> CrawlReport:
    with Store(db) as store:
        return Crawler(store, NO_RULES, FAST, CrawlOptions(delay=0.0)).run([(url, "auto")])


def articles(db: Path) -> dict[str, tuple[str, str | None, int, str | None]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT url, body, editor, incomplete, next_page_url FROM articles").fetchall()
    return {url.split("/", 3)[3]: (body, editor, incomplete, nxt) for url, body, editor, incomplete, nxt in rows}


def test_paginated_stories_on_rule_less_sites_are_stored_whole(tmp_path: Path) -> None:
    routes = {**numbered(1, 3), **numbered(2, 2), **queried(3, 3)}
    firsts = ["/news/2024/0315/1.html", "/news/2024/0315/2.html", "/show?id=3"]
    routes["/"] = home(firsts)
    db = tmp_path / "c.db"
    with LocalSite(routes) as site:
        report = crawl(db, site.url("/"))
    assert report.failures == [] and report.outcomes["new"] == 3
    stored = articles(db)
    assert sorted(stored) == ["news/2024/0315/1.html", "news/2024/0315/2.html", "show?id=3"]
    for path, pages in (("news/2024/0315/1.html", 3), ("news/2024/0315/2.html", 2), ("show?id=3", 3)):
        body, editor, incomplete, nxt = stored[path]
        story = 3 if path.startswith("show") else int(path.rsplit("/", 1)[1].split(".")[0])
        expected = [sentence(story, p, n) for p in range(1, pages + 1) for n in range(1, 4)]
        assert body.split("\n") == expected  # every page, in order, nothing else
        assert (editor, incomplete, nxt) == ("王小明", 0, None)  # the editor line sits on the last page
    with sqlite3.connect(db) as conn:
        parts = conn.execute("SELECT count(*) FROM pages WHERE part_of IS NOT NULL").fetchone()[0]
        first_pages = conn.execute("SELECT count(*) FROM pages WHERE part_of IS NULL").fetchone()[0]
    assert parts == 2 + 1 + 2 and first_pages == 3  # list pages are not stored, first pages are

    with Store(db) as store:
        again = reparse(store, NO_RULES, force=True)
        assert again.reparsed == 3 and again.changed == 0  # stored parts stitched again, same articles
        # Every article: the synthetic stories are near twins, so one cluster's copies are kept too.
        records = list(store.iter_articles(include_duplicates=True))
    assert [r["incomplete"] for r in records] == [False, False, False]


def test_a_runaway_pager_is_bounded_and_flagged(tmp_path: Path) -> None:
    routes = numbered(7, settings.MAX_ARTICLE_PAGES + 15)
    db = tmp_path / "c.db"
    with LocalSite(routes) as site:
        crawl(db, site.url("/news/2024/0315/7.html"))
        fetched = sum(n for path, n in site.hits.items() if path != "/robots.txt")
    body, _, incomplete, nxt = articles(db)["news/2024/0315/7.html"]
    assert fetched == settings.MAX_ARTICLE_PAGES
    assert body.count("\n") + 1 == 3 * settings.MAX_ARTICLE_PAGES and incomplete == 1
    assert nxt is not None and nxt.endswith(f"7_{settings.MAX_ARTICLE_PAGES + 1}.html")


def test_a_pager_that_loops_back_ends_the_story(tmp_path: Path) -> None:
    routes = numbered(8, 2)
    # Page two's 下一页 points back at page one, as some templates do on the last page.
    routes["/news/2024/0315/8_2.html"] = Route(
        story_page(8, 2, "<a href='/news/2024/0315/8.html'>下一页</a>", last=True)
    )
    db = tmp_path / "c.db"
    with LocalSite(routes) as site:
        crawl(db, site.url("/news/2024/0315/8.html"))
        assert (site.hits["/news/2024/0315/8.html"], site.hits["/news/2024/0315/8_2.html"]) == (1, 1)
    body, editor, incomplete, _ = articles(db)["news/2024/0315/8.html"]
    assert body.count("\n") + 1 == 6 and (editor, incomplete) == ("王小明", 0)


def test_a_failing_part_is_retried_then_the_article_is_stored_incomplete(tmp_path: Path) -> None:
    routes = {**numbered(4, 3), **numbered(5, 3)}
    routes["/news/2024/0315/4_2.html"] = Route(b"busy", status=503)  # fails on every try
    db = tmp_path / "c.db"
    with LocalSite(routes) as site:
        # Story 5's page two fails once, then answers: the retry makes it whole.
        site.scripted["/news/2024/0315/5_2.html"] = [Route(b"busy", status=503)]
        crawl(db, site.url("/news/2024/0315/4.html"))
        crawl(db, site.url("/news/2024/0315/5.html"))
        assert site.hits["/news/2024/0315/4_2.html"] == FAST.attempts
        assert site.hits["/news/2024/0315/5_2.html"] == 2
    stored = articles(db)
    body, editor, incomplete, nxt = stored["news/2024/0315/4.html"]
    assert body.split("\n") == [sentence(4, 1, n) for n in range(1, 4)]
    assert (editor, incomplete) == (None, 1) and nxt is not None and nxt.endswith("/4_2.html")
    body, editor, incomplete, _ = stored["news/2024/0315/5.html"]
    assert body.count("\n") + 1 == 9 and (editor, incomplete) == ("王小明", 0)
    with Store(db) as store:
        records = list(store.iter_articles(include_duplicates=True))
        # A reparse stitches what is stored and keeps the flag: page two is still missing.
        assert reparse(store, NO_RULES, force=True).changed == 0
    flags = {r["url"].rsplit("/", 1)[1]: r["incomplete"] for r in records}
    assert flags == {"4.html": True, "5.html": False}


def zero_numbered(story: int, pages: int) -> dict[str, Route]:
    """A CMS that numbers page one ``_0`` (``N_0.shtml``, ``N_1.shtml`` ...): a guess that drops the page
    number (``N.shtml``) finds nothing there."""
    name = [f"/a/20170503/{story}_{p}.shtml" for p in range(pages)]
    routes = {}
    for i in range(pages):
        links = "".join(f"<a href='{name[j]}'>{j + 1}</a>" if j != i else f"<b>{j + 1}</b>" for j in range(pages))
        more = f"<a href='{name[i + 1]}'>下一页</a>" if i + 1 < pages else ""
        routes[name[i]] = Route(story_page(story, i + 1, links + more, i + 1 == pages))
    return routes


def test_a_later_page_whose_guessed_page_one_is_gone_is_read_in_its_place(tmp_path: Path) -> None:
    # Only page three of one story is linked (from a list, as a sidebar or a sitemap may); the crawler guesses
    # page one by dropping the page number, gets a 404, and reads the story from the page it was given.
    # The other story's guess is right and stays the only URL fetched for it: the fallback costs nothing there.
    routes = {**zero_numbered(51034567, 4), **numbered(35956123, 3)}
    routes["/"] = home(["/a/20170503/51034567_2.shtml", "/news/2024/0315/35956123_2.html"])
    db = tmp_path / "c.db"
    with LocalSite(routes) as site:
        report = crawl(db, site.url("/"))
        hits = dict(site.hits)
    assert report.failures == [] and report.outcomes["new"] == 2
    stored = articles(db)
    assert sorted(stored) == ["a/20170503/51034567_2.shtml", "news/2024/0315/35956123.html"]
    body, editor, _, nxt = stored["a/20170503/51034567_2.shtml"]
    # Read from page three on: its own text and the page after it, stitched; nothing guessed is stored.
    assert body.split("\n") == [sentence(51034567, p, n) for p in (3, 4) for n in range(1, 4)]
    assert (editor, nxt) == ("王小明", None)
    assert hits["/a/20170503/51034567.shtml"] == 1 and "/news/2024/0315/35956123_2.html" in hits  # as a part of story 1
    with sqlite3.connect(db) as conn:
        states = dict(conn.execute("SELECT url, state FROM frontier WHERE url LIKE '%/51034567%'").fetchall())
        logged = conn.execute("SELECT outcome FROM fetch_log WHERE url LIKE '%/51034567.shtml'").fetchall()
    assert {url.rsplit("/", 1)[1]: state for url, state in states.items()} == {
        "51034567.shtml": "failed",
        "51034567_2.shtml": "fetched",
        "51034567_3.shtml": "fetched",
    }
    assert logged == [("replaced",)]


def test_a_query_pager_whose_bare_page_one_is_gone_is_read_from_its_link_and_a_rerun_is_quiet(tmp_path: Path) -> None:
    # A CMS whose page one is &page=1 (no bare ?id=N): the guess 404s, the linked page 2 is read in its place;
    # a second run finds the guess failed and the story fetched, and fetches neither again.
    routes = {f"/show?id=46012345&page={p}": route for p, route in enumerate(queried(46012345, 3).values(), 1)}
    routes["/"] = home(["/show?id=46012345&page=2"])
    db = tmp_path / "c.db"
    with LocalSite(routes) as site:
        report = crawl(db, site.url("/"))
        again = crawl(db, site.url("/"))
        hits = dict(site.hits)
    assert report.failures == [] and report.outcomes["new"] == 1
    body, _, _, nxt = articles(db)["show?id=46012345&page=2"]
    assert body.split("\n") == [sentence(46012345, p, n) for p in (2, 3) for n in range(1, 4)] and nxt is None
    assert again.failures == [] and again.outcomes["new"] == 0
    # (the local site counts a miss by its path alone)
    assert hits["/show"] == 1 and hits["/show?id=46012345&page=2"] == 1
