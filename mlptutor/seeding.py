"""Deterministic seeds from names, shared by the grader and the question bank.

A hidden test input or a quiz variant is a pure function of names such as
(quiz, student, question): the names are hashed with sha256, so the same
names give the same numbers on every machine, run and worker count.
"""

import hashlib

import numpy as np
from numpy.random.bit_generator import ISeedSequence


def _digest(parts: tuple) -> bytes:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()


def seed_sequence(*parts: object) -> np.random.SeedSequence:
    """SeedSequence from any printable parts, e.g. seed_sequence("quiz1", "alice", "softmax")."""
    return np.random.SeedSequence(int.from_bytes(_digest(parts)[:16], "little"))


def rng(*parts: object) -> np.random.Generator:
    """A numpy Generator seeded by seed_sequence(*parts) (quiz variants record that seed)."""
    return np.random.default_rng(seed_sequence(*parts))


class _Digest(ISeedSequence):
    """A sha256 digest as the whole seed state of a PCG64 (4 little-endian 64-bit words)."""

    def __init__(self, digest: bytes):
        self.digest = digest

    def generate_state(self, n_words, dtype=np.uint32):
        return np.frombuffer(self.digest, dtype=np.dtype(dtype).newbyteorder("<"), count=n_words).astype(dtype)


def hashed_rng(*parts: object) -> np.random.Generator:
    """A Generator whose PCG64 state is the sha256 of the names: other numbers than rng(*parts), a
    quarter of the cost (no SeedSequence). The grader makes ~70 a submission for its hidden inputs."""
    return np.random.Generator(np.random.PCG64(_Digest(_digest(parts))))
