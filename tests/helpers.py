"""Shared test helpers: the local test portal built from the demo fixtures, a closed port, related lists around a
story, and a byline string read alone."""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from newscorpus.localserver import Route
from newscorpus.models import RelatedItem
from newscorpus.scrapers.byline import parse_line
from newscorpus.scrapers.relatedlists import find_related

from .conftest import DEMO_SITE

# A short story and its page URL, for tests that put lists, boxes and bars around a story.
STORY_PROSE = "".join(
    f"<p>{line}</p>"
    for line in (
        "记者从有关部门获悉，相关工作将在年内分阶段推进，首批试点已于上月启动，总体进展顺利。",
        "业内人士分析认为，这一举措有助于稳定市场预期，提振消费信心，同时也对配套服务提出了更高要求。",
        "据介绍，下一步将加强部门协同和政策衔接，及时回应群众关切，确保各项措施落到实处、见到实效。",
    )
)
STORY_PAGE_URL = "https://www.example-portal.test/news/2024/0501/100001.html"


def demo_page(path: str) -> bytes:
    return (DEMO_SITE / path.lstrip("/")).read_bytes()


def portal_routes() -> dict[str, Route]:
    """UTF-8 and GBK pages, a redirect, a non-HTML answer; anything else is a 404."""
    return {
        "/world/400.html": Route(demo_page("/world/2023/1103/400.html")),
        "/news/200.html": Route(demo_page("/news/2023/1101/200.html")),  # GBK, <meta> says gb2312
        "/tech/300.html": Route(demo_page("/tech/2023/1102/300.html"), content_type="text/html; charset=gbk"),
        "/old-farm.html": Route(b"", 301, headers=(("Location", "/finance/100.html"),)),
        "/finance/100.html": Route(demo_page("/finance/2023/1031/100.html")),
        "/data.json": Route(b'{"ok": true}', content_type="application/json"),
    }


def closed_port(host: str = "127.0.0.2") -> int:
    """A port nothing listens on: bound, then released."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def visible_text(html: str) -> str:
    """The page's text without any whitespace (inline tags split words apart, table cells join with
    spaces): what an expected line must be found in, whitespace aside."""
    tree = LexborHTMLParser(html)
    for node in tree.css("script, style"):
        node.decompose()
    return re.sub(r"\s+", "", tree.root.text(separator=" "))


def related_after(story: str, after_story: str, url: str) -> list[RelatedItem]:
    """The related items ``find_related`` takes from a page holding ``story`` and then ``after_story``."""
    page = f"<html><body><div class='main'>{story}{after_story}</div></body></html>"
    return find_related(LexborHTMLParser(page), url)


def line_fields(line: str) -> tuple[str | None, str | None, str | None]:
    """One byline string read alone, as (author, source, editor)."""
    found = parse_line(line)
    return found.author, found.source, found.editor
