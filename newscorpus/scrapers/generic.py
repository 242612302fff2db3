"""The generic extractor: story and related list from any news page, with no site knowledge.

One DOM walk (``blocks.walk``) gives every line with its container and link share; the body is the
container with the densest Chinese prose that passes the plausibility tests (``density``, ``plausible``),
joined with the sibling blocks that continue it and cleared of nested asides (``siblings``), tool bars and
promo tails (``boilerplate``); headline, publish time and byline come from the page metadata checked
against the lines just above the body.
"""

from __future__ import annotations

from bisect import bisect_left

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newscorpus import settings
from newscorpus.models import Article
from newscorpus.options import FULL, ExtractOptions
from newscorpus.scrapers import pager
from newscorpus.scrapers.asides import without_asides
from newscorpus.scrapers.blocks import SKIP_TAGS, Line, Walk, walk
from newscorpus.scrapers.boilerplate import (
    cut_signature,
    drop_teaser_copies,
    is_furniture,
    trim_promo_tail,
    without_marks,
)
from newscorpus.scrapers.byline import account_as_author
from newscorpus.scrapers.bylinebar import header_texts, list_starts
from newscorpus.scrapers.bylinebrand import without_menu_labels
from newscorpus.scrapers.bylineregion import self_media_notice
from newscorpus.scrapers.bylinetail import credit_reach, editor_line, fact_box_author, photo_sentence
from newscorpus.scrapers.comments import cut_comments
from newscorpus.scrapers.datelines import copyright_year, edited_page, shown_datetime
from newscorpus.scrapers.datemeta import (
    published_from_metadata,
    relative_tooltip_time,
    titled_time,
)
from newscorpus.scrapers.daterelative import holds_relative
from newscorpus.scrapers.dates import is_date_only
from newscorpus.scrapers.datestamp import scripted_time
from newscorpus.scrapers.density import rank_bodies
from newscorpus.scrapers.genericcredits import read_credits
from newscorpus.scrapers.lede import lede_above
from newscorpus.scrapers.metadata import (
    fill_metadata,
    header_span,
    is_byline_line,
    last_title_window,
    shown_source,
)
from newscorpus.scrapers.plausible import choose_story
from newscorpus.scrapers.posts import first_post
from newscorpus.scrapers.qanda import answer_card, best_answer
from newscorpus.scrapers.relatedlists import find_related
from newscorpus.scrapers.siblings import join_siblings
from newscorpus.scrapers.storytext import paragraphs_of
from newscorpus.scrapers.titles import find_title, headline_of, title_references, topic_of

NAME = "generic"
VERSION = 63

__all__ = ["extract", "fill_from_body", "find_published", "find_title", "strip_unreadable"]


def extract(
    tree: LexborHTMLParser,
    url: str | None,
    *,
    fetched_at: str | None = None,
    options: ExtractOptions = FULL,
    lists: bool = True,
) -> Article:
    """Run every generic step on a freshly parsed tree (the tree is modified).

    ``fetched_at`` (ISO 8601) resolves relative times such as 6小时前; without it they stay unresolved.
    ``options``: a field turned off is left empty and its readers skipped, every other field unchanged.
    ``lists`` False: no related list is looked for, nothing leaves the tree before the walk (a retry).
    """
    article = Article(url=url, site=NAME, parser=NAME, parser_version=VERSION)
    article.published_at = find_published(tree, url)
    references = title_references(tree)
    # Run with the list off too: its blocks leave the tree before the walk, and the body depends on that.
    related = find_related(tree, url, wanted=options.related) if lists else []
    article.related = related if options.related else []
    # No strip_unreadable here: the walk skips script/style text itself, and scripts may still hold a date.
    # A fragment stored without <body> still gets one from the HTML parser; the root is the last resort.
    root = tree.body if tree.body is not None else tree.root
    page = walk(root) if root is not None else Walk()
    # The headline is not known before the body, so the story filter runs without it here; the title
    # line is dropped from the paragraphs below once it is known.
    ranked = rank_bodies(page, settings.PLAUSIBLE_CANDIDATES)
    topic = topic_of(references, frozenset(line.text for line in page.lines))
    choice = choose_story(page, ranked, lambda ls: paragraphs_of(ls, None), topic)
    article.confidence = choice.confidence
    body_node = page.nodes[choice.index] if choice.index is not None else None
    # A page with no story (a channel list) has no story part to follow: its pager is the list's.
    article.next_page_url = pager.next_page_url(tree, url, body_node) if body_node is not None else None
    # The title is the heading's words; the byline search starts from the line it was read from.
    headline = headline_of(tree, page, choice.lines, references)
    article.title, shown = (headline.text, headline.line) if headline else (None, None)
    story, lines = choice.story, choice.lines
    if choice.index is not None:
        container, lines = choice.index, choice.lines
        # Only a body that passed first time is reshaped: after rejections the page is not a plain story.
        post = None if choice.rejected else first_post(page, choice.index, lambda ls: paragraphs_of(ls, None))
        if post is not None:
            container = _densest_within(page, ranked, post)
            lines = page.lines_under(container)
        elif not choice.rejected:
            lines = join_siblings(page, choice.index, lambda ls: paragraphs_of(ls, None), topic)
        if not choice.rejected:
            lines = lede_above(page, lines, article.title, lambda ls: paragraphs_of(ls, None))
        # The readers' section under the story: in a fragment's one wrapper, or a footer the join read on into.
        story = paragraphs_of(cut_comments(cut_signature(without_asides(page, container, lines))), None)
    # Tool bars and calls to action are tested on the final story only: they never decide the choice.
    story = [without_marks(line) for line in story if not is_furniture(line)]
    article.paragraphs = [line for line in story if line not in (article.title, shown)]
    page_texts = [line.text for line in page.lines]
    # Lines are in walk order, so the body's first line is found by its start index.
    body_at = bisect_left(page.starts, choice.lines[0].start) if choice.lines else None
    # The bar's elements read apart: "<em>新华社</em><em>张三</em>" is two fields, not "新华社张三".
    start, end = header_span(page_texts, shown, body_at)
    # A short page's window runs past the story into lists crediting other stories ("文/王芳"): cut it.
    story_end = bisect_left(page.starts, lines[-1].start) + 1 if lines else 0
    # The lines past the story end where a list's first card does ("<a>标题</a> 来源：新华社" is the card's).
    past = list_starts(page.lines, story_end, credit_reach(page_texts, story_end, settings.BYLINE_LINES_AFTER_STORY))
    if story_end > start and end > story_end:
        # The window runs past the story: up to where its credits end, no further, and no shorter (a credit
        # table's label cell inside the window, its value cell past it).
        end = min(past, len(page_texts))
    header = without_menu_labels(tree, header_texts(page, start, end, body_at, shown))
    if edited := edited_page(page_texts):
        # An encyclopedia entry: its metadata dates the entry's creation, not a publication.
        article.published_at = None
    # Credits two lines past the story ("posted @ 2017-03-12 10:23 陈小默"), where the header's window,
    # counted from the headline, ends before a long story does.
    below = page_texts[max(story_end, end) : past]
    # A picture between the headline and the story: its caption's agency took the photo ("…（路透社）").
    pictured = {line.text for line in page.lines[start:end] if line.image_before and photo_sentence(line.text)}
    _fill(article, header, page_texts, choice.lines, url, fetched_at, below, pictured, options.bylines)
    if article.published_at and is_date_only(article.published_at) and not edited:
        # A date shown alone may state its time of day in its own title (the convention of _shown_wins).
        article.published_at = titled_time(tree, article.published_at) or article.published_at
    if fetched_at and not edited and holds_relative("\n".join(page_texts)):
        # A relative time's own tooltip gives the stamp its words round off (3天前 over 2024-05-15 08:30).
        article.published_at = relative_tooltip_time(tree, article.published_at, fetched_at) or article.published_at
    if options.bylines:
        read_credits(tree, article, page, header, (start, end), shown, body_at, choice.index, url)
    if (answer := best_answer(tree, page_texts)) is not None:
        # A Q&A page: the best answer's stamp and answerer, not the question's.
        article.published_at = answer.published_at or article.published_at
        article.author = answer.answerer if options.bylines else article.author
        # The story is the answer: the question's words above it (its description) are no part of it.
        article.paragraphs = [line for line in article.paragraphs if answer.holds(line)] or article.paragraphs
    elif options.bylines and article.author is None:
        article.author = answer_card(tree, page_texts)  # a health Q&A's first answer, its doctor's card
    # After the byline was read: the credits in the promo tail may name the source or editor.
    article.paragraphs = drop_teaser_copies(trim_promo_tail(article.paragraphs))
    if article.published_at is None and not edited:
        article.published_at = scripted_time(tree, header)
    return article


def _densest_within(page: Walk, ranked: list[int], post: int) -> int:
    """The best-ranked container inside a thread's first post (its text, not the poster's card), else the post."""
    end = post + page.size(post)
    inside = [index for index in ranked if post <= index < end]
    if not inside:
        inside = [index for index in rank_bodies(page, len(page.tags)) if post <= index < end]
    return inside[0] if inside else post


def fill_from_body(
    article: Article,
    tree: LexborHTMLParser,
    body: LexborNode | None,
    url: str | None,
    header: list[str] | None = None,
    tail: list[str] | None = None,
    captions: set[str] | None = None,
) -> None:
    """Fill whatever a site rule left empty from the chosen body node and the lines around the title.

    A site rule that already holds its byline lines passes them as ``header``: that skips walking the
    whole page, the most expensive step of a rule parse. ``tail``: the body's raw closing lines, where
    credits the story filter drops stand ("（责任编辑：王五）").
    """
    page_texts: list[str] | None = None
    if header is None:
        page = walk(tree.body) if tree.body is not None else Walk()
        page_texts = [line.text for line in page.lines]
        # The bar's elements read apart, as the generic path reads them ("来源：X网</span><a>评论</a>").
        header = header_texts(page, *header_span(page_texts, article.title), None, article.title)
    if not article.paragraphs and body is not None:
        article.paragraphs = paragraphs_of(walk(body).lines, article.title)
    had_source = article.source is not None
    fill_metadata(article, header, page_texts, url, tail=tail, captions=captions)
    if article.published_at is None:
        # A template showing the time without its year (发布时间：05-12 10:31) keeps the full one in state, or
        # only the day there: the line gives the time of day.
        article.published_at = scripted_time(tree, header)
    if article.published_at is None and page_texts is None:
        article.published_at = _copyright_dated(tree, header, url, article.title)
    if not had_source:
        article.source = shown_source(article, header, tree, header + (tail or []))


def _copyright_dated(tree: LexborHTMLParser, header: list[str], url: str | None, title: str | None) -> str | None:
    """A rule's bar alone was read: the footer's copyright year dates a time it shows without its year. The body's
    text is read as one piece: inline scripts after the footer would push it out of a window of lines."""
    year = copyright_year([tree.body.text(separator="\n")]) if tree.body is not None else None
    return shown_datetime(header, url, title=title, year=year) if year else None


def _fill(
    article: Article,
    header: list[str],
    page_texts: list[str] | None,
    body_lines: list[Line],
    url: str | None,
    fetched_at: str | None = None,
    below: list[str] | None = None,
    pictured: set[str] | None = None,
    credits: bool = True,
) -> None:
    if not article.paragraphs:
        article.paragraphs = paragraphs_of(body_lines, article.title)
    # Byline-only lines: the body's raw closing lines ("【编辑：姚昊】" is boilerplate to the story filter)
    # and the lines under the headline's last copy, when a menu or share title repeats it higher up.
    tail = [line.text for line in body_lines[-settings.BYLINE_TAIL_LINES :]]
    # A short sentence right under a picture credits the picture ("总统在白宫讲话。（路透社）"), not the
    # story; a credit line there ("文/李四", "（记者 张三）") or a long dateline paragraph still counts.
    captions = {line.text for line in body_lines if line.image_before and photo_sentence(line.text)}
    captions |= pictured or set()
    tail = last_title_window(page_texts, article.title) + tail + (below or [])
    fill_metadata(article, header, page_texts, url, fetched_at, tail=tail, captions=captions, credits=credits)
    if credits and article.editor is None:
        article.editor = editor_line(page_texts or [])
    if credits and article.author is None:
        article.author = fact_box_author(page_texts or [])
    if credits and article.author is None and self_media_notice(page_texts or []):
        # A platform's notice: the account the byline names is the author, unless an outlet runs it.
        account_as_author(article, keep_outlets=True)
    article.paragraphs = [p for p in article.paragraphs if not is_byline_line(p)]


def strip_unreadable(tree: LexborHTMLParser) -> None:
    tree.strip_tags([t for t in SKIP_TAGS if not t.startswith("-") and t not in ("head", "title")])


def find_published(tree: LexborHTMLParser, url: str | None) -> str | None:
    """Publish time from meta tags, JSON-LD or <time datetime>; visible dates are read later."""
    return published_from_metadata(tree)
