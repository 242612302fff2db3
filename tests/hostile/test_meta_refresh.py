"""crawl13: a home page that is only a meta refresh (`index.html` sending to `index.shtml`, common on older
portals and government sites) gave a crawl nothing: its anchors were read, and it has none. The refresh
target is now a link whose content decides what it is, re-read on later runs when it is a list."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from newscorpus.metarefresh import refresh_target, script_redirect_target

from .conftest import articles
from .run import newscorpus
from .server import HostileServer, home, html, page

STORIES = [f"/a/2024/0315/{n}.html" for n in range(3)]


def refresh(content: str) -> bytes:
    return f'<html><head><meta http-equiv="Refresh" content="{content}"></head><body></body></html>'.encode()


def test_a_home_page_that_only_refreshes_is_crawled_where_it_leads(tmp_path: Path) -> None:
    routes = {
        "/": page(refresh("0; url=/index.shtml")),
        "/index.shtml": page(home(STORIES[:2])),
        **{path: page(html(f"新闻报道{path}")) for path in STORIES},
    }
    db = tmp_path / "c.db"
    args = ("fetch", "--db", db, "--delay", "0", "-q")
    with HostileServer(routes) as site:
        first = newscorpus(*args, f"--allow-private-host={site.netloc}", site.url("/"), timeout=60)
        routes["/index.shtml"] = page(home(STORIES))  # a story appears on the real home page
        second = newscorpus(*args, f"--allow-private-host={site.netloc}", site.url("/"), timeout=60)
    for run in (first, second):
        run.assert_clean()
        assert run.rc == 0, run.stderr
    assert articles(db) == sorted(site.url(path) for path in STORIES)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("0; url=/index.shtml", "http://127.0.0.1/index.shtml"),
        ("0;URL='news/'", "http://127.0.0.1/a/news/"),
        ("3 ; url = http://127.0.0.1/b.html", "http://127.0.0.1/b.html"),
        ("300", None),  # reloads itself every five minutes
        ("0; url=/a/index.html#top", None),  # itself
        ("0; url=javascript:void(0)", None),
    ],
)
def test_the_refresh_target(content: str, expected: str | None) -> None:
    tree = LexborHTMLParser(refresh(content).decode())
    assert refresh_target(tree, "http://127.0.0.1/a/index.html") == expected


def test_a_home_page_that_only_runs_a_redirect_script_is_crawled_where_it_leads(tmp_path: Path) -> None:
    """A government portal's index.html is often <script>window.location.href="./index.shtml"</script> and
    nothing else: no anchor, no meta refresh, and the crawl found nothing."""
    script = (
        b"<html><head><script type='text/javascript'>window.location.href = './index.shtml';</script></head></html>"
    )
    routes = {
        "/": page(script),
        "/index.shtml": page(home(STORIES)),
        **{path: page(html(f"新闻报道{path}")) for path in STORIES},
    }
    db = tmp_path / "c.db"
    with HostileServer(routes) as site:
        run = newscorpus(
            "fetch", "--db", db, "--delay", "0", "-q", f"--allow-private-host={site.netloc}", site.url("/")
        )
    run.assert_clean()
    assert run.rc == 0, run.stderr
    assert articles(db) == sorted(site.url(path) for path in STORIES)


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ("top.location.replace('/new/')", "http://127.0.0.1/new/"),
        ('location = "http://127.0.0.1/b.html"', "http://127.0.0.1/b.html"),
        ("if (mobile) { location.href = target; }", None),  # a variable: no URL to read
    ],
)
def test_the_script_redirect_target(script: str, expected: str | None) -> None:
    tree = LexborHTMLParser(f"<html><head><script>{script}</script></head><body></body></html>")
    assert script_redirect_target(tree, "http://127.0.0.1/a/index.html") == expected
