"""Pair precision and recall of the dedup clusters on the labelled set, for any parameters.

The edge test is the one newscorpus.dedup applies (same body hash, or a shared LSH band and estimated Jaccard
at or above the threshold), vectorised over all pairs so a parameter sweep takes seconds; `store_pairs`
runs the real Store write path once to show both give the same clusters.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import numpy as np

from bench.dedup_set import Doc
from newscorpus.dedup import DedupParams
from newscorpus.dedup.signature import MinHasher
from newscorpus.dedup.text import Normalizer, body_hash
from newscorpus.models import Article, DecodedPage, FetchedPage
from newscorpus.store import Store

Pair = tuple[int, int]


@dataclass(frozen=True)
class PairScore:
    precision: float
    recall: float
    true_pairs: int
    predicted_pairs: int
    candidate_pairs: int  # pairs sharing a band: the verification work LSH leaves

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def true_pairs(docs: list[Doc]) -> set[Pair]:
    return {(a.doc_id, b.doc_id) for a, b in combinations(docs, 2) if a.group == b.group}


def hard_negative_pairs(docs: list[Doc]) -> set[Pair]:
    """Different stories from one template, or different stories under one portal's boilerplate."""
    return {
        (a.doc_id, b.doc_id)
        for a, b in combinations(docs, 2)
        if a.group != b.group and (_family(a) == _family(b) != "" or a.portal == b.portal != "origin")
    }


def _family(doc: Doc) -> str:
    return doc.group.split("/")[0] if doc.group.startswith(_TEMPLATE_NAMES) else ""


_TEMPLATE_NAMES = ("earnings/", "weather/", "match/")


class Signatures:
    """Normalised hashes and signatures of the set for one (shingle size, permutations, seed)."""

    def __init__(self, docs: list[Doc], params: DedupParams, normalise: Normalizer) -> None:
        texts = [normalise("\n".join(doc.paragraphs)) for doc in docs]
        hasher = MinHasher(params)
        self.ids = [doc.doc_id for doc in docs]
        self.hashes = np.array([body_hash(t) for t in texts])
        self.matrix = np.stack([hasher.signature(t) for t in texts])


def score(sigs: Signatures, params: DedupParams, truth: set[Pair]) -> tuple[PairScore, set[Pair]]:
    equal = sigs.matrix[:, None, :] == sigs.matrix[None, :, :]
    used = params.bands * params.rows
    n = len(sigs.ids)
    banded = equal[:, :, :used].reshape(n, n, params.bands, params.rows).all(axis=3).any(axis=2)
    similar = banded & (equal.mean(axis=2) >= params.threshold)
    edges = similar | (sigs.hashes[:, None] == sigs.hashes[None, :])
    predicted = cluster_pairs(sigs.ids, np.argwhere(np.triu(edges, k=1)))
    candidates = int(np.triu(banded, k=1).sum())
    return _score(predicted, truth, candidates), predicted


def _score(predicted: set[Pair], truth: set[Pair], candidates: int) -> PairScore:
    hits = len(predicted & truth)
    precision = hits / len(predicted) if predicted else 1.0
    return PairScore(precision, hits / len(truth), len(truth), len(predicted), candidates)


def cluster_pairs(ids: list[int], edges: np.ndarray) -> set[Pair]:
    """Every pair inside a connected component: what one-per-cluster export treats as duplicates."""
    parent = list(range(len(ids)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in edges:
        parent[root(int(i))] = root(int(j))
    groups: dict[int, list[int]] = {}
    for i in range(len(ids)):
        groups.setdefault(root(i), []).append(ids[i])
    return {tuple(sorted(p)) for members in groups.values() for p in combinations(members, 2)}  # type: ignore[misc]


def store_pairs(docs: list[Doc]) -> set[Pair]:
    """The same set written through Store.save (the fetch path) into a throwaway corpus.db."""
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        for doc in docs:
            url = f"https://{doc.portal}.example/{doc.doc_id}.html"
            article = Article(
                url=None, site="generic", parser="bench", parser_version=1, paragraphs=list(doc.paragraphs)
            )
            store.save(FetchedPage(url, url, 200, url.encode()), DecodedPage("", "utf-8", None), article)
        rows = store.db.execute(
            "SELECT a.url, d.cluster_id FROM articles a JOIN article_dedup d ON d.article_id = a.id"
        ).fetchall()
    by_cluster: dict[int, list[int]] = {}
    for url, cluster in rows:
        by_cluster.setdefault(cluster, []).append(int(url.rsplit("/", 1)[1].split(".")[0]))
    return {tuple(sorted(p)) for members in by_cluster.values() for p in combinations(members, 2)}  # type: ignore[misc]
