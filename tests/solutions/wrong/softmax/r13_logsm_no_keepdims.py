"""softmax.log_softmax: row max without keepdims: (N, K) - (N,) raises unless N == K, and then subtracts by column"""
import numpy as np


def log_softmax(Z):
    m = Z.max(axis=-1)
    if Z.ndim == 2:
        S = Z - m
        return S - np.log(np.sum(np.exp(S), axis=-1, keepdims=True))
    return Z - m - np.log(np.sum(np.exp(Z - m)))
