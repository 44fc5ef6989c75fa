"""optim.minibatches: shuffles X and Y with two separate permutations: the pairs (X_b, Y_b) no longer match row for row"""
import numpy as np


def minibatches(X, Y, batch_size, rng):
    n = X.shape[0]
    px = rng.permutation(n)
    py = rng.permutation(n)
    return [(X[px[i:i + batch_size]], Y[py[i:i + batch_size]]) for i in range(0, n, batch_size)]
