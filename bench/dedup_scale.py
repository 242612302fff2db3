"""Scale run: synthetic articles written straight into a corpus.db, then clustered one by one in id order.

Each article goes through the same placement as `fetch` (Deduper._add via rebuild), so the time per article
at corpus size N is the cost of adding one article to a corpus of N.
"""

from __future__ import annotations

import random
import resource
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench.dedup_set import load_stories
from newscorpus.store import Store

WINDOW = 5000  # articles averaged for each per-article cost: short windows are noise on a shared machine
DUPLICATE_SHARE = 0.1  # synthetic reposts of an earlier article, so clusters form and merge
ABRIDGED_SHARE = 0.5  # of those reposts, first-paragraphs copies under the same title (containment's work)
# Articles under one of a few headlines every day repeats, so same-title candidate lists grow with the
# corpus and their cap is what keeps the cost flat.
COMMON_TITLE_SHARE = 0.05
COMMON_TITLES = ("今日A股收评", "每日天气预报", "新闻联播文字版", "外汇市场行情")


@dataclass(frozen=True)
class ScaleResult:
    articles: int
    total_s: float
    per_article_ms: dict[int, float]
    clusters: int
    peak_rss_mb: float
    db_mb: float


def synthetic_bodies(count: int, seed: int) -> Iterator[tuple[str, str]]:
    """(title, body): random text with the character frequencies of real bodies, 300-1500 characters,
    some reposted whole or abridged under the same title, some under a headline repeated every day."""
    text = "".join(p for story in load_stories() for p in story.paragraphs)
    chars, counts = np.unique(np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32), return_counts=True)
    rng = np.random.default_rng(seed)
    picker = random.Random(seed)
    recent: list[tuple[str, str]] = []
    for n in range(count):
        if recent and picker.random() < DUPLICATE_SHARE:
            title, body = picker.choice(recent)
            body = body[: len(body) * 2 // 5] if picker.random() < ABRIDGED_SHARE else _repost(body, picker)
        else:
            codes = rng.choice(chars, size=int(rng.integers(300, 1500)), p=counts / counts.sum())
            body = codes.astype("<u4").tobytes().decode("utf-32-le")
            common = picker.random() < COMMON_TITLE_SHARE
            title = picker.choice(COMMON_TITLES) if common else f"第{n}篇合成新闻的标题"
        recent = [*recent[-999:], (title, body)]
        yield title, body


def _repost(body: str, rng: random.Random) -> str:
    cut = rng.randrange(len(body) // 10 + 1)
    return body[cut:] + "声明：本文转载自网络，如有侵权请联系删除。"


def fill(store: Store, count: int, seed: int) -> None:
    """Pages and articles inserted directly (no dedup), in chunks so memory stays flat."""
    rows = []
    with store.db.conn:
        for i, (title, body) in enumerate(synthetic_bodies(count, seed), 1):
            rows.append((i, f"https://synthetic.example/{i}.html", title, body))
            if len(rows) == 5000 or i == count:
                store.db.conn.executemany(
                    "INSERT INTO pages (id, url, status, html_zlib, encoding) VALUES (?, ?, 200, x'', 'utf-8')",
                    [(n, url) for n, url, _, _ in rows],
                )
                store.db.conn.executemany(
                    "INSERT INTO articles (id, page_id, url, site, title, body) VALUES (?, ?, ?, 'generic', ?, ?)",
                    [(n, n, url, title, text) for n, url, title, text in rows],
                )
                rows = []


def run(sizes: tuple[int, ...], seed: int = 7) -> ScaleResult:
    total = max(sizes)
    window = min(WINDOW, min(sizes) // 2)  # the --quick sizes are smaller than the full window
    marks: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "scale.db"
        with Store(path) as store:
            fill(store, total, seed)
            wanted = {n for size in sizes for n in (size - window, size)}

            def progress(done: int) -> None:
                if done in wanted:
                    marks[done] = time.perf_counter()

            start = time.perf_counter()
            report = store.rebuild_dedup(progress)
            elapsed = time.perf_counter() - start
        db_mb = sum(p.stat().st_size for p in Path(tmp).iterdir()) / 2**20
    per_article = {size: (marks[size] - marks[size - window]) / window * 1000 for size in sizes}
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return ScaleResult(total, elapsed, per_article, report.clusters, peak, db_mb)
