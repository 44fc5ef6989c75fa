"""softmax.softmax: squeezes its result, so a batch of one row (1, K) comes back as (K,)"""
import numpy as np


def softmax(Z):
    E = np.exp(Z - np.max(Z, axis=-1, keepdims=True))
    return np.squeeze(E / np.sum(E, axis=-1, keepdims=True))
