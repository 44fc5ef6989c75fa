"""The capstone's data: scikit-learn's bundled 8x8 handwritten digits, loaded once, on the trusted side only.

load_digits reads a file shipped inside the scikit-learn package (no download).
Pixels are scaled to [0, 1]; labels become one-hot rows; the split is the
course's seeded 60/20/20 (reference.data.split_indices with seed 0). Only
plain float64 arrays go into the sandbox; the test set never does.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import numpy as np

from mlptutor.reference.data import one_hot, split_indices

SPLIT_SEED = 0


class Digits(NamedTuple):
    X_train: np.ndarray
    Y_train: np.ndarray
    X_val: np.ndarray
    Y_val: np.ndarray
    X_test: np.ndarray
    Y_test: np.ndarray


@functools.cache
def digits() -> Digits:
    """The split arrays (read-only, shared by every student's calls so the sandbox receives each once per job)."""
    try:
        from sklearn.datasets import load_digits
    except ImportError:
        raise RuntimeError("the capstone 'train' needs scikit-learn on the grader's side: pip install scikit-learn") from None
    data = load_digits()
    X, Y = data.data / 16.0, one_hot(data.target, 10)
    train, val, test = split_indices(len(X), np.random.default_rng(SPLIT_SEED))
    arrays = Digits(X[train], Y[train], X[val], Y[val], X[test], Y[test])
    for a in arrays:
        a.setflags(write=False)
    return arrays
