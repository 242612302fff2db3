"""Containment: an abridged copy (first paragraphs, lead dropped, a 来源 line added) inside the full story.

Jaccard compares two bodies as wholes, so a copy holding a third of the story scores ~0.3 against it and
never clears the threshold. Containment is the share of the *shorter* body's shingles found in the longer
one: near 1 for any abridgement. It is exact (shingle sets of the two normalised bodies) and computed only
for a few candidates per placed article: its LSH-band neighbours that missed the Jaccard test, best first,
the articles filed under the same headline key (its normalised title, or the title a 原标题 line names) and
those naming the same 来源. The lists are capped (``DedupParams.containment_checks``, ``title_candidates``,
``source_candidates``), so the cost of placing an article does not grow with the corpus. Figures (digit
runs) must agree, on this edge and on the Jaccard edge, and shared common text (dedup/common.py) is left
out of both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newscorpus.dedup.common import Sentences, sentences
from newscorpus.dedup.params import DedupParams
from newscorpus.dedup.text import Normalizer, shingle_hashes

# "原标题：《...》" (or without the brackets) names the headline the story first ran under.
_ORIGINAL_TITLE = re.compile(r"原标题\s*[:：]\s*[《「“]?([^》」”\n]+)")
# Lines searched for a 原标题 line: reposts put it first or last.
_EDGE_LINES = 3

ShingleSet = frozenset[int]
# Figures in normalised text (letters and digits only): "3014.62点" reads "301462".
_DIGITS = re.compile(r"\d+")
# Source keys share the headline-key table; normalised text holds no ":", so they never meet a headline.
SOURCE_PREFIX = "source:"


def title_keys(title: str | None, body: str, normalise: Normalizer, params: DedupParams) -> tuple[str, ...]:
    """The headline keys an article is filed under: its own title and any 原标题 it names, normalised.

    Keys shorter than ``params.title_min_chars`` ("新闻", "快讯") say nothing about the story and are
    dropped.
    """
    lines = body.split("\n")
    named = [
        m.group(1) for line in (*lines[:_EDGE_LINES], *lines[-_EDGE_LINES:]) for m in _ORIGINAL_TITLE.finditer(line)
    ]
    keys = {normalise(text) for text in (title or "", *named)}
    return tuple(sorted(key for key in keys if len(key) >= params.title_min_chars))


def source_keys(source: str | None, normalise: Normalizer, params: DedupParams) -> tuple[str, ...]:
    """The key an article is filed under for the 来源 it names, if it names one worth a lookup."""
    key = normalise(source or "")
    return (SOURCE_PREFIX + key,) if len(key) >= params.source_min_chars else ()


def is_source_key(key: str) -> bool:
    return key.startswith(SOURCE_PREFIX)


@dataclass(frozen=True)
class BodyPrint:
    """What containment compares: a body's distinct shingles and the figures (digit runs) it reports.
    ``chars``: normalised length (containment skips short bodies; the figures test applies to all)."""

    shingles: ShingleSet
    figures: frozenset[str]
    chars: int


def body_print(normalised: str, params: DedupParams) -> BodyPrint:
    shingles = frozenset(shingle_hashes(normalised, params.containment_shingle_chars))
    return BodyPrint(shingles, frozenset(_DIGITS.findall(normalised)), len(normalised))


def containment(a: BodyPrint, b: BodyPrint, common: ShingleSet = frozenset()) -> float:
    """Share of the smaller shingle set found in the larger, shared ``common`` shingles (dedup/common.py)
    left out of both counts. Only shared ones: leaving out common text the two do not share would raise
    the share of what is left, and common text must only ever take evidence away."""
    small, large = (a.shingles, b.shingles) if len(a.shingles) <= len(b.shingles) else (b.shingles, a.shingles)
    shared = small & large
    discount = len(shared & common) if common else 0
    rest = len(small) - discount
    return (len(shared) - discount) / rest if rest > 0 else 0.0


def similar_beyond_common(a: BodyPrint, b: BodyPrint, common: ShingleSet, params: DedupParams) -> bool:
    """The Jaccard edge once shared common text is left out: true when the pair shares none (the MinHash
    test stands), else the exact Jaccard of the rest must still clear the threshold. Like containment's
    discount, it only takes evidence away."""
    shared = a.shingles & b.shingles
    discount = len(shared & common) if common else 0
    if not discount:
        return True
    rest = len(a.shingles | b.shingles) - discount
    return rest > 0 and (len(shared) - discount) / rest >= params.threshold


def figure_share(a: BodyPrint, b: BodyPrint, params: DedupParams) -> float:
    """Share of the shorter body's figures found in the longer; 1.0 when it gives too few to tell.

    A copy reports the story's own figures; a templated report (a market close, a match, a traffic
    report, a lottery draw) or a company's next press release repeats the words around other figures."""
    small, large = (a, b) if len(a.shingles) <= len(b.shingles) else (b, a)
    if len(small.figures) < params.containment_min_figures:
        return 1.0
    return len(small.figures & large.figures) / len(small.figures)


def figures_agree(a: BodyPrint, b: BodyPrint, params: DedupParams) -> bool:
    """The containment edge's figures test."""
    return figure_share(a, b, params) >= params.containment_figure_share


def contained(a: BodyPrint, b: BodyPrint, params: DedupParams, common: ShingleSet = frozenset()) -> bool:
    """The containment edge: both long enough, the shorter in the longer at the threshold once common
    text is left out, same figures."""
    if min(a.chars, b.chars) < params.containment_min_chars:
        return False
    return containment(a, b, common) >= params.containment_threshold and figures_agree(a, b, params)


class BodyShingles:
    """Shingle sets of stored bodies, read and normalised at most once per placement or split."""

    def __init__(self, read_body: Callable[[int], str], normalise: Normalizer, params: DedupParams) -> None:
        self._read_body = read_body
        self._normalise = normalise
        self._params = params
        self._prints: dict[int, BodyPrint] = {}
        self._sentences: dict[int, Sentences] = {}

    def of(self, article_id: int) -> BodyPrint:
        if article_id not in self._prints:
            self._prints[article_id] = body_print(self._normalise(self._read_body(article_id)), self._params)
        return self._prints[article_id]

    def know_sentences(self, article_id: int, found: Sentences) -> None:
        """The sentences of a body in hand (its sketch), so they are not read back."""
        self._sentences[article_id] = found

    def sentences(self, article_id: int) -> Sentences:
        if article_id not in self._sentences:
            self._sentences[article_id] = sentences(self._read_body(article_id), self._normalise, self._params)
        return self._sentences[article_id]

    def contained(self, a: int, b: int, common: ShingleSet = frozenset()) -> bool:
        return contained(self.of(a), self.of(b), self._params, common)

    def near(self, a: int, b: int, common: ShingleSet) -> bool:
        """What the Jaccard edge checks beyond the signatures: the figures, and similarity without common text."""
        return self.same_figures(a, b) and similar_beyond_common(self.of(a), self.of(b), common, self._params)

    def same_figures(self, a: int, b: int) -> bool:
        """The Jaccard edge's figures test (bodies that clear Jaccard but report other figures)."""
        share = self._params.jaccard_figure_share
        return share <= 0 or figure_share(self.of(a), self.of(b), self._params) >= share


def components(ids: Sequence[int], linked: Callable[[int, int], bool]) -> list[list[int]]:
    """Connected groups of ``ids`` under ``linked``, tested only between members not already joined (so
    the costly containment test runs on few pairs of a cluster held together by hashes and Jaccard)."""
    parent = {node: node for node in ids}

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if root(a) != root(b) and linked(a, b):
                parent[root(a)] = root(b)
    groups: dict[int, list[int]] = {}
    for node in ids:
        groups.setdefault(root(node), []).append(node)
    return list(groups.values())
