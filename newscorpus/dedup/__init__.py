"""The dedup stage: exact (canonical URL, normalised-body hash) and near-duplicate (MinHash + LSH) clusters."""

from newscorpus.dedup.index import Deduper, DedupReport, Fingerprint, Sketch, Sketcher, choose_canonical
from newscorpus.dedup.params import DedupParams

__all__ = ["DedupParams", "DedupReport", "Deduper", "Fingerprint", "Sketch", "Sketcher", "choose_canonical"]
