"""The generic extractor: story and related list from any news page, with no site knowledge.

One DOM walk (``blocks.walk``) gives every line with its container and link share; the body is the
container with the densest Chinese prose (``density.choose_body``); headline, publish time and byline
come from the page metadata checked against the lines just above the body.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings
from newscorpus.models import Article
from newscorpus.scrapers import pager
from newscorpus.scrapers.blocks import SKIP_TAGS, Line, Walk, walk
from newscorpus.scrapers.byline import parse_byline
from newscorpus.scrapers.dates import first_datetime, published_from_metadata, published_from_scripts
from newscorpus.scrapers.density import choose_body
from newscorpus.scrapers.related import take_related_by_heading
from newscorpus.scrapers.text import punctuation_count
from newscorpus.scrapers.titles import find_title, headline_before, title_references

NAME = "generic"
VERSION = 3

__all__ = ["extract", "fill_from_body", "find_published", "find_title", "story_paragraphs", "strip_unreadable"]

_BOILERPLATE = re.compile(
    r"^[【\[（(]?\s*(责任编辑|责编|编辑[:：]|本文来源|原标题|来源[:：]|免责声明|版权(声明|所有)|copyright|©|扫码|扫描二维码|"
    r"长按(识别|二维码)|点击(进入|查看|下载|关注|阅读)|分享到|关注我们|返回(首页|顶部|列表)|举报|打开.{0,6}APP|特别声明|"
    r"上一篇|下一篇|(相关)?标签[:：]|声明[:：]|本文(系|为|仅代表))",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w\u3400-\u9fff]")
# Control characters and runs of undecodable bytes never occur in a story: the input was binary.
_BINARY = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]|[\ufffd\ue000-\uf8ff].*[\ufffd\ue000-\uf8ff]")
# Every character _BINARY needs: one class search rules out nearly every line five times faster.
_BINARY_CHAR = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd\ue000-\uf8ff]")
_SENTENCE_END = set("。！？!?；;…")
_BYLINE_LABELS = ("来源", "作者", "记者", "编辑", "发布时间", "时间：", "稿源", "浏览", "阅读", "点击", "日期")


def extract(tree: LexborHTMLParser, url: str | None) -> Article:
    """Run every generic step on a freshly parsed tree (the tree is modified)."""
    article = Article(url=url, site=NAME, parser=NAME, parser_version=VERSION)
    article.published_at = find_published(tree, url)
    references = title_references(tree)
    article.related = take_related_by_heading(tree, url)
    # No strip_unreadable here: the walk skips script/style text itself, and scripts may still hold a date.
    page = walk(tree.body) if tree.body is not None else Walk()
    body = choose_body(page)
    body_lines = page.lines_under(body) if body is not None else []
    article.next_page_url = pager.next_page_url(tree, url, page.nodes[body] if body is not None else None)
    # The heading search is a dozen-selector pass over the page: only when the lines above the body fail.
    article.title = headline_before(page, body_lines, references) or find_title(tree, references)
    page_texts = [line.text for line in page.lines]
    _fill(article, lines_around_title(page_texts, article.title), page_texts, body_lines, url)
    if article.published_at is None:
        article.published_at = published_from_scripts(tree)
    return article


def fill_from_body(
    article: Article,
    tree: LexborHTMLParser,
    body: LexborNode | None,
    url: str | None,
    header: list[str] | None = None,
) -> None:
    """Fill whatever a site rule left empty from the chosen body node and the lines around the title.

    A site rule that already holds its byline lines passes them as ``header``: that skips walking the
    whole page, the most expensive step of a rule parse.
    """
    page_texts: list[str] | None = None
    if header is None:
        page_texts = [line.text for line in (walk(tree.body) if tree.body is not None else Walk()).lines]
        header = lines_around_title(page_texts, article.title)
    if not article.paragraphs and body is not None:
        article.paragraphs = _story_lines(walk(body).lines, article.title)
    fill_metadata(article, header, page_texts, url)


def _fill(
    article: Article, header: list[str], page_texts: list[str] | None, body_lines: list[Line], url: str | None
) -> None:
    if not article.paragraphs:
        article.paragraphs = _story_lines(body_lines, article.title)
    fill_metadata(article, header, page_texts, url)
    article.paragraphs = [p for p in article.paragraphs if not _is_byline_line(p)]


def fill_metadata(article: Article, header: list[str], page_texts: list[str] | None, url: str | None) -> None:
    """Publish time and byline fields the article still lacks, from the lines around the headline."""
    shown = first_datetime(header, url)
    # Date-only metadata drops the time the headline prints for the same day.
    if (
        shown
        and article.published_at
        and article.published_at.endswith("T00:00:00" + settings.DEFAULT_TZ_OFFSET)
        and shown[:10] == article.published_at[:10]
    ):
        article.published_at = shown
    if article.published_at is None:
        article.published_at = shown or (first_datetime(page_texts, url) if page_texts else None)
    byline = parse_byline(header + article.paragraphs[-3:])
    article.author = article.author or byline.author
    article.source = article.source or byline.source
    article.editor = article.editor or byline.editor


def strip_unreadable(tree: LexborHTMLParser) -> None:
    tree.strip_tags([t for t in SKIP_TAGS if not t.startswith("-") and t != "head"])


def find_published(tree: LexborHTMLParser, url: str | None) -> str | None:
    """Publish time from meta tags, JSON-LD or <time datetime>; visible dates are read later."""
    return published_from_metadata(tree)


def story_paragraphs(lines: list[str], title: str | None, link_texts: set[str]) -> list[str]:
    """Story lines out of a body's lines: no title repeat, no link-only lines, no boilerplate."""
    return [line for line in lines if line not in link_texts and _is_story_text(line, title)]


def _story_lines(lines: list[Line], title: str | None) -> list[str]:
    kept: list[str] = []
    for line in lines:
        if line.link_chars > settings.MAX_LINK_SHARE_IN_PARAGRAPH * len(line.text) or _is_caption(line):
            continue
        if _is_story_text(line.text, title):
            kept.append(line.text)
    return kept


def _is_story_text(line: str, title: str | None) -> bool:
    if len(line) < settings.MIN_PARAGRAPH_CHARS or line == title or not _WORD.search(line):
        return False
    if _BINARY_CHAR.search(line) and _BINARY.search(line):
        return False
    return not _BOILERPLATE.match(line)


def _is_caption(line: Line) -> bool:
    """A photo caption: short, right after an image, and not a sentence."""
    text = line.text
    return (
        line.image_before
        and len(text) <= settings.CAPTION_MAX_CHARS
        and not any(ch in _SENTENCE_END for ch in text)
        and "，" not in text
    )


def lines_around_title(lines: list[str], title: str | None) -> list[str]:
    if title and title in lines:
        start = lines.index(title)
        return lines[max(0, start - settings.HEADER_LINES_BEFORE_TITLE) : start + settings.HEADER_LINES_AFTER_TITLE]
    return lines[: settings.HEADER_LINES_AFTER_TITLE]


def _is_byline_line(line: str) -> bool:
    """A short line made of date/source/author labels, e.g. '2023-10-31 08:30 来源：新华社'."""
    if len(line) > 60:
        return False
    has_label = any(label in line for label in _BYLINE_LABELS)
    # A story sentence that merely mentions 记者 ends like a sentence; a byline bar never does.
    if not has_label or any(ch in _SENTENCE_END for ch in line):
        return False
    return first_datetime([line], None) is not None or punctuation_count(line) <= 3
