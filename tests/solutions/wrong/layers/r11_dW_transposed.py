"""layers.dense_backward: dW = dZ^T A, the transpose of the right gradient (n_out, n_in)"""
import numpy as np


def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T, dZ.T @ A, dZ.sum(axis=0)
