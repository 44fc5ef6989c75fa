"""data.train_val_test_split: copy-paste slip: Y_val is taken with the TRAIN indices"""
import numpy as np


def train_val_test_split(X, Y, rng, fractions=(0.6, 0.2, 0.2)):
    n = len(X)
    perm = rng.permutation(n)
    a = round(fractions[0] * n)
    b = a + round(fractions[1] * n)
    tr, va, te = perm[:a], perm[a:b], perm[b:]
    return (X[tr], Y[tr]), (X[va], Y[tr]), (X[te], Y[te])
