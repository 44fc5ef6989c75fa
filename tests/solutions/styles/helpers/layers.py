"""Dense layer split into small helpers and a cache class (helpers style)."""

from typing import NamedTuple

import numpy as np


class _Cache(NamedTuple):
    A: np.ndarray
    W: np.ndarray
    b: np.ndarray


def _f64(x):
    return np.asarray(x, dtype=np.float64)


def _affine(A, W, b):
    return A @ W + b


def _batch_sum(G):
    return G.sum(axis=0)


def dense_forward(A, W, b):
    cache = _Cache(_f64(A), _f64(W), _f64(b))
    return _affine(*cache), tuple(cache)


def dense_backward(dZ, cache):
    A, W, _ = cache
    dZ = _f64(dZ)
    return dZ @ np.transpose(W), np.transpose(A) @ dZ, _batch_sum(dZ)
