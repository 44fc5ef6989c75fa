"""layers.dense_forward: Right: the cache is a NamedTuple, i.e. a tuple (A, W, b) that unpacks and indexes the same."""


from typing import NamedTuple


class _R23cDenseCache(NamedTuple):
    A: np.ndarray
    W: np.ndarray
    b: np.ndarray


def dense_forward(A, W, b):
    return A @ W + b, _R23cDenseCache(A, W, b)
