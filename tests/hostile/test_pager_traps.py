"""crawl12: a list's pager that runs on past its archive (empty pages linking 下一页 forever, pages that
repeat what is known, a 下一页 back to page one) must end within the depth budget, not eat --max-pages;
a pager that keeps bringing new articles is followed to its end at page one's depth."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import articles, integrity
from .run import newscorpus
from .server import HostileServer, html, page

STORY_PAGES = 5  # pages 1..5 list new articles; 6..LAST list nothing new
LAST = 60
PER_PAGE = 3


def pager_page(n: int, links: list[str], next_path: str) -> bytes:
    items = "".join(f'<li><a href="{href}">第{n}页的一篇新闻报道的完整标题{i}</a></li>' for i, href in enumerate(links))
    return (
        f"<html><head><meta charset='utf-8'><title>新闻 第{n}页</title></head><body>"
        f"<ul class='list'>{items}</ul><a href='{next_path}'>下一页</a></body></html>"
    ).encode()


def list_path(n: int) -> str:
    return "/news/" if n == 1 else f"/news/index_{n}.html"


def portal() -> tuple[dict, list[str]]:
    routes = {"/": page(b"<html><body><nav><a href='/news/'>\xe6\x96\xb0\xe9\x97\xbb</a></nav></body></html>")}
    stories = []
    for n in range(1, LAST + 1):
        if n <= STORY_PAGES:
            links = [f"/news/2024/03{n:02d}/{n}{k}.html" for k in range(PER_PAGE)]
            stories += links
        else:  # an exhausted archive: the last page's stories again, and a 下一页 that never ends
            links = stories[-PER_PAGE:]
        routes[list_path(n)] = page(pager_page(n, links, list_path(n + 1)))
    routes.update({path: page(html(f"新闻{path}")) for path in stories})
    return routes, stories


def test_an_endless_pager_ends_within_the_depth_budget_and_keeps_every_story(tmp_path: Path) -> None:
    routes, stories = portal()
    db = tmp_path / "c.db"
    with HostileServer(routes) as site:
        result = newscorpus(
            "fetch", "--db", db, "--delay", "0", "--json-summary", "-q", "--max-pages", "200",
            f"--allow-private-host={site.netloc}", site.url("/"), timeout=60,
        )  # fmt: skip
        hits = dict(site.hits)
    result.assert_clean()
    assert result.rc == 0, result.stderr
    assert articles(db) == sorted(site.url(path) for path in stories)
    fetched_pages = [n for n in range(2, LAST + 1) if hits.get(list_path(n))]
    # Pages 2..5 bring stories at page one's depth; past them each page costs a hop (depth 3: pages 6-8).
    assert fetched_pages == list(range(2, 9)), fetched_pages
    assert json.loads(result.text)["list_pages"] <= 10
    assert integrity(db) == "ok"


def test_a_pager_that_loops_back_to_page_one_fetches_each_page_once(tmp_path: Path) -> None:
    links = [f"/news/2024/0315/{k}.html" for k in range(PER_PAGE * 2)]
    routes = {
        "/": page(b"<html><body><a href='/news/'>news</a></body></html>"),
        "/news/": page(pager_page(1, links[:PER_PAGE], "/news/index_2.html")),
        "/news/index_2.html": page(pager_page(2, links[PER_PAGE:], "/news/")),  # 下一页 back to page one
        **{path: page(html(f"新闻{path}")) for path in links},
    }
    db = tmp_path / "c.db"
    with HostileServer(routes) as site:
        result = newscorpus(
            "fetch", "--db", db, "--delay", "0", "-q", f"--allow-private-host={site.netloc}", site.url("/"),
            timeout=60,
        )  # fmt: skip
        hits = dict(site.hits)
    assert result.rc == 0, result.stderr
    assert hits["/news/"] == 1 and hits["/news/index_2.html"] == 1
    assert articles(db) == sorted(site.url(path) for path in links)
