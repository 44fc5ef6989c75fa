"""layers.dense_backward: computes dW as dZ^T A (n_out, n_in) and reshapes it to W's shape instead of transposing"""
import numpy as np


def dense_backward(dZ, cache):
    A, W, b = cache
    dW = (dZ.T @ A).reshape(W.shape)
    return dZ @ W.T, dW, dZ.sum(axis=0)
