"""The export stage: stream the corpus out as JSON Lines, one article per line, in constant memory."""

from __future__ import annotations

import json
from typing import TextIO

from newscorpus.store import Store


def write_jsonl(store: Store, out: TextIO, include_duplicates: bool = False) -> int:
    """One representative per dedup cluster, or with ``include_duplicates`` every article; each has cluster_id."""
    count = 0
    for record in store.iter_articles(include_duplicates):
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")
        count += 1
    return count
