"""MinHash signatures and LSH banding over word shingles (numpy only).

Near-duplicates (wire copy reprinted by several outlets, later versions of a page) share most
of their word 3-shingles.  A 64-value MinHash estimates the Jaccard similarity of two shingle
sets; 16 bands of 4 rows make pairs with Jaccard >= ~0.5 collide in at least one band with
high probability, so only colliding pairs are compared.  Band keys are stored in SQLite so
the index survives restarts and grows with the store.
"""

from __future__ import annotations

import hashlib
import zlib

import numpy as np

from .text import tokens

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 3
PRIME = (1 << 31) - 1  # Mersenne prime: a*x+b stays inside uint64 for 31-bit a and 32-bit x
_rng = np.random.default_rng(20240521)  # fixed seed: signatures must agree across runs
_A = _rng.integers(1, PRIME, size=NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, PRIME, size=NUM_PERM, dtype=np.uint64)


def shingle_hashes(text: str, k: int = SHINGLE) -> np.ndarray:
    """Stable 32-bit hashes of the word k-shingles of ``text`` (crc32: same in every process)."""
    words = tokens(text)
    if len(words) < k:
        grams = [" ".join(words)] if words else []
    else:
        grams = [" ".join(words[i:i + k]) for i in range(len(words) - k + 1)]
    return np.fromiter((zlib.crc32(g.encode("utf-8")) for g in set(grams)), dtype=np.uint64)


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature (NUM_PERM uint32), or None for a text without words."""
    h = shingle_hashes(text)
    if h.size == 0:
        return None
    vals = (np.outer(h % PRIME, _A) + _B) % PRIME  # (shingles, perms)
    return vals.min(axis=0).astype(np.uint32)


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 63-bit key per band (SQLite INTEGER); equal keys = a colliding band."""
    keys = []
    for b in range(BANDS):
        chunk = sig[b * ROWS:(b + 1) * ROWS].tobytes()
        d = hashlib.blake2b(bytes([b]) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(d, "big") >> 1)
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.mean(a == b))


def to_blob(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4")
