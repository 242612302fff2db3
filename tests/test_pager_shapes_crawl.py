"""A local portal on 127.0.0.1 whose rule-less stories page over in several shapes at once (``_p2``,
``/N/``, a story folder's ``2.html``, ``?p=2`` with numbers only, rel=next in <head> only, a <select> jump,
a pager above the story): every story stored whole, its editor from the last page, reparse and a WARC
ingest of the same pages giving the same bodies, and a comment pager never followed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from newscorpus.localserver import LocalSite, Route
from newscorpus.reparse import reparse
from newscorpus.store import Store
from newscorpus.warc.ingest import ingest

from .test_pager_crawl import NO_RULES, articles, crawl, home, sentence, story_page
from .warc_helpers import http_block, record, write_warc

BASE = "http://127.0.0.1:8000"

PAGES = 3
Pager = Callable[[list[str], int], str]


def _numbers(urls: list[str], current: int) -> str:
    return "".join(f"<b>{i + 1}</b>" if i == current else f"<a href='{u}'>{i + 1}</a>" for i, u in enumerate(urls))


def _with_next(urls: list[str], current: int) -> str:
    more = f"<a href='{urls[current + 1]}'>下一页</a>" if current + 1 < len(urls) else ""
    return _numbers(urls, current) + more


def _select(urls: list[str], current: int) -> str:
    options = "".join(f"<option value='{u}'>第{i + 1}页</option>" for i, u in enumerate(urls))
    return f"<select onchange='location.href=this.value'>{options}</select><a href='{urls[0]}&all=1'>单页阅读</a>"


def _javascript(urls: list[str], current: int) -> str:
    return "".join(f"<a href='javascript:void(0)' data-page='{i + 1}'>{i + 1}</a>" for i in range(len(urls)))


def _comments(urls: list[str], current: int) -> str:
    """A pager of numbers and a comment block with its own pager on the same URL series."""
    comment = (
        f"<div class='comment'><span>1</span><a href='{urls[0]}?page=9'>2</a><a href='{urls[-1]}'>下一页</a></div>"
    )
    return _numbers(urls, current) + comment


SHAPES: list[tuple[int, Callable[[int], str], Pager, bool]] = [
    (11, lambda p: "/a/11.html" if p == 1 else f"/a/11_p{p}.html", _with_next, False),
    (12, lambda p: "/story/12/" if p == 1 else f"/story/12/{p}/", _with_next, False),
    (13, lambda p: "/zt/13/" if p == 1 else f"/zt/13/{p}.html", _javascript, True),
    (14, lambda p: "/content/14.html" if p == 1 else f"/content/14.html?p={p}", _numbers, False),
    (15, lambda p: "/show.php?id=15" if p == 1 else f"/show.php?id=15&pn={p}", _select, False),
    (16, lambda p: "/v/16.html" if p == 1 else f"/v/16-p{p}.html", _comments, False),
]


def _routes() -> tuple[dict[str, Route], list[str]]:
    routes: dict[str, Route] = {}
    firsts = []
    for number, path, pager, head_only in SHAPES:
        urls = [path(p) for p in range(1, PAGES + 1)]
        firsts.append(urls[0])
        for i, url in enumerate(urls):
            html = story_page(number, i + 1, pager(urls, i), i + 1 == PAGES)
            if head_only and i + 1 < PAGES:
                html = html.replace(b"</head>", f"<link rel='next' href='{urls[i + 1]}'></head>".encode())
            routes[url] = Route(html)
    routes["/"] = home(firsts)
    return routes, firsts


def test_every_pager_shape_is_stitched_whole(tmp_path: Path) -> None:
    routes, firsts = _routes()
    db = tmp_path / "c.db"
    with LocalSite(routes) as site:
        report = crawl(db, site.url("/"))
        comment_hits = site.hits.get("/v/16.html?page=9", 0)
    assert report.outcomes["new"] == len(SHAPES) and comment_hits == 0
    stored = articles(db)
    assert sorted(stored) == sorted(path.lstrip("/") for path in firsts)  # no part stored on its own
    for number, path, _, _ in SHAPES:
        body, editor, incomplete, nxt = stored[path(1).lstrip("/")]
        expected = [sentence(number, p, n) for p in range(1, PAGES + 1) for n in range(1, 4)]
        assert body.split("\n") == expected, path(1)
        assert (editor, incomplete, nxt) == ("王小明", 0, None)
    with Store(db) as store:
        again = reparse(store, NO_RULES, force=True)
    assert again.reparsed == len(SHAPES) and again.changed == 0


def test_ingest_warc_holds_and_stitches_every_shape_whatever_the_record_order(tmp_path: Path) -> None:
    routes, firsts = _routes()
    # Last pages first: a part that names no next page is held by its URL's page number alone.
    pages = [(path, route.body) for path, route in reversed(list(routes.items())) if path != "/"]
    archive = write_warc(
        tmp_path / "shapes.warc.gz",
        [record(BASE + path, http_block(body), number=n) for n, (path, body) in enumerate(pages)],
    )
    db = tmp_path / "c.db"
    with Store(db) as store:
        assert ingest([archive], store).report.parse_errors == []
    stored = articles(db)
    assert sorted(stored) == sorted(path.lstrip("/") for path in firsts)
    for number, path, _, _ in SHAPES:
        body, editor, incomplete, _ = stored[path(1).lstrip("/")]
        assert body.split("\n") == [sentence(number, p, n) for p in range(1, PAGES + 1) for n in range(1, 4)]
        assert (editor, incomplete) == ("王小明", 0)
