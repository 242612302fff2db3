"""Common text: sentences many different stories carry (templates, about-us paragraphs, portal footers).

A daily traffic report without its figures, or a company's press release with a short lead, is mostly
sentences every other report or release of that desk repeats: containment finds it "inside" each of them.
Those sentences say nothing about which story an article is. Dedup counts, per sentence, how many
clusters were *founded* by an article holding it (an article that joined no existing cluster): a story's
own sentences are counted once however often it is reposted (its copies join its cluster), a template's
once per story poured into it. When an article is placed, its sentences held by at least
``common_clusters`` clusters are left out of the containment test.

The counts live in a bounded table of ``common_slots`` counters keyed by the sentence hash (collisions
only add counts, like a count-min row), updated when a placed article founds a cluster: one indexed
lookup and, for founders, one upsert per sentence, whatever the corpus size. They depend on arrival order
(a template is not common until a few of its stories are in), and a rebuild in id order gives the same
counts as the placements did.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping

import sqlite_utils

from newscorpus.dedup.params import DedupParams
from newscorpus.dedup.text import Normalizer, keep_letters_digits, shingle_hashes

# Sentence ends, after NFKC (so full-width "．" is "."). A decimal point splits too, the same way in
# every copy of the text, so the pieces still match across reposts.
_ENDS = re.compile(r"[。！？!?；;.\n]")

Sentences = dict[int, str]  # slot -> normalised sentence


def sentences(body: str, normalise: Normalizer, params: DedupParams) -> Sentences:
    """The body's sentences of at least ``common_min_chars`` normalised characters, by slot."""
    found: Sentences = {}
    # One fold of the whole body (OpenCC per sentence would cost more than the rest of placing it).
    for piece in _ENDS.split(normalise.fold(body)):
        text = keep_letters_digits(piece)
        if len(text) >= params.common_min_chars:
            found.setdefault(slot(text, params), text)
    return found


def slot(text: str, params: DedupParams) -> int:
    digest = hashlib.blake2b(text.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little") % params.common_slots


def common_shingles(found: Sentences, counts: Mapping[int, int], params: DedupParams) -> frozenset[int]:
    """Containment shingles of the sentences held by ``common_clusters`` clusters or more."""
    if params.common_clusters <= 0:
        return frozenset()
    common = [text for key, text in found.items() if counts.get(key, 0) >= params.common_clusters]
    return frozenset(h for text in common for h in shingle_hashes(text, params.containment_shingle_chars))


class SentenceCounts:
    """The per-slot cluster counts in corpus.db (table dedup_common); runs in the caller's transaction."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._execute = db.execute
        self._executemany = db.conn.executemany

    def of(self, slots: Iterable[int]) -> dict[int, int]:
        wanted = list(slots)
        if not wanted:
            return {}
        values = ", ".join("(?)" for _ in wanted)
        rows = self._execute(
            f"WITH probe (slot) AS (VALUES {values})"
            " SELECT c.slot, c.clusters FROM probe JOIN dedup_common c ON c.slot = probe.slot",
            wanted,
        ).fetchall()
        return dict(rows)

    def add(self, slots: Iterable[int]) -> None:
        self._executemany(
            "INSERT INTO dedup_common (slot, clusters) VALUES (?, 1)"
            " ON CONFLICT (slot) DO UPDATE SET clusters = clusters + 1",
            [(s,) for s in slots],
        )

    def clear(self) -> None:
        self._execute("DELETE FROM dedup_common")
