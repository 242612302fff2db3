"""crawl12: a robots.txt that redirects in a loop (a login wall, a misconfigured rewrite) blocked every URL
of its host for the run, so the portal gave nothing. RFC 9309 2.3.1.2: past five redirects it may be taken
as unavailable, like a 4xx: no rules. One that answers 503 still holds the host back."""

from __future__ import annotations

from .conftest import articles
from .run import newscorpus
from .server import HostileServer, home, html, page, redirect

STORY = "/a/2024/0315/1.html"


def fetch_story(tmp_path, robots) -> tuple[int, list[str], str, int]:
    db = tmp_path / "c.db"
    with HostileServer({STORY: page(html("正常的新闻标题文字")), "/robots.txt": robots}) as site:
        result = newscorpus(
            "fetch", "--db", db, "--delay", "0", "-q", "--articles", f"--allow-private-host={site.netloc}",
            site.url(STORY), timeout=60,
        )  # fmt: skip
        hits = site.hits["/robots.txt"]
    return result.rc, articles(db), result.stderr, hits


def test_a_robots_txt_redirect_loop_is_no_rules(tmp_path) -> None:
    rc, stored, stderr, hits = fetch_story(tmp_path, redirect("/robots.txt"))
    assert rc == 0, stderr
    assert len(stored) == 1 and stored[0].endswith(STORY)
    assert hits == 6  # the first request and five redirects, then no more


def test_a_robots_txt_that_fails_still_holds_the_host_back(tmp_path) -> None:
    rc, stored, stderr, _ = fetch_story(tmp_path, page(b"busy", 503, "text/plain"))
    assert rc == 1 and stored == [] and "robots.txt" in stderr


def test_a_robots_txt_with_a_byte_order_mark_is_obeyed(tmp_path) -> None:
    """crawl13: a robots.txt saved with a UTF-8 BOM (Windows editors) had its first group voided: the BOM
    glued to "User-agent" made it no line of the file, and its Disallow rules were ignored."""
    db = tmp_path / "c.db"
    private, public = "/private/2024/0315/1.html", "/a/2024/0315/2.html"
    routes = {
        "/": page(home([private, public])),
        "/robots.txt": page(b"\xef\xbb\xbfUser-agent: *\r\nDisallow: /private/\r\n", content_type="text/plain"),
        private: page(html("不许抓取的新闻报道")),
        public: page(html("可以抓取的新闻报道")),
    }
    with HostileServer(routes) as site:
        result = newscorpus(
            "fetch", "--db", db, "--delay", "0", "-q", f"--allow-private-host={site.netloc}", site.url("/"), timeout=60
        )
        hits = dict(site.hits)
    assert result.rc == 0, result.stderr
    assert articles(db) == [site.url(public)] and private not in hits
