"""End to end: ``newscorpus fetch`` from the home page of a local portal (127.0.0.1) with sub-channels,
sparse channel pages, tag and topic pages, and briefs at URLs the grammar cannot read, linked only by a
"[详情]" teaser or a bare photo. Every story must be stored under its own URL, and no list page as one."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from newscorpus.crawl.engine import Crawler
from newscorpus.crawl.options import CrawlOptions
from newscorpus.fetch import FetchOptions
from newscorpus.localserver import LocalSite
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.rule import SiteRule
from newscorpus.store import Store

from .channelportal import LIST_PAGES, layout, portal
from .conftest import run_cli
from .test_url_shapes_crawl import stored

DEADLINE_SECONDS = "60"  # a bound, not a speed assertion: the portal has ~50 pages, fetched with no delay
MAX_PAGES = "200"


def crawl(
    cli, db: Path, *extra: str, entries: tuple[str, ...] = ("/",)
) -> tuple[dict[str, str], dict[str, str], dict, dict[str, int]]:
    """Title -> stored URL, title -> served URL, the JSON summary, and hits per path."""
    with LocalSite(portal()) as site:
        result = run_cli(
            cli,
            *("fetch", *(site.url(path) for path in entries), "--db", db, "--allow-private", "--delay", "0"),
            "--json-summary",
            *("--deadline", DEADLINE_SECONDS, "--max-pages", MAX_PAGES, *extra),
        )
        expected = {story.title: site.url(story.path) for story in layout().stories}
        hits = dict(site.hits)
    assert result.exit_code == 0, result.output
    return stored(db), expected, json.loads(result.stdout), hits


def test_every_story_behind_sub_channels_and_teasers_is_stored_and_no_list_page(cli, tmp_path: Path) -> None:
    found, expected, summary, hits = crawl(cli, tmp_path / "c.db")
    missing = sorted(url for title, url in expected.items() if found.get(title) != url)
    assert missing == [], f"{len(missing)} of {len(expected)} stories not stored under their own URL"
    assert len(found) == len(expected)  # nothing else: no channel, sub-channel, sparse, tag or topic page
    assert summary["new"] == len(expected) and summary["failed"] == 0
    assert all(hits.get(path) == 1 for path in LIST_PAGES)  # every list page read, once
    with sqlite3.connect(tmp_path / "c.db") as conn:
        kinds = dict(conn.execute("SELECT url, kind FROM frontier"))
    # A brief is recorded as an article, not as a hub to fetch again on every run.
    briefs = [url for url in expected.values() if "/kx/" in url]
    assert briefs and {kinds[url] for url in briefs} == {"article"}


def test_channel_pages_given_as_entry_points_stay_lists(cli, tmp_path: Path) -> None:
    """A user may start from channels: each one's intro (80+ characters, a "publish time" from its first
    dated item, or none at a list-shaped URL) is no story, and its listing is read."""
    found, expected, summary, _ = crawl(cli, tmp_path / "c.db", entries=LIST_PAGES[1:])
    assert found == expected
    assert summary["failed"] == 0


def test_depth_counts_sub_channel_hops(cli, tmp_path: Path) -> None:
    """--depth 2 reaches the channels' stories but not those listed only on a sub-channel (three hops)."""
    plan = layout()
    found, expected, _, hits = crawl(cli, tmp_path / "c.db", "--depth", "2")
    deep = {s.title for s in plan.sub_first + plan.sub_second + plan.sub_sparse}
    assert set(found) == set(expected) - deep
    assert not any(hits.get(s.path) for s in plan.stories if s.title in deep)


def test_on_a_rule_site_sub_channels_and_teasers_are_followed_too(tmp_path: Path) -> None:
    """A rule whose list_links name the headline links only: from a channel entry point, its sub-channels
    and the briefs behind teasers are found anyway; the rest of the site's navigation is not guessed."""
    plan = layout()
    rule = SiteRule(
        name="channels",
        hosts=("127.0.0.1",),
        version=1,
        title=("h1",),
        body=(".article-content", ".brief .content"),
        list_links=("ul.list li > a",),
    )
    fetch = FetchOptions(allow_private=True, attempts=2, backoff_initial=0.05, read_timeout=5.0)
    with LocalSite(portal()) as site, Store(tmp_path / "c.db") as store:
        report = Crawler(store, Registry((rule,)), fetch, CrawlOptions(delay=0.0, concurrency=2)).run(
            [(site.url("/xwzx/"), "auto")]
        )
        wanted = plan.channel + plan.sub_first + plan.sub_second + plan.sub_sparse
        expected = {story.title: site.url(story.path) for story in wanted}
    assert report.failures == []
    assert stored(tmp_path / "c.db") == expected
