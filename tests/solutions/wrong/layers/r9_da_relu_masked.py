"""layers.dense_backward: dA masked by (A > 0), a ReLU derivative applied inside the dense layer."""

import numpy as np


def dense_backward(dZ, cache):
    A, W, b = cache
    return (dZ @ W.T) * (A > 0), A.T @ dZ, dZ.sum(axis=0)
