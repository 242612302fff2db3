"""MinHash signatures (datasketch), their LSH band keys, and the similarity test shared by every path."""

from __future__ import annotations

import hashlib

import numpy as np
from datasketch import MinHash

from newscorpus.dedup.params import DedupParams
from newscorpus.dedup.text import shingle_hashes

# Persisted values depend on the scheme: name it rather than trust datasketch's default.
_SCHEME = "affine32"
Signature = np.ndarray  # uint32[num_perm]


def _identity(value: int) -> int:
    return value


class MinHasher:
    def __init__(self, params: DedupParams) -> None:
        self.params = params
        # Permutations are drawn once and shared: generating them per MinHash costs more than hashing.
        self._permutations = MinHash(params.num_perm, seed=params.seed, scheme=_SCHEME).permutations

    def signature(self, normalised: str) -> Signature:
        minhash = MinHash(self.params.num_perm, hashfunc=_identity, permutations=self._permutations, scheme=_SCHEME)
        minhash.update_batch(shingle_hashes(normalised, self.params.shingle_chars))
        return minhash.hashvalues.astype(np.uint32)

    def band_keys(self, signature: Signature) -> list[tuple[int, int]]:
        """(band, key) per band; the key is a signed 64-bit digest of the band's rows, an SQLite INTEGER."""
        rows = self.params.rows
        return [(band, _digest(signature[band * rows : (band + 1) * rows])) for band in range(self.params.bands)]

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


def _digest(values: np.ndarray) -> int:
    digest = hashlib.blake2b(values.astype("<u4").tobytes(), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)
