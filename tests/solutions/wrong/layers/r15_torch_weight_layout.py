"""layers.dense_backward: PyTorch nn.Linear layout, dW = dZ^T A of shape (n_out, n_in) (transposed)"""
import numpy as np


def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T, dZ.T @ A, dZ.sum(axis=0)
