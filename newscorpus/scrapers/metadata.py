"""Publish time and byline fields from the lines around the headline: what the generic extractor and
every site rule fill in after the story is chosen (``generic.extract``, ``generic.fill_from_body``).

The header is the lines around the headline's last copy above the body; the story's first and last lines
and the body's raw closing lines carry credits too. A field a site rule already set is never replaced.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from newscorpus import settings
from newscorpus.models import Article
from newscorpus.scrapers.byline import filed_under, normalise_byline, parse_byline, story_credit
from newscorpus.scrapers.bylinebare import is_person
from newscorpus.scrapers.bylinebrand import site_channel, unlabelled_brand
from newscorpus.scrapers.bylinecredits import dispatch_outlet, signed_off
from newscorpus.scrapers.bylinelone import POSTER_LEADS, posted_by
from newscorpus.scrapers.bylineregion import meta_bars, story_opening, story_opening_lines
from newscorpus.scrapers.bylineunits import is_organisation
from newscorpus.scrapers.datelines import (
    copyright_year,
    edited_page,
    first_datetime,
    page_datetime,
    shown_datetime,
    shown_edit_time,
)
from newscorpus.scrapers.dates import china_time, is_date_only
from newscorpus.scrapers.datestamp import with_time_of_day
from newscorpus.scrapers.text import SENTENCE_END_CHARS, punctuation_count

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser

# What parts a meta bar: spaces (full-width too) and bars.
_BAR_PARTS = re.compile(r"[\s\u3000|｜]+")
# A line that is nothing but a date with a time of day: a post's or a blog entry's stamp.
_BARE_STAMP = re.compile(r"\s*\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}(:\d{2})?\s*$")
_BYLINE_LABELS = ("来源", "作者", "记者", "编辑", "发布时间", "时间：", "稿源", "浏览", "阅读", "点击", "日期", "发表")
_BYLINE_LABELS += ("來源", "記者", "編輯", "發布", "發佈", "發表")  # the same labels on HK/TW pages
# Any of them in a line, in one search (asked of every paragraph of every page).
_BYLINE_LABEL = re.compile("|".join(re.escape(label) for label in _BYLINE_LABELS))
# A writer's credit line of its own, with no label word of the list above: "文｜周以宁", "撰文/李四 图/王五",
# "周以宁｜文". Short, and nothing after the names: a sentence opening with 文 runs on past them.
_WRITER_CREDIT = re.compile(
    r"\s*(?:(?:撰文|文字|文图|图文|文/图|文)\s*[/／｜|:：]\s*[\u4e00-\u9fff·]{2,8}"
    r"(?:\s+(?:图|圖|摄影|攝影|图片|圖片)\s*[/／｜|:：]\s*[\u4e00-\u9fff·]{2,8})?"
    r"|[\u4e00-\u9fff·]{2,8}\s*[/／｜|]\s*(?:撰文|文))\s*$"
)


def fill_metadata(
    article: Article,
    header: list[str],
    page_texts: list[str] | None,
    url: str | None,
    fetched_at: str | None = None,
    tail: list[str] | None = None,
    captions: set[str] | None = None,
    credits: bool = True,
) -> None:
    """Publish time and byline fields the article still lacks, from the lines around the headline;
    ``captions`` (the lines under a picture) are never read for the story's credits. ``credits`` False:
    the time only (a caller that asked for no byline; the time never depends on the credits)."""
    edited = edited_page(page_texts or [])
    # A time the bar shows without its year takes the page's copyright year (the footer is among the page's lines).
    year = copyright_year(page_texts) if page_texts else None
    shown = shown_datetime(header, url, fetched_at, edited=edited, title=article.title, year=year)
    # Metadata and the headline's time name the same day, one with a time of day and one without: the
    # one with the time wins (date-only metadata drops the printed time; a page showing only a date takes
    # the metadata's time of that day). Both with a time: the metadata keeps the offset it states.
    # A time only an edit word labels (编辑于) is the last edit: the metadata's publish time stays.
    if (
        shown
        and article.published_at
        and _shown_wins(shown, article.published_at)
        and not shown_edit_time(header, url, fetched_at, article.title)
    ):
        article.published_at = shown
    if article.published_at is None:
        shown = with_time_of_day(shown, page_texts or [], url, fetched_at, edited)
        article.published_at = shown or (
            page_datetime(page_texts, url, fetched_at, edited=edited) if page_texts else None
        )
    elif shown is None and is_date_only(article.published_at):
        # The metadata's day alone (a JSON-LD datePublished without a time), nothing shown by the headline: a
        # stamp of that same day elsewhere (菜谱创建时间：… 19:42:10 under the recipe) gives its time of day.
        article.published_at = with_time_of_day(article.published_at, page_texts or [], url, fetched_at, edited)
    if not credits:
        return
    # The story's first and last lines carry credits too: "（记者 张三）", "文/李四", "来源：新浪体育".
    first = story_opening(article.paragraphs)
    # The opening is the first line past a bar the body starts with ("2021年…16:21 | 来源：…", "小字号", dateline).
    opening = story_opening_lines(article.paragraphs, first)  # past a photo's caption opening the story
    credited = header + opening + article.paragraphs[-3:] + (tail or [])
    # The headline is read for its time, never for credits: "《长夜渡》作者青衫落拓获…奖" names a book's writer.
    skipped = {*(captions or ()), *([article.title] if article.title else [])}
    byline = parse_byline([line for line in credited if line not in skipped], meta_bars(header, article.title, first))
    author = _people_over_unit(article.author, byline.author) or byline.author
    author = author or signed_off(article.paragraphs[-2:] + (tail or [])[-2:])  # "（蒋天）" closing the story
    closing = article.paragraphs[-3:] + (tail or [])
    article.author = _fuller(_closing_people_over_word(author, closing), [first, *article.paragraphs[-2:]])
    article.source = article.source or byline.source
    article.editor = article.editor or byline.editor
    if article.author and article.author == article.editor and _editor_signs_off(article.author, closing):
        article.author = None
    normalise_byline(article)


def outlet_past_brand(article: Article, header: list[str], brand: str, is_brand: Callable[[str], bool]) -> str | None:
    """The bar's next unlabelled outlet once the site's own name (``brand``, a part of its own beside the time)
    is no candidate: ``胶东在线　2010-11-05 08:36　烟台日报　记者 X`` names the site, then the paper the story came
    from. ``is_brand`` tells whether that one is the site's name too (潮新闻 beside 潮新闻客户端)."""
    bars = meta_bars(header, article.title, story_opening(article.paragraphs))
    kept = [" ".join(part for part in _BAR_PARTS.split(bar) if part != brand) for bar in bars]
    if kept == bars:
        return None  # the name is no part of its own (【明報專訊】): nothing else to read
    found = parse_byline(kept, kept).source
    return found if found and found != brand and not is_brand(found) else None


def _shelf_past_brand(
    article: Article, header: list[str], brand: str, tree: LexborHTMLParser, lines: list[str]
) -> str | None:
    """``outlet_past_brand``, less a section the page's breadcrumb files it under (``侨报网　湾区新闻`` over
    ``首页 > 湾区新闻``): the site's own shelf, named like an outlet, is no other outlet."""
    other = outlet_past_brand(article, header, brand, lambda name: unlabelled_brand(tree, name, lines))
    return None if other and filed_under(other, [*header, *lines]) else other


def _own_dispatch_only(source: str, bars: list[str], lines: list[str]) -> bool:
    """A line opens with the site's own dated dispatch tag (``dispatch_outlet``) and no bar beside the time names
    the site but by that tag."""
    if not any(dispatch_outlet(line) == source for line in lines):
        return False
    return not any(source in bar and dispatch_outlet(bar) != source for bar in bars)


def shown_source(article: Article, header: list[str], tree: LexborHTMLParser, lines: list[str]) -> str | None:
    """The article's source once the site's own name or channel is told apart in the bar: the site's own name
    beside the time published the story, so it stays the source, unless the bar names another outlet after it
    (``胶东在线　TIME　烟台日报``: where the story came from); a channel of the site names no outlet."""
    source = article.source
    if not source or not unlabelled_brand(tree, source, lines):
        return source
    first = story_opening(article.paragraphs)
    # A page with no story lines (a mutated or emptied page) has no opening line to read a tag from.
    if _own_dispatch_only(source, meta_bars(header, article.title, first), [*header, *([first] if first else [])]):
        return None  # "财联社5月19日讯（记者 X）" on cls: the site's own tag, as 本报讯 is (labelled pages: 6 of 6)
    other = _shelf_past_brand(article, header, source, tree, lines)
    return other or (None if site_channel(tree, source, lines) else source)


def _people_over_unit(author: str | None, credited: str | None) -> str | None:
    """A department a rule's author element names (WeChat's bar: 健康宣教科), or an account its card names
    (``财经观潮`` over its creator badge), gives way to the people the story's credit lines name (``文字：儿科 刘芳
    孙婧``, ``文 | 林小舟``): the unit or the account published, the people wrote (README "accounts")."""
    if not author or not credited or not all(is_person(name) for name in credited.split()):
        return author
    if is_organisation(author):
        return credited
    # An account: one word longer than most names that reads as none (a three-character name the surname table
    # misses, 周一凡, stays a person). A credited "name" inside it is the account misread ("丁香医生" -> "丁香").
    account = " " not in author and len(author) >= settings.BYLINE_MAX_PERSON_CHARS and not is_person(author)
    return credited if account and not any(name in author for name in credited.split()) else author


def _closing_people_over_word(author: str | None, closing: list[str]) -> str | None:
    """A 作者 value that names no person (a temple's 客堂, an office's word) gives way to the people the story's
    closing credit names (``（文：释常慧 图：普觉）``): the slot showed who posted it, the credit who wrote it."""
    if not author or all(is_person(name) for name in author.split()):
        return author  # most pages: a person, or no author at all; the closing lines are not read again
    credited = parse_byline(closing, ()).author
    return credited if credited and all(is_person(name) for name in credited.split()) else author


def _editor_signs_off(name: str, closing: list[str]) -> bool:
    """The story's closing bracket names the page's own 责任编辑 (``…掌声肯定。（郭旭）`` over ``【责任编辑：郭旭】``,
    china.com.cn): the editor's mark on the story, as a portal signs it, not a writer's sign-off."""
    return any(line.endswith((f"（{name}）", f"({name})")) for line in closing)


def _fuller(author: str | None, credit_lines: list[str | None]) -> str | None:
    """The story's opening or closing credit when it names the author found and more (a bar's ``作者：江跃中``
    over ``本报讯（记者 江跃中 实习生 周晨）``, ``作者：李佳`` over a closing ``（记者 李佳 通讯员 杨帆）``): the bar
    shows its lead writer, the credit all of them."""
    if not author:
        return author
    for line in credit_lines:
        credited = story_credit(line).author if line else None
        if credited and set(author.split()) < set(credited.split()):
            return credited
    return author


def _shown_wins(shown: str, meta: str) -> bool:
    """The time under the headline over the metadata's: never when the page shows only a date (the
    metadata's time of day is the publish time readers label); a
    date-only metadata (often an index date, a day off) drops the printed time; two times within a day
    that no zone offset explains (not a whole step of 30 minutes apart) are a later edit in the metadata.
    A whole-hour gap is the offset the metadata states (a Japanese page's 10:05 and 01:05Z), kept."""
    if is_date_only(shown):
        return False
    shown_at, meta_at = china_time(shown), china_time(meta)
    if shown_at is None or meta_at is None:
        return False
    gap = abs((shown_at - meta_at).total_seconds())
    if is_date_only(meta):
        return gap < settings.DATE_META_SHOWN_MAX_GAP_HOURS * 3600
    step = settings.DATE_OFFSET_STEP_MINUTES * 60
    off_step = min(gap % step, step - gap % step) >= 60  # seconds the metadata adds stay within a minute
    return off_step and gap < settings.DATE_META_SHOWN_MAX_GAP_HOURS * 3600


# A line holding a date and a time of day and nothing else (2019-05-13 07:59:29): a stamp, never a list's.
_STAMP_ALONE = re.compile(r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}(?::\d{2})?")


def lines_around_title(lines: list[str], title: str | None, body_at: int | None = None) -> list[str]:
    """The lines around the headline; with ``body_at`` (the body's first line), its last repeat above the body.

    Pages repeat the headline in breadcrumbs, hidden share widgets and <title>-like bars at the top; the
    byline sits under the copy just above the story.
    """
    start, end = header_span(lines, title, body_at)
    return lines[start:end]


def header_span(lines: list[str], title: str | None, body_at: int | None = None) -> tuple[int, int]:
    """Where ``lines_around_title`` reads: (start, end) indexes into ``lines``."""
    if title and body_at is not None and title in (above := lines[:body_at]):
        start = len(above) - 1 - above[::-1].index(title)
    elif title and title in lines:
        start = lines.index(title)
    else:
        return 0, min(len(lines), settings.HEADER_LINES_AFTER_TITLE)
    before = max(0, start - settings.HEADER_LINES_BEFORE_TITLE)
    if before and _STAMP_ALONE.fullmatch(lines[before - 1].strip()):
        before -= 1  # a bar above the headline read one field a line (time | 字号 | 来源 | 作者): its time too
    return before, min(len(lines), start + settings.HEADER_LINES_AFTER_TITLE)


def last_title_window(lines: list[str] | None, title: str | None) -> list[str]:
    """The lines after the headline's last occurrence (empty when it occurs once: the header has them)."""
    if not lines or not title or lines.count(title) < 2:
        return []
    last = len(lines) - 1 - lines[::-1].index(title)
    return lines[last + 1 : last + 1 + settings.HEADER_LINES_AFTER_TITLE]


def is_byline_line(line: str) -> bool:
    """A short line made of date/source/author labels, e.g. '2023-10-31 08:30 来源：新华社', or a bare
    time stamp (a signature's date, 2024年3月5日, has no time of day and stays). A theme's entry meta naming
    its poster (这篇文章由 X 发表于 …，分类于 技术。) is one at any length: a sentence about the post, not of it."""
    if line.startswith(POSTER_LEADS) and posted_by(line):
        return True
    if len(line) > 60:
        return False
    if _BARE_STAMP.match(line) or _WRITER_CREDIT.match(line):
        return True
    has_label = _BYLINE_LABEL.search(line) is not None
    # A story sentence that merely mentions 记者 ends like a sentence; a byline bar never does.
    if not has_label or any(ch in SENTENCE_END_CHARS for ch in line):
        return False
    return first_datetime([line], None) is not None or punctuation_count(line) <= 3
