"""Common text: sentences many different stories carry (templates, about-us paragraphs, portal footers).

A daily traffic report without its figures, or a company's press release with a short lead, is mostly
sentences every other report or release of that desk repeats: containment finds it "inside" each of them.
Those sentences say nothing about which story an article is. Dedup counts, per sentence, how many
clusters were *founded* by an article holding it (an article that joined no existing cluster): a story's
own sentences are counted once however often it is reposted (its copies join its cluster), a template's
once per story poured into it. When an article is placed, its sentences held by at least
``common_clusters`` clusters are left out of the Jaccard and containment tests.

The counts live in a bounded table of ``common_slots`` slots, each holding one sentence digest and its
count, kept as a heavy-hitters summary (Misra-Gries per slot): a founder's sentence adds one to its slot
when the slot holds that sentence, takes an empty or spent slot (count 1) over, or else wears the holder
down by one. Frequent sentences (boilerplate) stay; a story's once-seen sentences are worn out; a count
is never another sentence's (a plain count-min row would saturate: every sentence "common" once the
corpus holds a few times ``common_slots`` sentences). One indexed lookup and, for founders, one upsert per
sentence, in a table of fixed size that stays in SQLite's page cache, whatever the corpus size. Counts
depend on arrival order (a template is not common until a few of its stories are in), and a rebuild in id
order gives the same counts as the placements did.
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

Sentences = dict[int, str]  # 64-bit digest -> normalised sentence


def sentences(body: str, normalise: Normalizer, params: DedupParams) -> Sentences:
    """The body's sentences of at least ``common_min_chars`` normalised characters, by digest."""
    # One fold of the whole body (OpenCC per sentence would cost more than the rest of placing it).
    return folded_sentences(normalise.fold(body), params)


def folded_sentences(folded: str, params: DedupParams) -> Sentences:
    """``sentences`` of a body already folded (``Normalizer.fold``), as the sketch has it."""
    found: Sentences = {}
    for piece in _ENDS.split(folded):
        text = keep_letters_digits(piece)
        if len(text) >= params.common_min_chars:
            found.setdefault(digest(text), text)
    return found


def digest(text: str) -> int:
    """A signed 64-bit digest: an SQLite INTEGER."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little", signed=True)


def common_shingles(found: Sentences, counts: Mapping[int, int], params: DedupParams) -> frozenset[int]:
    """Containment shingles of the sentences held by ``common_clusters`` clusters or more."""
    if params.common_clusters <= 0:
        return frozenset()
    common = [text for key, text in found.items() if counts.get(key, 0) >= params.common_clusters]
    return frozenset(h for text in common for h in shingle_hashes(text, params.containment_shingle_chars))


class SentenceCounts:
    """The heavy-hitter slots in corpus.db (table dedup_common); runs in the caller's transaction."""

    def __init__(self, db: sqlite_utils.Database, params: DedupParams) -> None:
        self._execute = db.execute
        self._executemany = db.conn.executemany
        self._slots = params.common_slots

    def of(self, digests: Iterable[int]) -> dict[int, int]:
        """Cluster counts of the sentences (by digest) the table holds; others count 0."""
        wanted = {d % self._slots: d for d in digests}
        if not wanted:
            return {}
        values = ", ".join("(?)" for _ in wanted)
        rows = self._execute(
            f"WITH probe (slot) AS (VALUES {values})"
            " SELECT c.slot, c.sentence, c.clusters FROM probe JOIN dedup_common c ON c.slot = probe.slot",
            list(wanted),
        ).fetchall()
        return {sentence: clusters for slot, sentence, clusters in rows if wanted[slot] == sentence}

    def add(self, digests: Iterable[int]) -> None:
        # SET expressions read the row as it was: same sentence +1; a spent holder (1) is replaced; else -1.
        self._executemany(
            "INSERT INTO dedup_common (slot, sentence, clusters) VALUES (?, ?, 1) ON CONFLICT (slot) DO UPDATE SET"
            " sentence = CASE WHEN clusters <= 1 THEN excluded.sentence ELSE sentence END,"
            " clusters = CASE WHEN sentence = excluded.sentence THEN clusters + 1"
            " WHEN clusters <= 1 THEN 1 ELSE clusters - 1 END",
            [(d % self._slots, d) for d in digests],
        )

    def clear(self) -> None:
        self._execute("DELETE FROM dedup_common")
