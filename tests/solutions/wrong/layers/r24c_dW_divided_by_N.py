"""layers.dense_backward: another course's dW = A^T dZ / N where dZ held no 1/N; here dZ already carries it, so dW and db are N times too small."""

import numpy as np


def dense_backward(dZ, cache):
    A, W, b = cache
    N = A.shape[0]
    return dZ @ W.T, A.T @ dZ / N, dZ.sum(axis=0) / N
