"""End to end: ``newscorpus fetch`` from the home page of a local portal (127.0.0.1) with sub-channels,
sparse channel pages, tag and topic pages, and briefs at URLs the grammar cannot read, linked only by a
"[详情]" teaser or a bare photo. Every story must be stored under its own URL, and no list page as one."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from newscorpus.localserver import LocalSite

from .channelportal import LIST_PAGES, layout, portal
from .conftest import run_cli
from .test_url_shapes_crawl import stored

DEADLINE_SECONDS = "60"  # a bound, not a speed assertion: the portal has ~50 pages, fetched with no delay
MAX_PAGES = "200"


def crawl(cli, db: Path, *extra: str) -> tuple[dict[str, str], dict[str, str], dict, dict[str, int]]:
    """Title -> stored URL, title -> served URL, the JSON summary, and hits per path."""
    with LocalSite(portal()) as site:
        result = run_cli(
            cli,
            *("fetch", site.url("/"), "--db", db, "--allow-private", "--delay", "0", "--json-summary"),
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


def test_depth_counts_sub_channel_hops(cli, tmp_path: Path) -> None:
    """--depth 2 reaches the channels' stories but not those listed only on a sub-channel (three hops)."""
    plan = layout()
    found, expected, _, hits = crawl(cli, tmp_path / "c.db", "--depth", "2")
    deep = {s.title for s in plan.sub_first + plan.sub_second + plan.sub_sparse}
    assert set(found) == set(expected) - deep
    assert not any(hits.get(s.path) for s in plan.stories if s.title in deep)
