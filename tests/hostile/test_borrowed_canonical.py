"""crawl12: a CMS template that declares one article's URL as every article's <link rel=canonical> (a
copied head, the channel's first story). Each story used to overwrite the last under that one URL
("updated"), leaving one article of three. Now a story whose canonical URL holds another story is stored
under the URL it was fetched from, whichever is crawled first; one story under two URLs is still one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from .run import newscorpus
from .server import HostileServer, page

OWNER = "/news/2024/0315/1.html"
STORIES = {
    OWNER: "第一篇新闻甲乙丙丁",
    "/news/2024/0315/2.html": "第二篇完全不同的新闻",
    "/news/2024/0315/3.html": "第三篇另外的新闻报道",
}


def story(title: str, canonical: str) -> bytes:
    body = f"<p>这是{title}的正文内容，足够长，可以被识别为一篇完整的新闻文章，记者在现场采访了多位市民。</p>" * 5
    return (
        f"<html><head><meta charset='utf-8'><link rel='canonical' href='{canonical}'><title>{title}</title>"
        f"</head><body><h1>{title}</h1><div class='article'>{body}</div></body></html>"
    ).encode()


def home(links: list[str]) -> bytes:
    items = "".join(f"<li><a href='{href}'>一篇新闻报道的完整标题第{i}条</a></li>" for i, href in enumerate(links))
    return f"<html><head><meta charset='utf-8'><title>首页</title></head><body><ul>{items}</ul></body></html>".encode()


def crawl(tmp_path: Path, links: list[str], alias: str = "") -> dict[str, str]:
    """Crawl a home page linking ``links``; ``alias`` (a path, no query) serves OWNER's story too."""
    db = tmp_path / "c.db"
    routes: dict = {}
    with HostileServer(routes) as site:
        routes["/"] = page(home(links))
        for path in [*STORIES, alias] if alias else STORIES:
            routes[path] = page(story(STORIES.get(path, STORIES[OWNER]), site.url(OWNER)))
        result = newscorpus(
            "fetch", "--db", db, "--delay", "0", "-q", "--concurrency", "1", "--per-host", "1",
            f"--allow-private-host={site.netloc}", site.url("/"), timeout=60,
        )  # fmt: skip
        assert result.rc == 0, result.stderr
        prefix = site.url("")
    with sqlite3.connect(db) as conn:
        return {url.removeprefix(prefix): title for url, title in conn.execute("SELECT url, title FROM articles")}


@pytest.mark.parametrize("owner_first", [True, False])
def test_stories_sharing_a_copied_canonical_are_each_stored_under_their_own_url(tmp_path, owner_first) -> None:
    order = list(STORIES) if owner_first else [*list(STORIES)[1:], OWNER]
    assert crawl(tmp_path, order) == STORIES


@pytest.mark.parametrize("alias_first", [True, False])
def test_one_story_under_two_urls_is_still_one_article(tmp_path, alias_first) -> None:
    alias = "/news/2024/0315/1-mobile.html"
    order = [alias, *STORIES] if alias_first else [*STORIES, alias]
    assert crawl(tmp_path, order, alias) == STORIES
