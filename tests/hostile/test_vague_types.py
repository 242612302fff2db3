"""crawl12: a server with a bad MIME map sends article pages as text/plain, application/octet-stream or
text/x-server-parsed-html (Apache's old .shtml type); the bytes are HTML and the story is stored (they
failed as "not an HTML page"). What is not HTML under those types, or JSON, still fails with its reason."""

from __future__ import annotations

from .conftest import articles, frontier
from .run import newscorpus
from .server import HostileServer, html, page

VAGUE = {
    "/a/2024/0315/1.shtml": "text/x-server-parsed-html",
    "/a/2024/0315/2.htm": "text/plain; charset=utf-8",
    "/a/2024/0315/3.html": "application/octet-stream",
}
NOT_PAGES = {
    "/a/2024/0315/4.html": ("text/plain", b"just some text, no markup"),
    "/a/2024/0315/5.html": ("application/json", b'{"html": "<html>"}'),
}


def test_html_under_a_vague_media_type_is_stored_and_other_bytes_fail_with_their_reason(tmp_path) -> None:
    routes = {path: page(html(f"新闻{path}"), content_type=media) for path, media in VAGUE.items()}
    routes.update({path: page(body, content_type=media) for path, (media, body) in NOT_PAGES.items()})
    db = tmp_path / "c.db"
    with HostileServer(routes) as site:
        result = newscorpus(
            "fetch", "--db", db, "--delay", "0", "-q", "--articles", f"--allow-private-host={site.netloc}",
            *(site.url(path) for path in [*VAGUE, *NOT_PAGES]), timeout=60,
        )  # fmt: skip
    assert result.rc == 1, result.stderr  # two of the entry points failed
    assert articles(db) == sorted(site.url(path) for path in VAGUE)
    assert result.stderr.count("not an HTML page") == len(NOT_PAGES)
    states = frontier(db)
    assert all(states[site.url(path)] == "failed" for path in NOT_PAGES)
