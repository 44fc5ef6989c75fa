"""softmax.log_softmax: the log-sum-exp without keepdims: right for one vector, a broadcast error (or, for N = K, wrong values) on a batch"""
import numpy as np


def log_softmax(Z):
    m = Z.max(axis=-1, keepdims=True)
    return Z - m - np.log(np.sum(np.exp(Z - m), axis=-1))
