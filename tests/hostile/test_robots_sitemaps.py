"""crawl13: the sitemaps a robots.txt names were never read, so a crawl of a portal's home page missed every
article its links do not reach (the archive). They are now read with the home page when it is an entry
point, unless the user gave a sitemap of that host, which is then crawled alone."""

from __future__ import annotations

from pathlib import Path

from .conftest import articles
from .run import newscorpus
from .server import HostileServer, home, html, page

LINKED = "/a/2024/0315/1.html"
ARCHIVED = [f"/a/2023/1201/{n}.html" for n in range(3)]
CHOSEN = "/a/2024/0316/5.html"


def sitemap(site: HostileServer, paths: list[str]) -> bytes:
    urls = "".join(f"<url><loc>{site.url(path)}</loc></url>" for path in paths)
    return f"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{urls}</urlset>".encode()


def portal(site: HostileServer) -> None:
    # The second line is relative, as some sites write it: read against the site, it names the same sitemap.
    robots = (
        f"User-agent: *\nDisallow: /private/\nSitemap: {site.url('/sitemap.xml')}\nSitemap: /archive.xml\n".encode()
    )
    site.routes.update(
        {
            "/robots.txt": page(robots, content_type="text/plain"),
            "/": page(home([LINKED])),
            "/sitemap.xml": page(sitemap(site, ARCHIVED[:2]), content_type="application/xml"),
            "/archive.xml": page(sitemap(site, ARCHIVED[2:]), content_type="application/xml"),
            "/chosen.xml": page(sitemap(site, [CHOSEN]), content_type="application/xml"),
            **{path: page(html(f"新闻报道{path}")) for path in [LINKED, *ARCHIVED, CHOSEN]},
        }
    )


def test_the_robots_txt_sitemaps_are_crawled_with_the_home_page(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with HostileServer({}) as site:
        portal(site)
        args = ("fetch", "--db", db, "--delay", "0", "-q", f"--allow-private-host={site.netloc}", site.url("/"))
        run = newscorpus(*args, timeout=60)
        again = newscorpus(*args, timeout=60)
        hits = dict(site.hits)
    run.assert_clean()
    assert run.rc == 0 and again.rc == 0, run.stderr + again.stderr
    assert articles(db) == sorted(site.url(path) for path in [LINKED, *ARCHIVED])
    assert hits["/sitemap.xml"] == 2  # re-read on the rerun, like the home page: new articles appear there
    assert all(hits[path] == 1 for path in ARCHIVED)  # and each article fetched once


def test_a_sitemap_given_by_the_user_is_crawled_alone(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with HostileServer({}) as site:
        portal(site)
        run = newscorpus(
            "fetch", "--db", db, "--delay", "0", "-q", f"--allow-private-host={site.netloc}",
            "--sitemap", site.url("/chosen.xml"), site.url("/"), timeout=60,
        )  # fmt: skip
        hits = dict(site.hits)
    run.assert_clean()
    assert run.rc == 0, run.stderr
    assert articles(db) == sorted(site.url(path) for path in [LINKED, CHOSEN])
    assert "/sitemap.xml" not in hits


def test_depth_zero_reads_no_robots_sitemap(tmp_path: Path) -> None:
    """--depth 0 reads the home page alone: a sitemap's articles are a hop away, so its sitemaps would be
    fetched for nothing."""
    db = tmp_path / "c.db"
    with HostileServer({}) as site:
        portal(site)
        run = newscorpus(
            "fetch", "--db", db, "--delay", "0", "-q", "--depth", "0", f"--allow-private-host={site.netloc}",
            site.url("/"), timeout=60,
        )  # fmt: skip
        hits = dict(site.hits)
    run.assert_clean()
    assert run.rc == 0 and "/sitemap.xml" not in hits and articles(db) == []
