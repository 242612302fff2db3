"""newscorpus.toml portals with their own settings, --proxy (and the environment's proxy no longer used
silently), --header, -q and -v: all against local servers on 127.0.0.1."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from newscorpus.config import Config, Portal, SiteSettings, load
from newscorpus.crawl.options import CrawlOptions
from newscorpus.crawlplan import plan
from newscorpus.localserver import LocalSite, Route

from .conftest import run_cli
from .crawlportal import article_html, article_paths, portal


def _stored(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {row[0] for row in conn.execute("SELECT url FROM articles")}


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "newscorpus.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_each_portal_is_crawled_with_its_own_settings(cli, tmp_path: Path) -> None:
    slow_routes = portal(channels=("news",), per_page=2, pages=1, delay=0.05)
    with LocalSite(portal(delay=0.05)) as deep, LocalSite(portal()) as shallow, LocalSite(slow_routes) as slow:
        config = _write(
            tmp_path,
            f"""
[fetch]
delay = 0
per_host = 3

[[portal]]
url = "{deep.url("/")}"
per_host = 1

[[portal]]
urls = ["{shallow.url("/")}"]
depth = 1

[[portal]]
url = "{slow.url("/")}"
delay = 0.3
""",
        )
        started = time.monotonic()
        result = run_cli(cli, "fetch", "--config", config, "--db", tmp_path / "c.db", "--allow-private", "-q")
        elapsed = time.monotonic() - started
    assert result.exit_code == 0, result.output
    stored = _stored(tmp_path / "c.db")
    assert {deep.url(p) for p in article_paths(deep.routes)} <= stored
    # depth 1: the home page and its channels (with their later pages), never an article.
    assert not any(url.startswith(shallow.base_url) for url in stored)
    assert "/news/" in shallow.hits and not set(shallow.hits) & set(article_paths(shallow.routes))
    assert deep.peak == 1  # per_host = 1 for that portal alone
    # 0.3 s between request starts on the slow portal: robots, home, channel, 2 articles.
    assert sum(slow.hits.values()) == 5 and elapsed >= 4 * 0.3


def test_command_line_beats_portal_beats_fetch_section() -> None:
    config = Config(
        fetch={"delay": 2.0, "per_host": 4},
        portals=(
            Portal(("http://127.0.0.1:1/",), SiteSettings(delay=1.0, depth=1)),
            Portal(("http://127.0.0.1:2/",), SiteSettings(delay=1.0, depth=1, allow_domains=("example.cn",))),
            Portal(("http://127.0.0.1:3/",)),
        ),
    )
    base = CrawlOptions(delay=0.5, per_host=2, depth=3, allow_domains=("partner.cn",))
    groups = plan(base, {"depth"}, config, ())
    assert [len(g.entries) for g in groups] == [1, 1, 1]
    first, second, third = (g.options for g in groups)
    assert (first.delay, first.per_host, first.depth) == (1.0, 4, 3)  # --depth given: it wins
    assert second.allow_domains == ("partner.cn", "example.cn")
    assert (third.delay, third.per_host) == (2.0, 4)
    # Entry points on the command line: the portals are not crawled, the [fetch] defaults apply.
    only = plan(base, set(), config, (("http://127.0.0.1:9/", "auto"),))
    assert len(only) == 1 and only[0].options.delay == 2.0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[fetch]\ndelya = 1\n", "unknown key 'delya'"),
        ('[[portal]]\nurl = "http://127.0.0.1:1/"\ndepth = "2"\n', "portal.depth must be int"),
        ("[fetch]\ndelay = inf\n", "fetch.delay must be a finite number"),
        ("[[portal]]\ndepth = 1\n", "needs url"),
        ("[fetch\n", "not valid TOML"),
        ('[fetch]\nheaders = { "X-Token" = "a\\nb" }\n', "fetch.headers"),
    ],
)
def test_a_bad_config_is_one_line_exit_2(cli, tmp_path: Path, text: str, message: str) -> None:
    config = _write(tmp_path, text)
    result = run_cli(cli, "fetch", "--config", config, "--db", tmp_path / "c.db", "http://127.0.0.1:1/")
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "c.db").exists()


def test_config_from_the_environment_and_the_current_folder(tmp_path: Path, monkeypatch) -> None:
    named = _write(tmp_path, '[[portal]]\nurl = "http://127.0.0.1:1/"\n')
    monkeypatch.setenv("NEWSCORPUS_CONFIG", str(named))
    from newscorpus.config import locate

    assert locate(None) == named
    monkeypatch.delenv("NEWSCORPUS_CONFIG")
    monkeypatch.chdir(tmp_path)
    assert locate(None) == Path("newscorpus.toml") and load(locate(None)).portals[0].urls == ("http://127.0.0.1:1/",)


def test_headers_from_the_command_line_and_the_config_are_sent(cli, tmp_path: Path) -> None:
    routes = {"/a/2024/0315/1.html": Route(article_html("带请求头抓取的新闻"))}
    config = _write(tmp_path, '[fetch]\nheaders = { "Accept-Language" = "zh-CN", "X-Team" = "config" }\n')
    with LocalSite(routes) as site:
        args = ("--db", tmp_path / "c.db", "--allow-private", "--config", config, site.url("/a/2024/0315/1.html"))
        result = run_cli(cli, "fetch", *args, "--header", "X-Team: cli", "--header", "X-Token:  abc ")
    assert result.exit_code == 0, result.output
    article = [headers for target, headers in site.requests if target == "/a/2024/0315/1.html"]
    assert article and article[0]["Accept-Language"] == "zh-CN"
    assert article[0]["X-Team"] == "cli" and article[0]["X-Token"] == "abc"


def test_a_bad_header_is_a_usage_error(cli, tmp_path: Path) -> None:
    result = run_cli(cli, "fetch", "--db", tmp_path / "c.db", "--header", "no colon", "http://127.0.0.1:1/")
    assert result.exit_code == 2 and "--header" in result.stderr


@pytest.fixture
def target_and_proxy(monkeypatch):
    """A portal, and a 'proxy' that answers the portal's absolute URLs (what a forward proxy receives)."""
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    with LocalSite({"/a/2024/0315/1.html": Route(article_html("直接抓取的新闻"))}) as target, LocalSite({}) as proxy:
        proxy.routes[target.url("/a/2024/0315/1.html")] = Route(article_html("经由代理抓取的新闻"))
        yield target, proxy


def test_proxy_option_sends_every_request_through_the_proxy(cli, tmp_path: Path, target_and_proxy) -> None:
    target, proxy = target_and_proxy
    args = ("--db", tmp_path / "c.db", "--allow-private", "--proxy", proxy.base_url, target.url("/a/2024/0315/1.html"))
    assert run_cli(cli, "fetch", *args).exit_code == 0
    assert target.hits == {}
    assert target.url("/a/2024/0315/1.html") in proxy.hits


@pytest.mark.parametrize("use_env", [False, True])
def test_the_environment_proxy_is_used_only_when_asked(
    cli, tmp_path: Path, target_and_proxy, monkeypatch, use_env
) -> None:
    target, proxy = target_and_proxy
    monkeypatch.setenv("HTTP_PROXY", proxy.base_url)
    monkeypatch.setenv("http_proxy", proxy.base_url)
    extra = ("--proxy", "env") if use_env else ()
    args = ("--db", tmp_path / "c.db", "--allow-private", *extra, target.url("/a/2024/0315/1.html"))
    assert run_cli(cli, "fetch", *args).exit_code == 0
    assert bool(proxy.hits) is use_env and bool(target.hits) is not use_env


def test_bad_proxy_is_a_usage_error(cli, tmp_path: Path) -> None:
    result = run_cli(cli, "fetch", "--db", tmp_path / "c.db", "--proxy", "socks9://x", "http://127.0.0.1:1/")
    assert result.exit_code == 2 and "proxy" in result.stderr


def test_quiet_prints_only_failures_that_change_the_exit_code(cli, tmp_path: Path) -> None:
    routes = portal(channels=("news",), per_page=3, pages=1)
    dead = article_paths(routes)[0]
    del routes[dead]  # a dead link on the portal: reported, but the run did its job
    with LocalSite(routes) as site:
        base = ("fetch", "--allow-private", "--delay", "0", "--no-progress")
        quiet = run_cli(cli, *base, "--db", tmp_path / "q.db", "-q", site.url("/"))
        loud = run_cli(cli, *base, "--db", tmp_path / "l.db", site.url("/"))
        failing = run_cli(cli, *base, "--db", tmp_path / "f.db", "-q", site.url("/"), site.url("/missing.html"))
    assert quiet.exit_code == 0 and quiet.stderr == ""
    assert "1 failed" in quiet.stdout  # still counted in the summary
    assert loud.exit_code == 0 and f"newscorpus: error: {site.url(dead)}: HTTP 404" in loud.stderr
    assert failing.exit_code == 1
    assert failing.stderr.splitlines() == [f"newscorpus: error: {site.url('/missing.html')}: HTTP 404 Not Found"]


def test_verbose_describes_each_crawl(cli, tmp_path: Path) -> None:
    with LocalSite(portal(channels=("news",), per_page=1, pages=1)) as site:
        args = ("fetch", "--db", tmp_path / "c.db", "--allow-private", "--delay", "0", "-v", "--header", "X-A: 1")
        result = run_cli(cli, *args, site.url("/"))
    assert result.exit_code == 0
    assert "crawl 1 entry points: depth 3, delay 0.0s" in result.stderr and "headers X-A" in result.stderr
    assert site.url("/news/2024/0315/1.html") in result.stderr  # one line per URL


def test_quiet_and_verbose_together_is_a_usage_error(cli, tmp_path: Path) -> None:
    result = run_cli(cli, "fetch", "-q", "-v", "--db", tmp_path / "c.db", "http://127.0.0.1:1/")
    assert result.exit_code == 2 and "-q and -v" in result.stderr
