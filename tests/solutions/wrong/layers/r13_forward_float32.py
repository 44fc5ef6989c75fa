"""layers.dense_forward: casts Z to float32 "to save memory", so float64 inputs lose precision and dtype"""
import numpy as np


def dense_forward(A, W, b):
    Z = (A @ W + b).astype(np.float32)
    return Z, (A, W, b)
