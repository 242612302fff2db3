"""crawl13: a sitemap index is re-read on every run, and so was every sitemap it names: an index of a
news site's daily sitemaps (thousands) cost thousands of requests per run where only today's had changed.
A sitemap whose <lastmod> in the index is not after our last read of it is now left alone; one the index
says changed, or names without a lastmod, is read again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from .conftest import articles
from .run import newscorpus
from .server import HostileServer, html, page

DAYS = 6
OLD = "2024-03-15T08:00:00+08:00"


def child(n: int) -> str:
    return f"/sitemaps/day-{n}.xml"


def index(site: HostileServer, lastmods: list[str | None]) -> bytes:
    entries = "".join(
        f"<sitemap><loc>{site.url(child(n))}</loc>{f'<lastmod>{when}</lastmod>' if when else ''}</sitemap>"
        for n, when in enumerate(lastmods)
    )
    return f"<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{entries}</sitemapindex>".encode()


def test_only_the_sitemaps_the_index_says_changed_are_read_again(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with HostileServer({}) as site:
        for n in range(DAYS):
            story = f"/a/2024/03{n + 10}/{n}.html"
            urlset = f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>{site.url(story)}</loc></url></urlset>"
            site.routes[child(n)] = page(urlset.encode(), content_type="application/xml")
            site.routes[story] = page(html(f"第{n}天的新闻报道"))

        def run(lastmods: list[str | None]) -> dict[str, int]:
            site.routes["/index.xml"] = page(index(site, lastmods), content_type="application/xml")
            before = dict(site.hits)
            result = newscorpus(
                "fetch", "--db", db, "--delay", "0", "--per-host", "1", "-q", f"--allow-private-host={site.netloc}",
                "--sitemap", site.url("/index.xml"), timeout=60,
            )  # fmt: skip
            result.assert_clean()
            assert result.rc == 0, result.stderr
            return {n: site.hits[child(n)] - before.get(child(n), 0) for n in range(DAYS)}

        first = run([OLD] * DAYS)
        unchanged = run([OLD] * DAYS)
        soon = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
        changed = run([OLD] * (DAYS - 2) + [soon, None])  # today's changed; the last says nothing
    assert all(hits == 1 for hits in first.values())
    # Requeued at the start, a sitemap already handed to a worker alongside the index is still read (at most
    # per-host x CRAWL_URLS_PER_REQUEST_SLOT - 1 of them); the rest wait and are left alone.
    assert sum(unchanged.values()) <= 1, unchanged
    assert changed[DAYS - 2] == 1 and changed[DAYS - 1] == 1 and sum(changed.values()) <= 3, changed
    assert len(articles(db)) == DAYS
