"""layers.dense_forward: squeezes Z to tidy it, so a batch of one (or n_out = 1) loses an axis"""
import numpy as np


def dense_forward(A, W, b):
    Z = np.squeeze(A @ W + b)
    return Z, (A, W, b)
