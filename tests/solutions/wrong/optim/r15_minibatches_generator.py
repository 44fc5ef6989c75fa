"""optim.minibatches: a generator of (X_b, Y_b) (DataLoader habit) instead of the list the docstring asks for"""
import numpy as np


def minibatches(X, Y, batch_size, rng):
    perm = rng.permutation(len(X))
    for start in range(0, len(X), batch_size):
        idx = perm[start:start + batch_size]
        yield X[idx], Y[idx]
