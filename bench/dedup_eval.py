"""Pair precision and recall of the dedup clusters on the labelled set, for any parameters.

The edge test is the one newscorpus.dedup applies (same body hash, or a shared LSH band and estimated Jaccard
at or above the threshold with the figures test, or containment at or above its threshold on a pair that
shares a band, or is among the latest few under one headline key or 来源 key), vectorised over all pairs so a
parameter sweep takes seconds; `store_pairs` runs the real Store write path once to show both give the same
clusters (it also applies the cap on LSH neighbours checked for containment). Documents are taken in
doc_id order, the order the store receives them, so the capped key candidates are the store's.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import numpy as np

from bench.dedup_set import Doc
from newscorpus.dedup import DedupParams
from newscorpus.dedup.common import Sentences, common_shingles, sentences
from newscorpus.dedup.containment import (
    BodyPrint,
    body_print,
    contained,
    containment,
    figure_share,
    figures_agree,
    similar_beyond_common,
    source_keys,
    title_keys,
)
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
    """Different stories of one family (same event, same template), or under one portal's boilerplate."""
    return {
        (a.doc_id, b.doc_id)
        for a, b in combinations(docs, 2)
        if a.group != b.group and (a.family == b.family != "" or a.portal == b.portal != "origin")
    }


class Signatures:
    """Normalised texts, hashes, signatures and headline keys of the set for one (shingle size,
    permutations, seed); containment shingle sets are made on first use, per shingle size."""

    def __init__(self, docs: list[Doc], params: DedupParams, normalise: Normalizer) -> None:
        docs = sorted(docs, key=lambda d: d.doc_id)
        self.bodies = ["\n".join(doc.paragraphs) for doc in docs]
        self.texts = [normalise(body) for body in self.bodies]
        self._normalise = normalise
        self._sentences: dict[int, list[Sentences]] = {}
        hasher = MinHasher(params)
        self.ids = [doc.doc_id for doc in docs]
        self.hashes = np.array([body_hash(t) for t in self.texts])
        self.matrix = np.stack([hasher.signature(t) for t in self.texts])
        self.keys = [set(title_keys(d.title, "\n".join(d.paragraphs), normalise, params)) for d in docs]
        self.sources = [set(source_keys(d.source, normalise, params)) for d in docs]
        self._prints: dict[int, list[BodyPrint]] = {}
        self._contained: dict[tuple[int, int, Pair], float] = {}
        self._banding: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = {}

    def prints(self, params: DedupParams) -> list[BodyPrint]:
        size = params.containment_shingle_chars
        if size not in self._prints:
            self._prints[size] = [body_print(t, params) for t in self.texts]
        return self._prints[size]

    def containment(self, i: int, j: int, params: DedupParams) -> float:
        size = (params.containment_shingle_chars, params.containment_min_chars)
        key = (*size, (i, j))
        if key not in self._contained:
            a, b = self.prints(params)[i], self.prints(params)[j]
            # Figures that disagree rule the pair out at any threshold (their test does not depend on it).
            agree = min(a.chars, b.chars) >= params.containment_min_chars and figures_agree(a, b, params)
            self._contained[key] = containment(a, b) if agree else 0.0
        return self._contained[key]

    def sentences(self, params: DedupParams) -> list[Sentences]:
        if params.common_min_chars not in self._sentences:
            self._sentences[params.common_min_chars] = [sentences(b, self._normalise, params) for b in self.bodies]
        return self._sentences[params.common_min_chars]

    def same_figures(self, i: int, j: int, params: DedupParams) -> bool:
        """The Jaccard edge's figures test (always true when it is off)."""
        if params.jaccard_figure_share <= 0:
            return True
        prints = self.prints(params)
        return figure_share(prints[i], prints[j], params) >= params.jaccard_figure_share

    def banding(self, params: DedupParams) -> tuple[np.ndarray, np.ndarray]:
        """Pairs sharing an LSH band, and estimated Jaccard, for the params' banding (cached per banding)."""
        shape = (params.bands, params.rows)
        if shape not in self._banding:
            n, used = len(self.ids), params.bands * params.rows
            banded, jaccard = np.zeros((n, n), dtype=bool), np.zeros((n, n), dtype=np.float32)
            for start in range(0, n, _BLOCK):  # blocks of rows: all of n x n x permutations is too big
                equal = self.matrix[start : start + _BLOCK, None, :] == self.matrix[None, :, :]
                rows = len(equal)
                banded[start : start + rows] = equal[:, :, :used].reshape(rows, n, *shape).all(3).any(2)
                jaccard[start : start + rows] = equal.mean(axis=2)
            self._banding[shape] = (banded, jaccard)
        return self._banding[shape]

    def same_key(self, params: DedupParams) -> np.ndarray:
        """Pairs the store looks at by key: each document with the latest ``title_candidates`` before it
        under each of its headline keys, and the latest ``source_candidates`` naming its 来源."""
        found = _latest_under_key(self.keys, params.title_candidates)
        if params.source_candidates > 0:
            found |= _latest_under_key(self.sources, params.source_candidates)
        return found | found.T


def _latest_under_key(keys: list[set[str]], cap: int) -> np.ndarray:
    """(i, j) for j among the ``cap`` latest documents before i sharing one of i's keys."""
    n = len(keys)
    found = np.zeros((n, n), dtype=bool)
    if cap <= 0:
        return found
    seen: dict[str, list[int]] = {}
    for i, mine in enumerate(keys):
        for key in mine:
            earlier = seen.setdefault(key, [])
            found[i, earlier[-cap:]] = True
            earlier.append(i)
    return found


def score(
    sigs: Signatures, params: DedupParams, truth: set[Pair], contain: bool = False
) -> tuple[PairScore, set[Pair]]:
    """Pair precision/recall of the clusters the edges make; ``contain`` adds the containment edge."""
    banded, jaccard = sigs.banding(params)
    edges = banded & (jaccard >= params.threshold)
    for i, j in np.argwhere(np.triu(edges, k=1)):
        edges[i, j] = edges[j, i] = sigs.same_figures(int(i), int(j), params)
    exact = sigs.hashes[:, None] == sigs.hashes[None, :]
    if params.common_clusters > 0:
        # Pairs the MinHash test passes but common text vetoes are checked for containment, as in the store.
        looked = (banded | sigs.same_key(params)) & ~exact if contain else np.zeros_like(edges)
        predicted = placed_pairs(sigs, params, exact, edges & ~exact, looked)
        return _score(predicted, truth, int(np.triu(banded, k=1).sum())), predicted
    edges |= exact
    if contain:
        looked = np.triu((banded | sigs.same_key(params)) & ~edges, k=1)
        for i, j in np.argwhere(looked):
            edges[i, j] = sigs.containment(int(i), int(j), params) >= params.containment_threshold
    predicted = cluster_pairs(sigs.ids, np.argwhere(np.triu(edges, k=1)))
    candidates = int(np.triu(banded, k=1).sum())
    return _score(predicted, truth, candidates), predicted


_BLOCK = 256


def placed_pairs(
    sigs: Signatures, params: DedupParams, exact: np.ndarray, similar: np.ndarray, looked: np.ndarray
) -> set[Pair]:
    """The clusters the store builds when common text (dedup/common.py) is left out of the content edges:
    documents placed one at a time in id order, each tested against earlier ones with the sentence counts
    as they stand then (a document that links to nothing founds a cluster and counts its sentences).
    ``similar``: pairs passing the MinHash and figures tests; ``looked``: containment candidates."""
    counts: Counter[int] = Counter()
    found, prints, edges = sigs.sentences(params), sigs.prints(params), []
    for i in range(len(sigs.ids)):
        common = common_shingles(found[i], counts, params)
        mine = [int(j) for j in np.flatnonzero(exact[i, :i])]
        mine += [
            int(j)
            for j in np.flatnonzero(similar[i, :i])
            if similar_beyond_common(prints[i], prints[j], common, params)
        ]
        mine += [int(j) for j in np.flatnonzero(looked[i, :i]) if contained(prints[i], prints[j], params, common)]
        if not mine:
            counts.update(found[i].keys())
        edges += [(i, j) for j in mine]
    return cluster_pairs(sigs.ids, np.array(edges, dtype=int).reshape(-1, 2))


def _score(predicted: set[Pair], truth: set[Pair], candidates: int) -> PairScore:
    hits = len(predicted & truth)
    precision = hits / len(predicted) if predicted else 1.0
    return PairScore(precision, hits / len(truth) if truth else 1.0, len(truth), len(predicted), candidates)


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
                url=None,
                site="generic",
                parser="bench",
                parser_version=1,
                title=doc.title or None,
                source=doc.source or None,
                paragraphs=list(doc.paragraphs),
            )
            store.save(FetchedPage(url, url, 200, url.encode()), DecodedPage("", "utf-8", None), article)
        rows = store.db.execute(
            "SELECT a.url, d.cluster_id FROM articles a JOIN article_dedup d ON d.article_id = a.id"
        ).fetchall()
    by_cluster: dict[int, list[int]] = {}
    for url, cluster in rows:
        by_cluster.setdefault(cluster, []).append(int(url.rsplit("/", 1)[1].split(".")[0]))
    return {tuple(sorted(p)) for members in by_cluster.values() for p in combinations(members, 2)}  # type: ignore[misc]
