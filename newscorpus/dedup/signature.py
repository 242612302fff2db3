"""MinHash signatures, their LSH band keys, and the similarity test shared by every path.

The signatures are datasketch's ``affine32`` MinHash, value for value (tests/test_dedup.py compares
them with datasketch itself, which stays a test and benchmark dependency). They are computed here with
numpy because importing datasketch at run time also imports scipy: 55 MB more resident memory and
0.8 s more start-up for every crawl, cron run and Ray worker, for a dozen lines of arithmetic.
"""

from __future__ import annotations

import hashlib

import numpy as np

from newscorpus.dedup.params import DedupParams
from newscorpus.dedup.text import shingle_hashes

Signature = np.ndarray  # uint32[num_perm]
# MurmurHash3's 32-bit finalizer, which datasketch's affine schemes apply before the permutations.
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
_MAX32 = np.uint32(0xFFFFFFFF)


class MinHasher:
    def __init__(self, params: DedupParams) -> None:
        self.params = params
        # datasketch's affine32 permutations h -> a*h + b mod 2^32 (odd a), drawn the same way from the seed.
        gen = np.random.RandomState(params.seed)
        self._a = gen.randint(0, 1 << 31, params.num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
        self._b = gen.randint(0, 1 << 32, params.num_perm, dtype=np.uint32)

    def signature(self, normalised: str) -> Signature:
        hashes = np.array(shingle_hashes(normalised, self.params.shingle_chars), dtype=np.uint32)
        s1, m1, s2, m2, s3 = _FMIX32
        hashes = hashes ^ (hashes >> s1)
        hashes = hashes * m1
        hashes = hashes ^ (hashes >> s2)
        hashes = hashes * m2
        hashes = hashes ^ (hashes >> s3)
        # One row per permutation, so each minimum is taken over contiguous memory, and the add is done in
        # place: half the time of a shingles x permutations layout on a real article, same values.
        permuted = np.multiply.outer(self._a, hashes)  # uint32 arithmetic wraps: the mod 2^32 of the scheme
        permuted += self._b[:, np.newaxis]
        return np.minimum(np.full(self.params.num_perm, _MAX32, dtype=np.uint32), permuted.min(axis=1))

    def band_keys(self, signature: Signature) -> list[tuple[int, int]]:
        """(band, key) per band; the key is a signed 64-bit digest of the band's rows, an SQLite INTEGER."""
        used = self.params.bands * self.params.rows
        rows = signature[:used].astype("<u4").reshape(self.params.bands, self.params.rows)
        return [(band, _digest(row.tobytes())) for band, row in enumerate(rows)]

    def similar(self, a: Signature, b: Signature) -> bool:
        """The near-duplicate edge: the pair shares an LSH band and its estimated Jaccard clears the threshold.

        Requiring the shared band makes a rebuild or a cluster split decide exactly as the indexed lookup did.
        """
        return shares_band(a, b, self.params) and estimated_jaccard(a, b) >= self.params.threshold


def estimated_jaccard(a: Signature, b: Signature) -> float:
    return float(np.count_nonzero(a == b)) / len(a)


def shares_band(a: Signature, b: Signature, params: DedupParams) -> bool:
    used = params.bands * params.rows
    equal = (a[:used] == b[:used]).reshape(params.bands, params.rows)
    return bool(equal.all(axis=1).any())


def to_blob(signature: Signature) -> bytes:
    return signature.astype("<u4").tobytes()


def from_blob(blob: bytes) -> Signature:
    return np.frombuffer(blob, dtype="<u4").astype(np.uint32)


def _digest(data: bytes) -> int:
    digest = hashlib.blake2b(data, digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)
