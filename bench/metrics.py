"""Accuracy measures shared by the benchmarks and the golden tests."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# Each CJK character is a token; runs of Latin letters/digits are one token each; punctuation is ignored.
_TOKEN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[A-Za-z0-9]+")


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text or ""))


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def bag_of_tokens(predicted: str, expected: str) -> Score:
    """Precision/recall of the predicted body's tokens against the expected body's (multiset overlap)."""
    got, want = tokens(predicted), tokens(expected)
    overlap = sum((got & want).values())
    if not got and not want:
        return Score(1.0, 1.0)
    precision = overlap / sum(got.values()) if got else 0.0
    recall = overlap / sum(want.values()) if want else 0.0
    return Score(precision, recall)
