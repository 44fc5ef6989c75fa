"""softmax.log_softmax: RIGHT: z minus np.logaddexp.reduce over the last axis, never forming softmax"""
import numpy as np


def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    return Z - np.logaddexp.reduce(Z, axis=-1, keepdims=True)
