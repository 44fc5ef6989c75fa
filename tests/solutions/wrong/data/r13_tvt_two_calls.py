"""data.train_val_test_split: draws one split for X and another for Y from the same rng: the rows of X and Y no longer match"""
import numpy as np


def train_val_test_split(X, Y, rng, fractions=(0.6, 0.2, 0.2)):
    n = len(X)
    ix = rng.permutation(n)
    iy = rng.permutation(n)
    a = round(fractions[0] * n)
    b = a + round(fractions[1] * n)
    return ((X[ix[:a]], Y[iy[:a]]), (X[ix[a:b]], Y[iy[a:b]]), (X[ix[b:]], Y[iy[b:]]))
