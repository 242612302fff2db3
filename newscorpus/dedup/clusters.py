"""A cluster's size and representative, kept in the ``clusters`` table as members come and go.

Split out of the index (dedup/index.py), which decides who belongs together; this module only recounts a
cluster and asks dedup/representative.py which member stands for it. Both run inside the caller's
transaction and never commit.
"""

from __future__ import annotations

import sqlite_utils

from newscorpus import settings
from newscorpus.dedup.representative import Member, choose_representative


def settle(db: sqlite_utils.Database, cluster_id: int) -> None:
    """Recount a cluster and choose its representative again."""
    rows = db.execute(
        "SELECT a.id, a.site, a.source, a.published_at, length(a.body), a.incomplete FROM article_dedup d"
        " JOIN articles a ON a.id = d.article_id WHERE d.cluster_id = ?",
        [cluster_id],
    ).fetchall()
    members = [Member(*row) for row in rows]
    representative = choose_representative(members, settings.SITE_OUTLETS)
    db.execute(
        "INSERT OR REPLACE INTO clusters (id, representative_id, size) VALUES (?, ?, ?)",
        [cluster_id, representative, len(members)],
    )


def join(db: sqlite_utils.Database, cluster_id: int, article_id: int) -> None:
    """A newcomer joined one existing cluster: compare it with the representative alone.

    Same result as ``settle``: the ranking is a fixed order given the cluster's cited sources, which the
    newcomer's 来源 can only extend; when it does, every member is ranked again.
    """
    row = db.execute("SELECT representative_id, size FROM clusters WHERE id = ?", [cluster_id]).fetchone()
    cited = [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT a.source FROM article_dedup d JOIN articles a ON a.id = d.article_id"
            " WHERE d.cluster_id = ? AND a.source IS NOT NULL AND a.id != ?",
            [cluster_id, article_id],
        )
    ]
    newcomer, current = _member(db, article_id), _member(db, row[0]) if row else None
    if current is None or (newcomer.source and newcomer.source not in cited):
        settle(db, cluster_id)
        return
    representative = choose_representative([current, newcomer], settings.SITE_OUTLETS, cited)
    update = "UPDATE clusters SET representative_id = ?, size = ? WHERE id = ?"
    db.execute(update, [representative, row[1] + 1, cluster_id])


def _member(db: sqlite_utils.Database, article_id: int) -> Member:
    row = db.execute(
        "SELECT id, site, source, published_at, length(body), incomplete FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    return Member(*row)
