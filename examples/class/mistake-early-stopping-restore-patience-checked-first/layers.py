"""A correct student solution of exercises/layers.py."""

import numpy as np


def dense_forward(A, W, b):
    Z = A @ W + b
    return Z, (A, W, b)


def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T, A.T @ dZ, dZ.sum(axis=0)
