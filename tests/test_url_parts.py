"""A split story's later page (content_N_2.htm, c1004-N-3.html) reached by a link, end to end.

The URL grammar reads such a page as naming the story; the crawler must store that story once, whole,
under its page one: never lose it (people's -2.html links were dropped), never store page 2 as a partial
story of its own (a related link to one was). A local portal on 127.0.0.1 links one story only by its page
2 from a headline, two only by their page 2 (-2.html, &page=2) from a story's 相关阅读 list, one by page one; a list's
page 2 and a forum thread's page 3 keep their pager reading.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newscorpus import discover, urlshape
from newscorpus.localserver import LocalSite, Route

from .conftest import run_cli

# (page one's path, the later pages' paths): a xinhuanet/gmw-style _N and a people.cn-style -N story.
STORIES = {
    "北京老旧小区改造进入新阶段": ("/2023-11/02/content_45012345.htm", ("/2023-11/02/content_45012345_2.htm",)),
    "上海公共交通线路全面升级": (
        "/n1/2023/1102/c1004-40112345.html",
        ("/n1/2023/1102/c1004-40112345-2.html", "/n1/2023/1102/c1004-40112345-3.html"),
    ),
    "杭州数字平台试点经验推广": ("/n1/2023/1103/c1004-40119999.html", ("/n1/2023/1103/c1004-40119999-2.html",)),
    "成都乡村振兴工作稳步推进": ("/plus/view.php?aid=12345", ("/plus/view.php?aid=12345&page=2",)),  # DedeCMS
}
_WORDS = ("记者获悉", "项目建设", "稳步推进", "群众满意", "政策落实", "部门协同", "资金保障", "质量提升")


def _text(title: str, page: int) -> list[str]:
    # Every page's sentences are its own, so a stitched body shows which pages it holds.
    marker = f"{title}第{page}页"
    return [f"{marker}内容{n}：" + "，".join(_WORDS[(n + i) % 8] for i in range(8)) + "。" for n in range(4)]


def _story_page(title: str, paths: list[str], page: int, related: str) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in _text(title, page))
    numbers = "".join(f'<a href="{path}">{n}</a>' for n, path in enumerate(paths, 1) if n != page)
    after = f'<a href="{paths[page]}">下一页</a>' if page < len(paths) else ""
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<div class="article"><h1>{title}</h1><div class="info"><span class="time">2023-11-02 10:00</span>'
        f'<span class="source">来源：本网</span></div><div class="article-content">{body}</div>'
        f'<div class="pages">{numbers}{after}</div></div>{related}'
        "<div class='footer'>版权所有 本网站</div></body></html>"
    ).encode()


def portal() -> dict[str, Route]:
    (a, (_a1, a_rest)), (b, (b1, _b_rest)), (c, (_c1, c_rest)), (d, (_d1, d_rest)) = STORIES.items()
    home = (
        f'<ul><li><a href="{a_rest[0]}">{a}（图）</a></li><li><a href="{b1}">{b}</a></li>'
        '<li><a href="/node_113352_2.htm">更多要闻</a></li>'
        '<li><a href="/post-free-5123456-3.shtml">论坛热帖</a></li></ul>'
    )
    routes = {
        "/": Route(f'<html><head><meta charset="utf-8"><title>首页</title></head><body>{home}</body></html>'.encode())
    }
    # Stories C and D are linked only from B's related list, by their page 2.
    items = "".join(f'<li><a href="{rest[0]}">{title}</a></li>' for title, rest in ((c, c_rest), (d, d_rest)))
    related = f'<div class="related"><h3>相关阅读</h3><ul>{items}</ul></div>'
    for title, (first, rest) in STORIES.items():
        paths = [first, *rest]
        for page, path in enumerate(paths, 1):
            routes[path] = Route(_story_page(title, paths, page, related if title == b else ""))
    listing = '<ul><li><a href="/2023-11/02/content_45012345.htm">北京老旧小区改造进入新阶段</a></li></ul>'
    routes["/node_113352_2.htm"] = Route(f'<html><meta charset="utf-8"><body>{listing}</body></html>'.encode())
    return routes


@pytest.mark.parametrize(
    ("url", "first", "article"),
    [
        (
            "http://p.example/2023-11/02/content_45012345_2.htm",
            "http://p.example/2023-11/02/content_45012345.htm",
            True,
        ),
        (
            "http://p.example/n1/2023/1102/c1004-40112345-3.html",
            "http://p.example/n1/2023/1102/c1004-40112345.html",
            True,
        ),
        (
            "http://money.p.example/15/0526/08/AQCM3H1T00253B0H_2.html",
            "http://money.p.example/15/0526/08/AQCM3H1T00253B0H.html",
            True,
        ),
        (
            "http://p.example/a/20231102/123456_3.shtml?from=app#top",
            "http://p.example/a/20231102/123456.shtml?from=app",
            True,
        ),
        ("http://bbs.p.example/article-12345-2.html", "http://bbs.p.example/article-12345-1.html", True),  # Discuz
        ("http://p.example/show-12-34567-3.html", "http://p.example/show-12-34567-1.html", True),  # PHPCMS
        ("http://p.example/node_113352_2.htm", None, False),  # a list's page 2
        ("http://bbs.p.example/post-free-5123456-3.shtml", None, False),  # a thread's replies
        ("http://p.example/2023-11/02/content_45012345_1.htm", None, True),  # page one counting from 1
        ("http://p.example/xxgk/202311/t20231102_15.html", None, True),  # the day's 15th document
        ("http://p.example/2023-11/02/content_45012345.htm", None, True),
    ],
)
def test_the_first_page_of_a_later_page(url: str, first: str | None, article: bool) -> None:
    assert urlshape.story_first_page(url) == first
    assert urlshape.is_article_url(url) is article


def test_a_later_page_link_is_queued_as_its_page_one() -> None:
    part = discover.Link("http://p.example/n1/2023/1102/c1004-40112345-2.html", discover.PAGE)
    assert discover.story_start(part) == discover.Link(
        "http://p.example/n1/2023/1102/c1004-40112345.html", discover.ARTICLE
    )
    by_query = discover.Link("http://p.example/plus/view.php?aid=12345&page=2&from=x#p", discover.ARTICLE)
    assert discover.story_start(by_query).url == "http://p.example/plus/view.php?aid=12345&from=x"
    for url in (
        "http://p.example/node_113352_2.htm",  # a list's page 2, by its path
        "http://p.example/list.php?catid=12&page=2",  # and by its query
        "http://p.example/news/?page=3",
        "http://p.example/plus/view.php?aid=12345&page=1",  # page one itself
        "http://p.example/plus/view.php?aid=12345",
    ):
        pager = discover.Link(url, discover.PAGE)
        assert discover.story_start(pager) is pager, url


def test_a_story_reached_by_its_later_page_is_stored_once_whole_under_page_one(cli, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with LocalSite(portal()) as site:
        result = run_cli(
            cli,
            *("fetch", site.url("/"), "--db", db, "--allow-private", "--delay", "0"),
            *("--deadline", "60", "--max-pages", "60"),
        )
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        rows = dict(conn.execute("SELECT title, url FROM articles"))
        bodies = dict(conn.execute("SELECT title, body FROM articles"))
    assert rows == {title: site.url(first) for title, (first, _rest) in STORIES.items()}
    for title, (_first, rest) in STORIES.items():
        assert all(f"{title}第{page}页" in bodies[title] for page in range(1, len(rest) + 2)), title
