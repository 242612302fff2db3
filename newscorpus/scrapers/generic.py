"""The generic extractor: story and related list from any news page, with no site knowledge.

Body choice follows the text/punctuation density idea behind GNE: the container whose own paragraphs
carry the most Chinese text and punctuation, with link text counting against it, is the story.
"""

from __future__ import annotations

import json
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings
from newscorpus.models import Article
from newscorpus.scrapers.blocks import BLOCK_TAGS, SKIP_TAGS, block_lines
from newscorpus.scrapers.byline import parse_byline
from newscorpus.scrapers.dates import parse_datetime, year_from_url
from newscorpus.scrapers.related import take_related_by_heading
from newscorpus.scrapers.text import cjk_count, clean, node_text, punctuation_count

NAME = "generic"
VERSION = 1

_TITLE_SPLIT = re.compile(r"\s*[_|｜\-–—]\s*")
_TIME_META = (
    "article:published_time",
    "og:release_date",
    "pubdate",
    "publishdate",
    "PubDate",
    "publish_time",
    "ptime",
    "weibo:article:create_at",
    "datePublished",
    "sailthru.date",
    "parsely-pub-date",
)
_BOILERPLATE = re.compile(
    r"^(责任编辑|责编|编辑[:：]|本文来源|原标题|来源[:：]|免责声明|版权(声明|所有)|copyright|©|扫码|扫描二维码|"
    r"点击(进入|查看|下载|关注)|分享到|关注我们|返回(首页|搜狐)|举报|打开.{0,6}APP|特别声明)",
    re.IGNORECASE,
)
_HEADER_LINES = 12
_MIN_TEXT_FOR_SCORE = 8


def extract(tree: LexborHTMLParser, url: str | None) -> Article:
    """Run every generic step on a freshly parsed tree (the tree is modified)."""
    published = find_published(tree, url)  # before scripts go: JSON-LD lives in <script>
    title = find_title(tree)
    related = take_related_by_heading(tree, url)
    strip_unreadable(tree)
    article = Article(
        url=url,
        site=NAME,
        parser=NAME,
        parser_version=VERSION,
        title=title,
        published_at=published,
        related=related,
    )
    body = find_body_node(tree)
    fill_from_body(article, tree, body, url)
    return article


def fill_from_body(
    article: Article,
    tree: LexborHTMLParser,
    body: LexborNode | None,
    url: str | None,
    header: list[str] | None = None,
) -> None:
    """Fill whatever a site rule left empty from the chosen body node and the lines around the title.

    A site rule that already holds its byline lines passes them as ``header``: that skips reading the
    whole page, the most expensive step of a rule parse.
    """
    if header is None:
        page_lines = block_lines(tree.body) if tree.body is not None else []
        header = _lines_after_title(page_lines, article.title)
        if article.published_at is None:
            article.published_at = _first_date(header, url) or _first_date(page_lines, url)
    elif article.published_at is None:
        article.published_at = _first_date(header, url)
    if body is not None and not article.paragraphs:
        article.paragraphs = story_paragraphs(block_lines(body), article.title, _link_texts(body))
    byline = parse_byline(header + (article.paragraphs[-3:] if article.paragraphs else []))
    article.author = article.author or byline.author
    article.source = article.source or byline.source
    article.editor = article.editor or byline.editor
    article.paragraphs = [p for p in article.paragraphs if not _is_byline_line(p)]


def strip_unreadable(tree: LexborHTMLParser) -> None:
    tree.strip_tags([t for t in SKIP_TAGS if not t.startswith("-") and t != "head"])


def find_title(tree: LexborHTMLParser) -> str | None:
    page_title = node_text(tree.css_first("title"))
    og_title = _meta(tree, "og:title")
    for h in tree.css("h1, h2"):
        text = node_text(h)
        if len(text) >= 4 and (text in page_title or (og_title and text in og_title)):
            return text
    if og_title:
        return clean(og_title)
    h1 = [node_text(h) for h in tree.css("h1") if len(node_text(h)) >= 4]
    if len(h1) == 1:
        return h1[0]
    parts = _TITLE_SPLIT.split(page_title)
    return max(parts, key=len) if page_title else None


def find_published(tree: LexborHTMLParser, url: str | None) -> str | None:
    for name in _TIME_META:
        value = _meta(tree, name)
        if value and (when := parse_datetime(value)):
            return when
    for script in tree.css('script[type="application/ld+json"]'):
        when = _json_ld_date(script.text())
        if when:
            return when
    for node in tree.css("time[datetime]"):
        if when := parse_datetime(node.attributes.get("datetime")):
            return when
    return None


def find_body_node(tree: LexborHTMLParser) -> LexborNode | None:
    """The element whose text blocks score highest; a block's score flows to its parent and grandparent."""
    if tree.body is None:
        return None
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    for node in tree.body.traverse(include_text=True):
        if node.tag != "-text":
            continue
        text = clean(node.text_content)
        if len(text) < _MIN_TEXT_FOR_SCORE or _inside_link(node):
            continue
        block = _block_ancestor(node)
        if block is None:
            continue
        container = block.parent if block.tag in ("p", "h2", "h3", "h4", "li", "span") else block
        weight = cjk_count(text) + 4 * punctuation_count(text)
        for share, target in ((1.0, container), (0.5, container.parent if container else None)):
            if target is None or target.tag in ("body", "html"):
                continue
            scores[target.mem_id] = scores.get(target.mem_id, 0.0) + share * weight
            nodes[target.mem_id] = target
    if not scores:
        return None
    return nodes[max(scores, key=lambda key: scores[key] * _link_penalty(nodes[key]))]


def story_paragraphs(lines: list[str], title: str | None, link_texts: set[str]) -> list[str]:
    kept: list[str] = []
    for line in lines:
        if len(line) < settings.MIN_PARAGRAPH_CHARS or line == title or line in link_texts:
            continue
        if _BOILERPLATE.match(line):
            continue
        kept.append(line)
    return kept


def _lines_after_title(lines: list[str], title: str | None) -> list[str]:
    if title and title in lines:
        start = lines.index(title)
        return lines[max(0, start - 3) : start + _HEADER_LINES]
    return lines[:_HEADER_LINES]


def _first_date(lines: list[str], url: str | None) -> str | None:
    year = year_from_url(url)
    for line in lines:
        if when := parse_datetime(line, default_year=year):
            return when
    return None


def _is_byline_line(line: str) -> bool:
    """A short line made of date/source/author labels, e.g. '2023-10-31 08:30 来源：新华社'."""
    if len(line) > 60:
        return False
    labels = ("来源", "作者", "记者", "编辑", "发布时间", "时间：", "稿源", "浏览", "阅读")
    has_label = any(label in line for label in labels)
    return has_label and (parse_datetime(line) is not None or punctuation_count(line) <= 3)


def _link_penalty(node: LexborNode) -> float:
    total = len(node_text(node)) or 1
    linked = sum(len(clean(a.text())) for a in node.css("a"))
    return max(0.0, 1.0 - linked / total) ** 2


def _link_texts(node: LexborNode) -> set[str]:
    return {text for a in node.css("a") if (text := node_text(a))}


def _inside_link(node: LexborNode) -> bool:
    parent = node.parent
    for _ in range(4):
        if parent is None:
            return False
        if parent.tag == "a":
            return True
        parent = parent.parent
    return False


def _block_ancestor(node: LexborNode) -> LexborNode | None:
    parent = node.parent
    while parent is not None and parent.tag not in BLOCK_TAGS:
        parent = parent.parent
    return parent


def _meta(tree: LexborHTMLParser, name: str) -> str | None:
    node = tree.css_first(f'meta[property="{name}"], meta[name="{name}"], meta[itemprop="{name}"]')
    value = node.attributes.get("content") if node is not None else None
    return value.strip() if value else None


def _json_ld_date(raw: str) -> str | None:
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    for entry in data if isinstance(data, list) else [data]:
        if isinstance(entry, dict) and (when := parse_datetime(str(entry.get("datePublished", "")))):
            return when
    return None
