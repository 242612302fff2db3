"""The crawler against local portals on 127.0.0.1 (several ports = several hosts), bounded in time."""

from __future__ import annotations

import hashlib
import json
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from newscorpus.crawl.engine import Crawler
from newscorpus.crawl.options import CrawlOptions
from newscorpus.crawl.report import CrawlReport
from newscorpus.errors import DatabaseError
from newscorpus.fetch import FetchOptions
from newscorpus.localserver import LocalSite, Route
from newscorpus.lock import run_lock
from newscorpus.scrapers.registry import Registry
from newscorpus.scrapers.rule import SiteRule
from newscorpus.store import Store

from .conftest import run_cli
from .crawlportal import article_html, article_paths, list_html, portal
from .helpers import closed_port

FAST = FetchOptions(allow_private=True, attempts=3, backoff_initial=0.05, read_timeout=5.0)


def crawl(
    db: Path, *entries: str, fetch: FetchOptions = FAST, registry: Registry | None = None, **options
) -> CrawlReport:
    options.setdefault("delay", 0.0)
    with Store(db) as store:
        crawler = Crawler(store, registry or Registry.load(), fetch, CrawlOptions(**options))
        return crawler.run([(e, "auto") for e in entries])


def stored_urls(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT url FROM articles ORDER BY url")]


def test_full_discovery_from_a_home_page_across_hosts(tmp_path: Path) -> None:
    routes = portal()
    with LocalSite(routes) as main, LocalSite({}) as partner, LocalSite({}) as stranger:
        partner.routes["/world/2024/0315/900.html"] = Route(article_html("合作网站的新闻"))
        main.routes["/news/"] = Route(
            list_html(
                "news",
                [
                    ("/news/2024/0315/1.html", "第一篇新闻的完整标题在这里"),
                    (partner.url("/world/2024/0315/900.html"), "合作网站的一篇新闻的标题"),
                    (stranger.url("/x/2024/0315/1.html"), "不相干网站的一篇新闻的标题"),
                ],
                "/news/index_2.html",
            )
        )
        db = tmp_path / "c.db"
        report = crawl(db, main.url("/"), allow_domains=(partner.base_url.removeprefix("http://"),))

    unlinked = {f"/news/2024/0315/{n}.html" for n in (2, 3, 4)}  # dropped from /news/ above
    expected = {main.url(p) for p in article_paths(routes) if p not in unlinked}
    expected.add(partner.url("/world/2024/0315/900.html"))
    assert set(stored_urls(db)) == expected
    assert report.failures == [] and report.did_its_job
    assert stranger.hits == {}  # out of scope: never contacted
    assert all(n == 1 for n in main.hits.values())


def test_stored_raw_pages_are_the_bytes_served(tmp_path: Path) -> None:
    """The crawler packs each article page in a parser thread; what Store.iter_pages gives back (reparse
    reads it) must be the page exactly as served, with its digest."""
    routes = portal()
    with LocalSite(routes) as site:
        crawl(tmp_path / "c.db", site.url("/"))
        with Store(tmp_path / "c.db") as store:
            pages = {page.url: page for page in store.iter_pages()}
            digests = dict(store.db.execute("SELECT url, content_sha1 FROM pages").fetchall())
    assert set(pages) == {site.url(path) for path in article_paths(routes)}
    for url, page in pages.items():
        served = routes[url.removeprefix(site.base_url)].body
        assert page.html == served and digests[url] == hashlib.sha1(served).hexdigest()


# Modules a crawl of honest UTF-8 pages has no use for, each several MB resident or seconds of start-up.
_NOT_FOR_FETCH = ("ray", "pyarrow", "pandas", "scipy", "datasketch", "charset_normalizer", "pydantic")


def test_a_crawl_imports_nothing_it_does_not_use(tmp_path: Path) -> None:
    """The crawler's memory is part of its benchmark target (bench/README.md, "Crawler")."""
    script = (
        "import sys\n"
        "from newscorpus.cli import main\n"
        "sys.argv = ['newscorpus', 'fetch', *sys.argv[1:]]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n"
        f"print(sorted(m for m in {_NOT_FOR_FETCH!r} if m in sys.modules))\n"
    )
    with LocalSite(portal()) as site:
        argv = [sys.executable, "-c", script, site.url("/"), "--db", str(tmp_path / "c.db"), "--allow-private"]
        done = subprocess.run([*argv, "--delay", "0", "--quiet"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_robots_disallow_is_respected(tmp_path: Path) -> None:
    routes = portal(channels=("news", "secret"))
    routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /secret/\n", content_type="text/plain")
    with LocalSite(routes) as site:
        crawl(tmp_path / "c.db", site.url("/"))
    assert not any(path.startswith("/secret/") for path in site.hits)
    assert {u.removeprefix(site.base_url) for u in stored_urls(tmp_path / "c.db")} == {
        p for p in article_paths(routes) if p.startswith("/news/")
    }


def test_per_host_and_global_limits_are_never_exceeded(tmp_path: Path, monkeypatch) -> None:
    # Requests in flight on both sites together, counted where each site counts its own.
    both = {"in_flight": 0, "peak": 0}
    lock = threading.Lock()
    enter, leave = LocalSite._enter, LocalSite._leave

    def counted_enter(site: LocalSite, path: str) -> Route:
        with lock:
            both["in_flight"] += 1
            both["peak"] = max(both["peak"], both["in_flight"])
        return enter(site, path)

    def counted_leave(site: LocalSite) -> None:
        leave(site)
        with lock:
            both["in_flight"] -= 1

    monkeypatch.setattr(LocalSite, "_enter", counted_enter)
    monkeypatch.setattr(LocalSite, "_leave", counted_leave)
    with LocalSite(portal(pages=3, delay=0.02)) as one, LocalSite(portal(pages=3, delay=0.02)) as two:
        report = crawl(
            tmp_path / "c.db",
            one.url("/"),
            two.url("/"),
            per_host=2,
            concurrency=3,
            allow_domains=(two.base_url.removeprefix("http://"),),
        )
    assert report.outcomes["new"] == 2 * 24
    assert 1 <= one.peak <= 2 and 1 <= two.peak <= 2
    assert 1 <= both["peak"] <= 3


@pytest.mark.parametrize("status", [503, 429])
def test_retry_after_is_retried(tmp_path: Path, status: int) -> None:
    routes = {"/a/2024/0315/1.html": Route(article_html("重试之后成功的新闻"))}
    refusal = Route(b"busy", status, "text/plain", (("Retry-After", "1"),))
    with LocalSite(routes, scripted={"/a/2024/0315/1.html": [refusal]}) as site:
        report = crawl(tmp_path / "c.db", site.url("/a/2024/0315/1.html"))
    assert report.outcomes["new"] == 1
    assert site.hits["/a/2024/0315/1.html"] == 2


def test_404_is_not_retried_and_is_recorded_as_failed(tmp_path: Path) -> None:
    with LocalSite({}) as site:
        report = crawl(tmp_path / "c.db", site.url("/gone.html"))
    assert site.hits["/gone.html"] == 1
    assert not report.did_its_job
    with sqlite3.connect(tmp_path / "c.db") as conn:
        assert conn.execute("SELECT state, last_status FROM frontier WHERE url LIKE '%gone%'").fetchone() == (
            "failed",
            404,
        )


def test_a_slow_server_is_timed_out_and_kept_for_a_later_run(tmp_path: Path) -> None:
    routes = {"/slow.html": Route(article_html("很慢的服务器上的新闻"), delay=3.0)}
    options = FetchOptions(allow_private=True, attempts=1, read_timeout=0.3)
    with LocalSite(routes) as site:
        report = crawl(tmp_path / "c.db", site.url("/slow.html"), fetch=options)
    assert "timed out" in report.failures[0].error
    with sqlite3.connect(tmp_path / "c.db") as conn:
        state, attempts, next_try = conn.execute("SELECT state, attempts, next_try_at FROM frontier").fetchone()
    assert (state, attempts) == ("queued", 1) and next_try > ""


@pytest.mark.parametrize("host", ["127.0.0.2", "[::1]"])
def test_private_addresses_refused_without_allow_private(tmp_path: Path, host: str) -> None:
    url = f"http://{host}:{closed_port('127.0.0.2')}/a.html"
    report = crawl(tmp_path / "c.db", url, fetch=FetchOptions(allow_private=False, attempts=1))
    assert "refusing non-public address" in report.failures[0].error


def test_multi_page_article_is_stitched_into_one(tmp_path: Path) -> None:
    rule = SiteRule(name="paged", hosts=("127.0.0.1",), version=1, body=("div.article-content",), next_page=("a.next",))
    routes = {
        "/a/2024/0315/5.html": Route(article_html("分页新闻", next_page="/a/2024/0315/5_2.html")),
        "/a/2024/0315/5_2.html": Route(article_html("分页新闻", paragraphs=2)),
    }
    with LocalSite(routes) as site:
        report = crawl(tmp_path / "c.db", site.url("/a/2024/0315/5.html"), registry=Registry((rule,)))
    assert report.outcomes["new"] == 1
    with sqlite3.connect(tmp_path / "c.db") as conn:
        (body,) = conn.execute("SELECT body FROM articles").fetchone()
    assert body.count("第1段") == 2 and body.count("第3段") == 1  # 3 paragraphs + 2 from page two


def test_second_run_fetches_nothing_new_and_sees_new_articles(tmp_path: Path) -> None:
    routes = portal()
    db = tmp_path / "c.db"
    with LocalSite(routes) as site:
        crawl(db, site.url("/"))
        again = crawl(db, site.url("/"))
        assert again.outcomes["new"] == 0 and again.failures == []
        assert again.not_modified == 3  # home and channel pages answered 304; page 2s are not revisited
        assert all(site.hits[p] == 1 for p in article_paths(routes))

        site.routes["/news/"] = Route(list_html("news", [("/news/2024/0316/99.html", "今天刚刚发布的一篇新闻的标题")]))
        site.routes["/news/2024/0316/99.html"] = Route(article_html("今天的新闻"))
        third = crawl(db, site.url("/"))
    assert third.outcomes["new"] == 1
    assert site.hits["/news/2024/0316/99.html"] == 1


def test_cli_kill_9_then_rerun_stores_every_article_once(tmp_path: Path) -> None:
    routes = portal(channels=("news", "tech", "world"), per_page=10, pages=2, delay=0.05)
    db = tmp_path / "c.db"
    with LocalSite(routes) as site:
        args = [
            sys.executable,
            "-c",
            "from newscorpus.cli import main; main()",
            "fetch",
            site.url("/"),
            "--db",
            str(db),
        ]
        args += ["--allow-private", "--delay", "0", "--per-host", "2", "-q"]
        first = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            _wait_for_articles(db, 5, first)
            first.send_signal(signal.SIGKILL)
        finally:
            first.wait(timeout=10)
        assert first.returncode == -signal.SIGKILL
        # The killed run's commits are still in the WAL (a crawl checkpoints rarely): read back intact.
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        partial = len(stored_urls(db))
        assert 5 <= partial < 60

        rerun = subprocess.run([*args, "--json-summary"], capture_output=True, text=True, timeout=60)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert summary["new"] + partial == 60 and summary["ok"] is True
    urls = stored_urls(db)
    assert len(urls) == len(set(urls)) == 60
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM article_dedup WHERE cluster_id IS NOT NULL").fetchone()[0] == 60


def test_cli_two_runs_on_one_database_are_refused(cli, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with LocalSite(portal()) as site, run_lock(db):
        result = run_cli(cli, "fetch", site.url("/"), "--db", db, "--allow-private")
    assert result.exit_code == 3
    assert "another newscorpus run" in result.stderr
    assert site.hits == {}


def test_cli_sitemap_and_feed_entry_points(cli, tmp_path: Path) -> None:
    sitemap = b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/a/2024/0315/1.html</loc></url></urlset>'
    routes = {
        "/a/2024/0315/1.html": Route(article_html("站点地图里的新闻")),
        "/a/2024/0315/2.html": Route(article_html("订阅源里的新闻")),
        "/feed.xml": Route(b"", content_type="application/rss+xml"),
        "/sitemap.xml": Route(b"", content_type="application/xml"),
        "/data.json": Route(b"{}", content_type="application/json"),
    }
    with LocalSite(routes) as site:
        site.routes["/sitemap.xml"] = Route(
            sitemap.replace(b"/a/", site.base_url.encode() + b"/a/"), content_type="application/xml"
        )
        rss = f"<rss><channel><item><link>{site.url('/a/2024/0315/2.html')}</link></item></channel></rss>"
        site.routes["/feed.xml"] = Route(rss.encode(), content_type="application/rss+xml")
        result = run_cli(
            cli,
            "fetch",
            "--db",
            tmp_path / "c.db",
            "--allow-private",
            "--delay",
            "0",
            "--json-summary",
            "--sitemap",
            site.url("/sitemap.xml"),
            site.url("/feed.xml"),
        )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (summary["new"], summary["list_pages"], summary["failed"]) == (2, 2, 0)


def _wait_for_articles(db: Path, count: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30  # a bound, not an assertion on speed
    while time.monotonic() < deadline and process.poll() is None:
        if db.exists():
            try:
                if len(stored_urls(db)) >= count:
                    return
            except sqlite3.OperationalError:
                pass  # tables not created yet
        time.sleep(0.05)
    raise AssertionError(f"crawler stopped or stalled before storing {count} articles (rc={process.poll()})")


def test_max_pages_stops_the_run_and_the_next_run_resumes(tmp_path: Path) -> None:
    routes = portal()
    db = tmp_path / "c.db"
    with LocalSite(routes) as site:
        first = crawl(db, site.url("/"), max_pages=6)
        assert first.attempted == 6 and first.left > 0
        second = crawl(db, site.url("/"))
    assert first.outcomes["new"] + second.outcomes["new"] == len(article_paths(routes))
    assert all(site.hits[p] == 1 for p in article_paths(routes))


def test_article_is_stored_under_its_canonical_url(tmp_path: Path) -> None:
    html = article_html("有规范地址的新闻").replace(
        b"</head>", b'<link rel="canonical" href="/a/2024/0315/7.html?utm_source=feed"></head>'
    )
    with LocalSite({"/a/2024/0315/7.html": Route(html), "/share/7": Route(html)}) as site:
        crawl(tmp_path / "c.db", site.url("/share/7?spm=x.y"))
        crawl(tmp_path / "c.db", site.url("/a/2024/0315/7.html#comments"))
    assert stored_urls(tmp_path / "c.db") == [site.url("/a/2024/0315/7.html")]


def _fail_log_inserts(db: Path) -> None:
    """A real SQLite error at the last write of a page (its fetch_log row), raised inside SQLite itself."""
    Store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TRIGGER broken_log BEFORE INSERT ON fetch_log BEGIN SELECT RAISE(ABORT, 'injected'); END")


def _state(db: Path) -> tuple[int, int, int, dict[str, str]]:
    with sqlite3.connect(db) as conn:
        counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("pages", "articles", "fetch_log")]
        frontier = dict(conn.execute("SELECT url, state FROM frontier"))
    return counts[0], counts[1], counts[2], frontier


def test_an_article_its_frontier_state_and_log_row_commit_together(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    _fail_log_inserts(db)
    related = ["/a/2024/0315/2.html"]
    routes = {"/a/2024/0315/1.html": Route(article_html("一篇新闻", related=related))}
    with LocalSite(routes) as site:
        url = site.url("/a/2024/0315/1.html")
        with pytest.raises(DatabaseError, match="injected"):
            crawl(db, url, depth=1)
        # Saved, marked fetched and its related link queued, then the log row failed: none of it stays.
        assert _state(db) == (0, 0, 0, {url: "queued"})

        with sqlite3.connect(db) as conn:
            conn.execute("DROP TRIGGER broken_log")
        report = crawl(db, url, depth=0)
    assert report.outcomes["new"] == 1
    pages, articles, logs, frontier = _state(db)
    assert (pages, articles, logs, frontier[url]) == (1, 1, 1, "fetched")


def test_a_list_page_its_links_and_log_row_commit_together(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    _fail_log_inserts(db)
    with LocalSite(portal()) as site, pytest.raises(DatabaseError, match="injected"):
        crawl(db, site.url("/"))
    assert _state(db) == (0, 0, 0, {site.url("/"): "queued"})  # no channel links queued, home not fetched


def test_a_failure_and_its_log_row_commit_together(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    _fail_log_inserts(db)
    with LocalSite({}) as site, pytest.raises(DatabaseError, match="injected"):
        crawl(db, site.url("/missing/2024/0315/1.html"))
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT state, attempts, last_status FROM frontier").fetchone()
    assert row == ("queued", 0, None)  # the 404 is not recorded without its log row
