"""The dedup parameters, read from settings and recorded in corpus.db with the signatures they made."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from newscorpus import settings


@dataclass(frozen=True)
class DedupParams:
    shingle_chars: int = settings.DEDUP_SHINGLE_CHARS
    num_perm: int = settings.DEDUP_NUM_PERM
    bands: int = settings.DEDUP_BANDS
    rows: int = settings.DEDUP_ROWS
    threshold: float = settings.DEDUP_THRESHOLD
    seed: int = settings.DEDUP_SEED
    min_chars: int = settings.DEDUP_MIN_CHARS
    candidates_per_cluster: int = settings.DEDUP_CANDIDATES_PER_CLUSTER
    containment_threshold: float = settings.DEDUP_CONTAINMENT_THRESHOLD
    containment_shingle_chars: int = settings.DEDUP_CONTAINMENT_SHINGLE_CHARS
    containment_min_chars: int = settings.DEDUP_CONTAINMENT_MIN_CHARS
    containment_checks: int = settings.DEDUP_CONTAINMENT_CHECKS
    title_candidates: int = settings.DEDUP_TITLE_CANDIDATES
    title_min_chars: int = settings.DEDUP_TITLE_MIN_CHARS
    containment_min_figures: int = settings.DEDUP_CONTAINMENT_MIN_FIGURES
    containment_figure_share: float = settings.DEDUP_CONTAINMENT_FIGURE_SHARE
    jaccard_figure_share: float = settings.DEDUP_JACCARD_FIGURE_SHARE
    source_candidates: int = settings.DEDUP_SOURCE_CANDIDATES
    source_min_chars: int = settings.DEDUP_SOURCE_MIN_CHARS
    common_clusters: int = settings.DEDUP_COMMON_CLUSTERS
    common_min_chars: int = settings.DEDUP_COMMON_MIN_CHARS
    common_slots: int = settings.DEDUP_COMMON_SLOTS

    def __post_init__(self) -> None:
        if self.bands * self.rows > self.num_perm:
            raise ValueError(f"bands x rows ({self.bands} x {self.rows}) exceeds num_perm ({self.num_perm})")

    def as_text(self) -> dict[str, str]:
        return {name: str(value) for name, value in asdict(self).items()}
