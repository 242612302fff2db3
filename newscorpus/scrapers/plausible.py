"""Is a chosen body a story? Plausibility tests shared by the generic extractor and the site rules.

Density scoring picks the block with the most prose-like weight, and a block can win that race without
being a story: a list of links or URLs, a footer line with the address and phone number, a keyword-spam
block of thousands of characters, or a promo blurb beside a longer story. Each test here is a general
property of story text, not of one page; ``judge`` returns a verdict with a confidence the caller stores.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from newscorpus import settings
from newscorpus.scrapers.blocks import Line, Walk
from newscorpus.scrapers.boilerplate import is_notice
from newscorpus.scrapers.density import PARAGRAPH_TAGS as _PARAGRAPH_TAGS
from newscorpus.scrapers.feeds import Feeds
from newscorpus.scrapers.teasers import is_teaser_list
from newscorpus.scrapers.text import cjk_count, punctuation_count
from newscorpus.scrapers.topic import pairs_of, story_coverage
from newscorpus.scrapers.widgets import in_widget

# ASCII classes only: \w also matches Chinese, and a greedy run over a long paragraph backtracks quadratically.
_URL = re.compile(
    r"(?:https?://|www\.)[!-~]+|(?<![A-Za-z0-9.-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:cn|com|net|org)(?:/[!-~]*)?"
)
# Every URL or domain _URL finds contains one of these.
_URL_MARKS = ("//", "www.", ".cn", ".com", ".net", ".org")
# What footers and contact bars say: address, phone, post code, copyright, ICP registration; in traditional
# characters too (版權所有, 電話, 傳真: Taiwan's and Hong Kong's footers) and as TEL:/FAX:.
FOOTER = re.compile(
    r"地址[:：]|电话[:：]|邮编|传真|联系电话|联系我们|版权所有|copyright|©|ICP\s*备|备案号|公网安备|e-?mail[:：]|邮箱[:：]"
    r"|電話[:：]|傳真|聯絡電話|聯繫電話|聯絡我們|聯繫我們|版權所有|郵遞區號|\b(?:TEL|FAX)\s*[:：]",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[。！？!?]")


@dataclass(frozen=True)
class Verdict:
    plausible: bool
    confidence: float  # 0..1: how much the text looks like a story
    reason: str = ""  # the failed test, for debugging and the benchmark's failure list


def judge(lines: list[str], link_share: float = 0.0, longest_elsewhere: int = 0) -> Verdict:
    """Verdict on a body given as its lines, its share of link text and the page's longest prose elsewhere.

    ``longest_elsewhere`` is the length of the longest prose line on the page outside the body (0 when
    unknown, as for a site rule's body): a body far shorter than it is a side block, not the story.
    """
    text = "\n".join(lines)
    size = len(text)
    if not size:
        return Verdict(False, 0.0, "empty")
    if link_share > settings.PLAUSIBLE_MAX_LINK_SHARE:
        return Verdict(False, settings.IMPLAUSIBLE_CONFIDENCE, "links")
    if url_share(text) > settings.PLAUSIBLE_MAX_URL_SHARE:
        return Verdict(False, settings.IMPLAUSIBLE_CONFIDENCE, "urls")
    if size <= settings.FOOTER_MAX_CHARS and FOOTER.search(text):
        return Verdict(False, settings.IMPLAUSIBLE_CONFIDENCE, "footer")
    if is_keyword_spam(text):
        return Verdict(False, settings.IMPLAUSIBLE_CONFIDENCE, "spam")
    if longest_elsewhere and size < settings.PLAUSIBLE_MIN_SHARE_OF_LONGEST * longest_elsewhere:
        return Verdict(False, settings.IMPLAUSIBLE_CONFIDENCE, "short")
    return Verdict(True, _confidence(text, link_share))


def holds_sentence(lines: list[str]) -> bool:
    """Whether any line ends a sentence somewhere (。！？): a body of names, times and labels tells no story."""
    return any(_SENTENCE_END.search(line) for line in lines)


def url_share(text: str) -> float:
    """Share of the characters that belong to written-out URLs or domain names."""
    if not any(mark in text for mark in _URL_MARKS):
        return 0.0  # most stories: a few substring scans instead of the pattern at every character
    return sum(len(match) for match in _URL.findall(text)) / len(text)


def is_keyword_spam(text: str) -> bool:
    """Mostly long runs of words without punctuation or sentence ends: strung together for search engines.

    Judged line by line: a table of contents or a list of names is also unpunctuated, but in short lines.
    """
    spam = sum(len(line) for line in text.split("\n") if _unpunctuated_run(line))
    return spam > settings.SPAM_MAX_SHARE * len(text)


def _unpunctuated_run(line: str) -> bool:
    if len(line) < settings.SPAM_MIN_CJK_CHARS:
        return False  # cannot hold enough Chinese characters: skip counting them (most lines)
    chars = cjk_count(line)
    if chars < settings.SPAM_MIN_CJK_CHARS:
        return False
    if punctuation_count(line) < settings.SPAM_MIN_PUNCTUATION_PER_CJK * chars:
        return True
    return len(_SENTENCE_END.findall(line)) < settings.SPAM_MIN_SENTENCES_PER_CJK * chars


def _confidence(text: str, link_share: float) -> float:
    """High for long, punctuated, link-free prose; lower for short bodies or bodies with links."""
    length = min(1.0, len(text) / settings.CONFIDENT_BODY_CHARS)
    text = text[: settings.CONFIDENCE_SAMPLE_CHARS]  # the punctuation rate of the opening is the story's
    chars = cjk_count(text)
    # A story in another script is not judged by punctuation: the rate is a Chinese one.
    wanted = settings.CONFIDENT_PUNCTUATION_PER_CJK * chars
    punctuated = min(1.0, punctuation_count(text) / wanted) if chars else 1.0
    score = (settings.CONFIDENCE_FLOOR + (1 - settings.CONFIDENCE_FLOOR) * length * punctuated) * (1 - link_share)
    return round(max(settings.IMPLAUSIBLE_CONFIDENCE, min(1.0, score)), 3)


@dataclass(frozen=True)
class Choice:
    """The body the extractor settled on: its container, story lines and confidence."""

    index: int | None  # walk index of the container, None when the page has no prose at all
    lines: list[Line]  # every line under the container (the headline search starts above the first)
    story: list[str]  # the story paragraphs kept from those lines
    confidence: float
    rejected: tuple[str, ...] = ()  # the reasons candidates before it failed, in order


def choose_story(
    page: Walk, candidates: list[int], to_story: Callable[[list[Line]], list[str]], topic: str = ""
) -> Choice:
    """The first candidate whose story passes ``judge``; the best-ranked one when none does.

    The container of the page's longest prose line joins the candidates last: when every dense block is
    rejected for being far shorter than that line, the line's own block is the story. With a ``topic``
    (the headline <title> announces), a plausible body that shares almost none of its words gives way to
    a later plausible candidate that shares many: a help text or another story won the density race. A
    candidate that is mostly a recommendation feed (``feeds``) is passed over without counting as a rejection.
    """

    # Prose the story filter drops (a copyright notice, a caption) is no story elsewhere to measure against;
    # nor is prose in a box named as a widget (a blog's "about me" beside a short post).
    def kept(lines: list[Line]) -> list[str]:
        return [] if in_widget(page, lines[0].block) else to_story(lines)

    prose = _KeptProse(prose_lines(page), kept)
    longest = next(iter(prose), None)
    home = _container(page, longest) if longest else None
    if home is not None and home not in candidates:
        candidates = [*candidates, home]
    topic_pairs = pairs_of(topic)
    if len(topic_pairs) < settings.TOPIC_MIN_PAIRS:
        topic_pairs = set()
    reasons: list[str] = []
    first: Choice | None = None
    chosen: Choice | None = None
    feeds: Feeds | None = None  # built for the first candidate that passes judge: most pages need one
    fed: Choice | None = None  # the first feed passed over: the answer only when nothing else is left
    passed: list[int] = []  # candidates rejected or found off-topic
    for candidate in candidates:
        index = _past_passed(page, candidate, home, passed)
        choice, verdict = _try(page, index, to_story, prose)
        if verdict.plausible and in_widget(page, index):
            verdict = Verdict(False, settings.IMPLAUSIBLE_CONFIDENCE, "widget")
        if verdict.plausible and (feeds := feeds or Feeds(page)).passed_over(index):
            # Passed over, not rejected: a feed under a story is a plain story page, to be read as one.
            fed = fed or Choice(index, choice.lines, choice.story, settings.IMPLAUSIBLE_CONFIDENCE, ("feed",))
            continue
        if not verdict.plausible:
            # A rights or disclaimer box outweighs a short story in density, yet says nothing about the page:
            # passed over like a feed, so the story after it is still read as a plain story (siblings joined).
            if not _notice_box(choice.lines):
                reasons.append(verdict.reason)
            first = first or choice
            passed.append(index)
            continue
        # A story found past the blocks its wrapper holds is a plain story: no penalty, reshaped as one.
        found = () if index != candidate else tuple(reasons)
        penalty = settings.CONFIDENCE_PER_REJECTION ** len(found)
        choice = Choice(index, choice.lines, choice.story, round(verdict.confidence * penalty, 3), found)
        if not topic_pairs:
            return choice
        coverage = story_coverage(topic_pairs, choice.story)
        if chosen is None:
            if coverage >= settings.TOPIC_OFF_COVERAGE:
                return choice
            chosen = choice
            reasons.append("off-topic")
            passed.append(index)
        elif coverage >= settings.TOPIC_ON_COVERAGE:
            return choice
    return chosen or first or fed or Choice(None, [], [], 0.0)


def _past_passed(page: Walk, index: int, home: int | None, passed: list[int]) -> int:
    """A wrapper holding a block already passed over (a list of headlines beside a two-line flash) gives way
    to the container of the page's longest prose line inside it, when that lies outside every passed-over
    block: the wrapper is that story plus the furniture just rejected, and would bring the furniture back."""
    if home is None or home == index or not passed or not _holds(page, index, home):
        return index
    if any(_holds(page, index, block) for block in passed) and not any(_holds(page, block, home) for block in passed):
        return home
    return index


def _holds(page: Walk, outer: int, inner: int) -> bool:
    return outer <= inner < outer + page.size(outer)


def _try(
    page: Walk, index: int, to_story: Callable[[list[Line]], list[str]], prose: _KeptProse
) -> tuple[Choice, Verdict]:
    """One candidate's story and verdict (the choice carries the verdict's own confidence and reason)."""
    lines = page.lines_under(index)
    story = to_story(lines)
    end = index + page.size(index)
    elsewhere = next((len(line.text) for line in prose if not index <= line.start < end), 0)
    # Links are counted on the kept story lines: navigation beside a story in one table row is not the
    # story's fault (the story filter drops it), but a list whose lines survive it is a link list.
    kept = set(story)
    verdict = judge(story, _link_share([line for line in lines if line.text in kept]), elsewhere)
    if verdict.plausible and is_teaser_list(lines, kept):
        verdict = Verdict(False, settings.IMPLAUSIBLE_CONFIDENCE, "teasers")
    return Choice(index, lines, story, verdict.confidence, (verdict.reason,) if verdict.reason else ()), verdict


class _KeptProse:
    """The prose lines (longest first) that the story filter keeps, each tested only when a reader gets
    that far: readers stop at the first line, or the first outside a candidate, and the filter is a
    battery of regexes that a page's other few dozen prose lines never needed."""

    def __init__(self, lines: list[Line], to_story: Callable[[list[Line]], list[str]]) -> None:
        self._pending = iter(lines)
        self._to_story = to_story
        self._kept: list[Line] = []

    def __iter__(self) -> Iterator[Line]:
        index = 0
        while index < len(self._kept) or self._keep_next():
            yield self._kept[index]
            index += 1

    def _keep_next(self) -> bool:
        for line in self._pending:
            if self._to_story([line]):
                self._kept.append(line)
                return True
        return False


def prose_lines(page: Walk) -> list[Line]:
    """Lines that read as prose (long, punctuated, few links), longest first."""
    prose = [
        line
        for line in page.lines
        # The length test first: most lines are too short to be prose, and it is the cheapest.
        if len(line.text) >= settings.PROSE_LINE_MIN_CHARS
        and line.link_chars <= settings.MAX_LINK_SHARE_IN_PARAGRAPH * len(line.text)
        and is_prose_text(line.text)
    ]
    return sorted(prose, key=lambda line: len(line.text), reverse=True)


def is_prose_text(text: str) -> bool:
    """Long, with sentence punctuation, and not a keyword-spam run."""
    return (
        len(text) >= settings.PROSE_LINE_MIN_CHARS
        and _SENTENCE_END.search(text) is not None
        and not _unpunctuated_run(text)
    )


def _container(page: Walk, line: Line) -> int:
    """The element a line's paragraph belongs to, as density scoring credits it."""
    block = line.block
    return page.parent[block] if page.tags[block] in _PARAGRAPH_TAGS and page.parent[block] >= 0 else block


def _notice_box(lines: list[Line]) -> bool:
    """Whether most of a block's text is notices (著作权归…所有, 与本站立场无关): a box under the story."""
    if len(lines) > settings.NOTICE_BOX_MAX_LINES:
        return False  # a rejected link list or page wrapper: no need to read every line
    total = sum(len(line.text) for line in lines)
    notices = sum(len(line.text) for line in lines if is_notice(line.text))
    return notices > settings.NOTICE_BOX_MIN_SHARE * total


def _link_share(lines: list[Line]) -> float:
    total = sum([len(line.text) for line in lines])
    return sum([line.link_chars for line in lines]) / total if total else 0.0
