"""layers.dense_forward: folds b in as a ones column and caches the augmented A (N, n_in + 1) instead of A"""
import numpy as np


def dense_forward(A, W, b):
    A1 = np.hstack([A, np.ones((A.shape[0], 1))])
    Wb = np.vstack([W, b])
    return A1 @ Wb, (A1, W, b)
