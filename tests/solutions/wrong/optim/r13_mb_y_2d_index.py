"""optim.minibatches: indexes Y[idx, :]: fails for 1-D labels Y (N,), which the docstring allows"""
import numpy as np


def minibatches(X, Y, batch_size, rng):
    perm = rng.permutation(X.shape[0])
    out = []
    for i in range(0, X.shape[0], batch_size):
        idx = perm[i:i + batch_size]
        out.append((X[idx, :], Y[idx, :]))
    return out
