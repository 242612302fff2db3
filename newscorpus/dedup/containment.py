"""Containment: an abridged copy (first paragraphs, lead dropped, a 来源 line added) inside the full story.

Jaccard compares two bodies as wholes, so a copy holding a third of the story scores ~0.3 against it and
never clears the threshold. Containment is the share of the *shorter* body's shingles found in the longer
one: near 1 for any abridgement. It is exact (shingle sets of the two normalised bodies) and computed only
for a few candidates per placed article: its LSH-band neighbours that missed the Jaccard test, best first,
and the articles filed under the same headline key (its normalised title, or the title a 原标题 line
names). Both lists are capped (``DedupParams.containment_checks``, ``title_candidates``), so the cost of
placing an article does not grow with the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newscorpus.dedup.params import DedupParams
from newscorpus.dedup.text import Normalizer, shingle_hashes

# "原标题：《...》" (or without the brackets) names the headline the story first ran under.
_ORIGINAL_TITLE = re.compile(r"原标题\s*[:：]\s*[《「“]?([^》」”\n]+)")
# Lines searched for a 原标题 line: reposts put it first or last.
_EDGE_LINES = 3

ShingleSet = frozenset[int]


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


def shingle_set(normalised: str, params: DedupParams) -> ShingleSet | None:
    """The body's distinct shingles, or None when it is too short for containment to mean anything."""
    if len(normalised) < params.containment_min_chars:
        return None
    return frozenset(shingle_hashes(normalised, params.containment_shingle_chars))


def containment(a: ShingleSet, b: ShingleSet) -> float:
    """Share of the smaller set found in the larger."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small) if small else 0.0


class BodyShingles:
    """Shingle sets of stored bodies, read and normalised at most once per placement or split."""

    def __init__(self, read_body: Callable[[int], str], normalise: Normalizer, params: DedupParams) -> None:
        self._read_body = read_body
        self._normalise = normalise
        self._params = params
        self._sets: dict[int, ShingleSet | None] = {}

    def of(self, article_id: int) -> ShingleSet | None:
        if article_id not in self._sets:
            self._sets[article_id] = shingle_set(self._normalise(self._read_body(article_id)), self._params)
        return self._sets[article_id]

    def contained(self, a: int, b: int) -> bool:
        """The containment edge: the shorter body, long enough, lies in the longer at the threshold."""
        first, second = self.of(a), self.of(b)
        if first is None or second is None:
            return False
        return containment(first, second) >= self._params.containment_threshold


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
