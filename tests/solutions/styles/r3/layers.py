"""Correct solution of exercises/layers.py, functional style: ufuncs and reductions named explicitly."""

import numpy as np


def dense_forward(A, W, b):
    return np.add(np.matmul(A, W), b), (A, W, b)


def dense_backward(dZ, cache):
    A, W, _ = cache
    return np.matmul(dZ, np.swapaxes(W, 0, 1)), np.matmul(np.swapaxes(A, 0, 1), dZ), np.add.reduce(dZ, axis=0)
