"""Input generators shared by specs: small seeded arrays of the shapes checks need.

Each returns a function rng -> list of cases, as the `hidden`, `sizes`,
`inputs` and `extreme` fields of checks expect. Hidden inputs stay small:
grading a whole submission must cost milliseconds.
"""

from __future__ import annotations

import functools
from typing import Callable

import numpy as np

# (batch, width) of shape checks: batch 1, width 1, odd sizes, non-square to catch transposes;
# three calls, since every case costs a sandbox call
SIZES = ((1, 4), (3, 1), (5, 2))


def normal(shape: tuple, scale: float = 1.0, away_from_zero: float = 0.0) -> Callable:
    """rng -> one N(0, scale^2) array of `shape`, entries at least `away_from_zero` from 0 (kinks)."""
    def draw(rng: np.random.Generator) -> np.ndarray:
        x = rng.normal(0.0, scale, size=shape)
        if not away_from_zero:
            return x
        return np.where(np.abs(x) < away_from_zero, np.copysign(away_from_zero, x) + x, x)
    return draw


def mixed_signs(shape: tuple, scale: float = 1.0, away_from_zero: float = 0.0) -> Callable:
    """rng -> like `normal`, but with both signs present (as evenly as the size allows, in random places):
    no input on which relu or its derivative is all zeros or all ones, which a do-nothing body would give."""
    draw_magnitude = normal(shape, scale, away_from_zero)

    def draw(rng: np.random.Generator) -> np.ndarray:
        magnitude = np.abs(draw_magnitude(rng))
        size = magnitude.size
        signs = rng.permutation(_alternating(size)) if size > 1 else np.ones(size)
        return magnitude * signs.reshape(magnitude.shape)
    return draw


@functools.lru_cache(maxsize=None)
def _alternating(size: int) -> np.ndarray:
    """[1, -1, 1, ...] of `size` entries, read-only: what mixed_signs permutes, made once per size (the permutation
    copies it, so the draws are the same bits: 3,000 seeds compared). A draw of (5, 2) took 9.9 us of CPU with
    np.resize of the pair each time, 6.2 without (min of 30 alternating runs of 1,000); activations draws 57 a
    submission."""
    signs = np.resize([1.0, -1.0], size)
    signs.flags.writeable = False
    return signs


def cases(*draws: Callable, count: int = 1) -> Callable:
    """rng -> `count` cases, each with one argument per draw (a draw is rng -> value, or a constant)."""
    def hidden(rng: np.random.Generator) -> list[tuple]:
        return [tuple(d(rng) if callable(d) else d for d in draws) for _ in range(count)]
    return hidden


def sized(make: Callable[[int, int, np.random.Generator], tuple], sizes=SIZES) -> Callable:
    """rng -> one case per (batch, width) of `sizes`, built by make(batch, width, rng)."""
    return lambda rng: [make(n, k, rng) for n, k in sizes]
