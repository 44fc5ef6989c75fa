"""layers.dense_forward: the cache is (W, A, b), not (A, W, b)."""

import numpy as np

def dense_forward(A, W, b):
    return A @ W + b, (W, A, b)
