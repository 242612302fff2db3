"""Body text as the deduplicator sees it: normalised characters, their hash, and hashed shingles."""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np
import opencc

# Only letters and digits carry the story; punctuation, spaces and symbols differ between reposts.
_KEPT_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lo", "Lm", "Nd", "Nl", "No"})
# The same characters as a regex: re's word class is letters, digits, numerics and "_", which is exactly
# the categories above plus "_" in Python's Unicode database (tests/test_dedup.py checks every code
# point). Normalised text is stored as hashes and MinHash values, so the two must never differ; the
# regex runs in C where testing each character's category in Python took a third of the sketch.
_KEPT_RUNS = re.compile(r"[^\W_]+")
# An odd multiplier keeps the polynomial shingle hash a bijection per step modulo 2^64.
_SHINGLE_MULTIPLIER = np.uint64(0x100000001B3)


class Normalizer:
    """NFKC (full/half-width), traditional->simplified, lower case, letters and digits only.

    Holds the OpenCC converter, so build one per run and reuse it.
    """

    def __init__(self) -> None:
        self._t2s = opencc.OpenCC("t2s")

    def __call__(self, text: str) -> str:
        return keep_letters_digits(self.fold(text))

    def fold(self, text: str) -> str:
        """Width, script and case folded, punctuation still in place (sentence ends are found in this)."""
        return self._t2s.convert(unicodedata.normalize("NFKC", text)).lower()


def keep_letters_digits(folded: str) -> str:
    return "".join(_KEPT_RUNS.findall(folded))


def body_hash(normalised: str) -> str:
    return hashlib.sha1(normalised.encode()).hexdigest()


def shingle_hashes(normalised: str, size: int) -> list[int]:
    """32-bit hashes of every ``size``-character shingle (a single one for shorter text).

    Vectorised over code points: hashing each shingle with sha1 in Python costs more than the
    MinHash permutations themselves. Deterministic, so signatures persist across runs.
    """
    points = np.frombuffer(normalised.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    count = max(len(points) - size + 1, 1)
    size = min(size, len(points))
    hashes = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(size):
            hashes = hashes * _SHINGLE_MULTIPLIER + points[offset : offset + count]
    folded = (hashes ^ (hashes >> np.uint64(32))) & np.uint64(0xFFFFFFFF)
    return folded.tolist()
