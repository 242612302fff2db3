"""Whether text is about the headline, without a segmenter: the headline's adjacent Chinese character
pairs, and how many of them a story or a line holds (the story choice, the sibling join, the rule fallback)."""

from __future__ import annotations

import re
from itertools import pairwise

from newscorpus import settings

_CJK = re.compile(r"[\u3400-\u9fff]")


def on_topic(topic: str | None, story: list[str]) -> bool:
    """Whether a story holds most of the headline's character pairs (True when the headline is too short)."""
    pairs = pairs_of(topic or "")
    return len(pairs) < settings.TOPIC_MIN_PAIRS or coverage(pairs, story) >= settings.TOPIC_ON_COVERAGE


def off_topic(topic: str | None, story: list[str]) -> bool:
    """Whether a story holds almost none of the headline's character pairs (False when the headline is short)."""
    pairs = pairs_of(topic or "")
    return len(pairs) >= settings.TOPIC_MIN_PAIRS and coverage(pairs, story) < settings.TOPIC_OFF_COVERAGE


def headline_pairs(topic: str | None) -> set[str]:
    """The headline's character pairs, empty when it is too short to say what the story is about."""
    pairs = pairs_of(topic or "")
    return pairs if len(pairs) >= settings.TOPIC_MIN_PAIRS else set()


def pairs_of(text: str) -> set[str]:
    """Adjacent Chinese character pairs: the words of a headline without a segmenter."""
    chars = _CJK.findall(text)
    return {a + b for a, b in pairwise(chars)}


def coverage(pairs: set[str], story: list[str]) -> float:
    # A substring search per headline pair: a few dozen C scans, not a set of every pair of the story.
    text = "\n".join(story)
    return sum(pair in text for pair in pairs) / len(pairs)


def story_coverage(pairs: set[str], story: list[str]) -> float:
    """Coverage by the lines that are not the headline itself: the title block repeats the headline
    (with a date or 正在阅读：), and a block that only repeats it says nothing about the story."""
    return coverage(pairs, [line for line in story if not repeats_headline(pairs, line)])


def repeats_headline(pairs: set[str], line: str) -> bool:
    """Whether most of a line's character pairs are the headline's (a long story line never is)."""
    if len(line) > settings.TITLE_MAX_CHARS or len(line) > len(pairs) / settings.TOPIC_ON_COVERAGE + 1:
        return False  # more than twice the headline's pairs: cannot be mostly the headline (no regex needed)
    own = pairs_of(line)
    return bool(own) and len(own & pairs) >= settings.TOPIC_ON_COVERAGE * len(own)
