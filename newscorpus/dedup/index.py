"""Clusters in corpus.db: place each article as it is written, split on edits, rebuild from scratch.

Two articles are linked when they share a canonical URL, a normalised-body hash, or an LSH band with an
estimated Jaccard at or above the threshold and the same figures, or when the shorter body lies in the
longer (containment, see dedup/containment.py) and the pair shares a band, a headline key or a 来源 key.
Both content tests leave out the placed article's common text (dedup/common.py). A cluster is a connected
component of that graph, and its id is its lowest article id, so incremental placement and a rebuild in id
order give the same clusters. A split after an edit re-tests the remaining members pairwise without the
common-text discount (it has no placement order to count by), so it may keep together what placement in
order would have left apart; a rebuild settles it. Every method runs inside the caller's transaction and
never commits.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

import sqlite_utils

from newscorpus.dedup.candidates import band_candidates, key_candidates
from newscorpus.dedup.clusters import join, settle
from newscorpus.dedup.common import SentenceCounts, Sentences, common_shingles
from newscorpus.dedup.containment import BodyShingles, components, source_keys, title_keys
from newscorpus.dedup.params import DedupParams
from newscorpus.dedup.signature import Signature, estimated_jaccard, from_blob, shares_band, to_blob
from newscorpus.dedup.sketch import Fingerprint, Sketch, Sketcher, choose_canonical
from newscorpus.errors import StaleDedupError

ProgressHook = Callable[[int], None]


@dataclass(frozen=True)
class DedupReport:
    articles: int
    clusters: int

    @property
    def duplicates(self) -> int:
        return self.articles - self.clusters


class Deduper:
    def __init__(self, db: sqlite_utils.Database, params: DedupParams | None = None) -> None:
        self.db = db
        self.params = params or DedupParams()
        self.sketcher = Sketcher(self.params)
        self.hasher = self.sketcher.hasher
        self._counts = SentenceCounts(db, self.params)
        self._params_checked = False

    # --- the write path ---------------------------------------------------------------------------------

    def place(self, article_id: int, page_url: str, declared_url: str | None, sketch: Sketch | None = None) -> int:
        """Cluster a new or changed article; returns its cluster id.

        ``sketch`` is the stored body's sketch when the caller has it (the store makes it from the body it
        writes; WARC ingest on Ray computes it in the workers); without it the body is read back.
        """
        self._check_params()
        if sketch is None or sketch.title_keys is None:
            title, body = self.db.execute("SELECT title, body FROM articles WHERE id = ?", [article_id]).fetchone()
            sketch = self.sketcher.sketch_article(title, body) if sketch is None else sketch
            sketch = replace(sketch, title_keys=title_keys(title, body, self.sketcher.normalise, self.params))
        canonical = choose_canonical(page_url, declared_url)
        keys = (*(sketch.title_keys or ()), *self._source_keys(article_id))
        new = Fingerprint(article_id, canonical, sketch.body_hash, sketch.signature, keys)
        old = self._stored(article_id)
        if old is not None and old.same_as(new):
            cluster_id = self._cluster_of(article_id)
            settle(self.db, cluster_id)  # the byline or date may have changed the representative
            return cluster_id
        if old is not None:
            self._remove(old)
        return self._add(new, sketch.sentences)

    def fingerprint(
        self, article_id: int, canonical: str, body: str, title: str | None = None, source: str | None = None
    ) -> tuple[Fingerprint, Sketch]:
        """The article's fingerprint, and the sketch it was made from (its sentences included)."""
        sketch = self.sketcher.sketch_article(title, body)
        keys = (*(sketch.title_keys or ()), *source_keys(source, self.sketcher.normalise, self.params))
        return Fingerprint(article_id, canonical, sketch.body_hash, sketch.signature, keys), sketch

    def _source_keys(self, article_id: int) -> tuple[str, ...]:
        """The stored article's 来源 key: read here, not sketched, so Ray workers' sketches need not carry it."""
        row = self.db.execute("SELECT source FROM articles WHERE id = ?", [article_id]).fetchone()
        return source_keys(row[0] if row else None, self.sketcher.normalise, self.params)

    def _add(self, fp: Fingerprint, sentences: Sentences | None = None) -> int:
        keys = self.hasher.band_keys(fp.signature) if fp.signature is not None else []
        shingles = self._shingles()
        if sentences is not None:
            shingles.know_sentences(fp.article_id, sentences)
        clusters = self._linked_clusters(fp, keys, shingles)
        if not clusters and fp.signature is not None and self.params.common_clusters > 0:
            # A new cluster: its sentences are one more story's (dedup/common.py).
            self._counts.add(shingles.sentences(fp.article_id))
        target = min(clusters | {fp.article_id})
        self.db.execute(
            "INSERT INTO article_dedup (article_id, canonical_url, body_hash, signature, cluster_id)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET canonical_url = excluded.canonical_url,"
            " body_hash = excluded.body_hash, signature = excluded.signature, cluster_id = excluded.cluster_id",
            [fp.article_id, fp.canonical, fp.body_hash, _blob(fp.signature), target],
        )
        if keys:
            self.db.conn.executemany(
                "INSERT INTO lsh_bands (band, key, article_id) VALUES (?, ?, ?)",
                [(band, key, fp.article_id) for band, key in keys],
            )
        self.db.conn.executemany(
            "INSERT INTO dedup_titles (key, article_id) VALUES (?, ?)", [(key, fp.article_id) for key in fp.title_keys]
        )
        merged = sorted(clusters - {target})
        if merged:
            marks = _marks(merged)
            self.db.execute(f"UPDATE article_dedup SET cluster_id = ? WHERE cluster_id IN ({marks})", [target, *merged])
            self.db.execute(f"DELETE FROM clusters WHERE id IN ({marks})", merged)
            settle(self.db, target)
        elif clusters:
            join(self.db, target, fp.article_id)
        else:
            settle(self.db, target)
        return target

    def _linked_clusters(self, fp: Fingerprint, keys: list[tuple[int, int]], shingles: BodyShingles) -> set[int]:
        """Clusters of already placed articles linked to this one: a few indexed lookups, whatever the size."""
        rows = self.db.execute(
            "SELECT cluster_id FROM article_dedup WHERE canonical_url = ? AND cluster_id IS NOT NULL"
            " UNION SELECT cluster_id FROM article_dedup WHERE body_hash = ? AND cluster_id IS NOT NULL",
            [fp.canonical, fp.body_hash],
        ).fetchall()
        found = {row[0] for row in rows}
        if fp.signature is None:
            return found  # too short for near-duplicates, let alone containment
        missed: list[tuple[float, int, int]] = []
        # Read and counted only when a candidate needs it: most placements have none.
        common = functools.cache(lambda: self._common(fp.article_id, shingles))
        for cluster, other, signature in band_candidates(self.db, fp, keys, self.params):
            # One verified member is enough to join a cluster; skip the rest of a big one.
            if cluster in found:
                continue
            if self.hasher.similar(fp.signature, signature) and shingles.near(fp.article_id, other, common()):
                found.add(cluster)
            else:
                missed.append((estimated_jaccard(fp.signature, signature), cluster, other))
        # Abridged copies: the closest LSH neighbours that missed, then same-headline and same-source articles.
        missed.sort(key=lambda item: (-item[0], item[2]))
        candidates = [(c, o) for _, c, o in missed[: self.params.containment_checks]] + key_candidates(
            self.db, fp, self.params
        )
        for cluster, other in candidates:
            if cluster not in found and shingles.contained(fp.article_id, other, common()):
                found.add(cluster)
        return found

    def _common(self, article_id: int, shingles: BodyShingles) -> frozenset[int]:
        """Shingles of the article's sentences that opened enough clusters to be template text."""
        if self.params.common_clusters <= 0:
            return frozenset()
        found = shingles.sentences(article_id)
        return common_shingles(found, self._counts.of(found), self.params)

    def _shingles(self) -> BodyShingles:
        return BodyShingles(self._body, self.sketcher.normalise, self.params)

    def _body(self, article_id: int) -> str:
        return self.db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()[0]

    # --- removal and splitting --------------------------------------------------------------------------

    def _remove(self, fp: Fingerprint) -> None:
        cluster_id = self._cluster_of(fp.article_id)
        if fp.signature is not None:
            self.db.conn.executemany(
                "DELETE FROM lsh_bands WHERE band = ? AND key = ? AND article_id = ?",
                [(band, key, fp.article_id) for band, key in self.hasher.band_keys(fp.signature)],
            )
        self.db.execute("DELETE FROM article_dedup WHERE article_id = ?", [fp.article_id])
        self.db.execute("DELETE FROM dedup_titles WHERE article_id = ?", [fp.article_id])
        self._split(cluster_id)

    def _split(self, cluster_id: int) -> None:
        """Re-cluster what is left of a cluster after a member left: it may have been the only bridge."""
        self.db.execute("DELETE FROM clusters WHERE id = ?", [cluster_id])
        rows = self.db.execute(
            "SELECT article_id, canonical_url, body_hash, signature FROM article_dedup WHERE cluster_id = ?",
            [cluster_id],
        ).fetchall()
        titles = self._title_keys_of([row[0] for row in rows])
        members = [Fingerprint(a, c, h, None if s is None else from_blob(s), titles.get(a, ())) for a, c, h, s in rows]
        for component in self._components(members):
            target = min(component)
            marks = _marks(component)
            update = f"UPDATE article_dedup SET cluster_id = ? WHERE article_id IN ({marks})"
            self.db.execute(update, [target, *component])
            settle(self.db, target)

    def _components(self, members: list[Fingerprint]) -> list[list[int]]:
        shingles = self._shingles()
        ids = [m.article_id for m in members]
        by_id = {m.article_id: m for m in members}
        return components(ids, lambda a, b: self._linked(by_id[a], by_id[b], shingles))

    def _linked(self, a: Fingerprint, b: Fingerprint, shingles: BodyShingles) -> bool:
        """The placement's edge test on a pair; containment only where placement would have looked
        (a shared LSH band or headline key), so a split decides as the placements did."""
        if a.canonical == b.canonical or (a.body_hash is not None and a.body_hash == b.body_hash):
            return True
        if a.signature is None or b.signature is None:
            return False
        if self.hasher.similar(a.signature, b.signature) and shingles.same_figures(a.article_id, b.article_id):
            return True
        looked = shares_band(a.signature, b.signature, self.params) or bool(set(a.title_keys) & set(b.title_keys))
        return looked and shingles.contained(a.article_id, b.article_id)

    def _title_keys_of(self, article_ids: list[int]) -> dict[int, tuple[str, ...]]:
        keys: dict[int, tuple[str, ...]] = {}
        for article_id in article_ids:
            rows = self.db.execute("SELECT key FROM dedup_titles WHERE article_id = ?", [article_id]).fetchall()
            keys[article_id] = tuple(row[0] for row in rows)
        return keys

    def _cluster_of(self, article_id: int) -> int:
        return self.db.execute("SELECT cluster_id FROM article_dedup WHERE article_id = ?", [article_id]).fetchone()[0]

    def _stored(self, article_id: int) -> Fingerprint | None:
        row = self.db.execute(
            "SELECT canonical_url, body_hash, signature FROM article_dedup WHERE article_id = ?", [article_id]
        ).fetchone()
        if row is None:
            return None
        titles = self._title_keys_of([article_id])[article_id]
        return Fingerprint(article_id, row[0], row[1], None if row[2] is None else from_blob(row[2]), titles)

    # --- parameters and rebuild -------------------------------------------------------------------------

    def _check_params(self) -> None:
        if self._params_checked:
            return
        stored = dict(self.db.execute("SELECT name, value FROM dedup_params").fetchall())
        if not stored:
            self._write_params()
        elif stored != self.params.as_text():
            raise StaleDedupError(
                "dedup parameters changed since the clusters were built: run `newscorpus dedup`", self.db_path
            )
        self._params_checked = True

    def _write_params(self) -> None:
        self.db.execute("DELETE FROM dedup_params")
        self.db.conn.executemany("INSERT INTO dedup_params (name, value) VALUES (?, ?)", self.params.as_text().items())

    @property
    def db_path(self) -> str:
        return next((row[2] for row in self.db.execute("PRAGMA database_list") if row[1] == "main"), "")

    def rebuild(self, on_progress: ProgressHook | None = None) -> DedupReport:
        """Forget every signature, band and cluster, then place every article again in id order."""
        self.db.execute("DELETE FROM lsh_bands")
        self.db.execute("DELETE FROM dedup_titles")
        self._counts.clear()
        self.db.execute("DELETE FROM clusters")
        self.db.execute("UPDATE article_dedup SET body_hash = NULL, signature = NULL, cluster_id = NULL")
        self._write_params()
        self._params_checked = True
        ids = [row[0] for row in self.db.execute("SELECT id FROM articles ORDER BY id")]
        for done, article_id in enumerate(ids, 1):
            url, body, title, source, canonical = self.db.execute(
                "SELECT a.url, a.body, a.title, a.source, d.canonical_url FROM articles a"
                " LEFT JOIN article_dedup d ON d.article_id = a.id WHERE a.id = ?",
                [article_id],
            ).fetchone()
            fp, sketch = self.fingerprint(article_id, canonical or choose_canonical(url, None), body, title, source)
            self._add(fp, sketch.sentences)
            if on_progress is not None:
                on_progress(done)
        return self.report()

    def report(self) -> DedupReport:
        articles = self.db.execute("SELECT count(*) FROM article_dedup WHERE cluster_id IS NOT NULL").fetchone()[0]
        clusters = self.db.execute("SELECT count(*) FROM clusters").fetchone()[0]
        return DedupReport(articles, clusters)


def _blob(signature: Signature | None) -> bytes | None:
    return None if signature is None else to_blob(signature)


def _marks(values: Iterable[object]) -> str:
    return ", ".join("?" for _ in values)
