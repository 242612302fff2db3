"""Where placing an article looks for links: LSH-band neighbours, and the latest articles under its
headline and 来源 keys. Each lookup is a few indexed queries with a cap, whatever the corpus size."""

from __future__ import annotations

import sqlite_utils

from newscorpus.dedup.containment import is_source_key
from newscorpus.dedup.params import DedupParams
from newscorpus.dedup.signature import Signature, from_blob
from newscorpus.dedup.sketch import Fingerprint


def band_candidates(
    db: sqlite_utils.Database, fp: Fingerprint, keys: list[tuple[int, int]], params: DedupParams
) -> list[tuple[int, int, Signature]]:
    """Stored members sharing an LSH band with ``fp``: at most a few per cluster, never exact twins.

    One verified member is enough to join a cluster, and an exact twin (same body hash) is already
    linked by the hash lookup: without these limits a cluster of thousands of identical pages (soft
    404s, placeholders) would be loaded in full for every page added to it.
    """
    values = ", ".join("(?, ?)" for _ in keys)
    # A join from the probe rows, not `(band, key) IN (VALUES ...)`, which SQLite answers with a full scan.
    rows = db.execute(
        f"WITH probe (band, key) AS (VALUES {values}),"
        " hits AS (SELECT DISTINCT d.article_id, d.cluster_id FROM probe"
        " JOIN lsh_bands b ON b.band = probe.band AND b.key = probe.key"
        " JOIN article_dedup d ON d.article_id = b.article_id"
        " WHERE d.cluster_id IS NOT NULL AND d.article_id != ? AND d.body_hash IS NOT ?),"
        " ranked AS (SELECT article_id, cluster_id,"
        " row_number() OVER (PARTITION BY cluster_id ORDER BY article_id) AS nth FROM hits)"
        " SELECT r.cluster_id, r.article_id, d.signature FROM ranked r"
        " JOIN article_dedup d ON d.article_id = r.article_id"
        " WHERE r.nth <= ? ORDER BY r.cluster_id, r.article_id",
        [*[v for pair in keys for v in pair], fp.article_id, fp.body_hash, params.candidates_per_cluster],
    ).fetchall()
    return [(cluster, article, from_blob(blob)) for cluster, article, blob in rows]


def key_candidates(db: sqlite_utils.Database, fp: Fingerprint, params: DedupParams) -> list[tuple[int, int]]:
    """(cluster, article) of the latest articles under each of ``fp``'s headline and source keys, capped
    per key so a headline every day repeats ("今日股市收评") or a busy 来源 costs no more than a rare one."""
    found: list[tuple[int, int]] = []
    for key in fp.title_keys:
        cap = params.source_candidates if is_source_key(key) else params.title_candidates
        found += db.execute(
            "SELECT d.cluster_id, t.article_id FROM dedup_titles t JOIN article_dedup d ON d.article_id ="
            " t.article_id WHERE t.key = ? AND t.article_id != ? AND d.cluster_id IS NOT NULL"
            " ORDER BY t.article_id DESC LIMIT ?",
            [key, fp.article_id, cap],
        ).fetchall()
    return found
