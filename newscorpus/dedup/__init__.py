"""The dedup stage: exact (canonical URL, normalised-body hash) and near-duplicate (MinHash + LSH) clusters."""

from newscorpus.dedup.index import Deduper, DedupReport
from newscorpus.dedup.params import DedupParams
from newscorpus.dedup.sketch import Fingerprint, Sketch, Sketcher, choose_canonical

__all__ = ["DedupParams", "DedupReport", "Deduper", "Fingerprint", "Sketch", "Sketcher", "choose_canonical"]
