"""data.train_val_test_split: calls split_indices(len(X), rng) without passing fractions on, so any non-default fractions are ignored (always 60/20/20)"""
import numpy as np


def train_val_test_split(X, Y, rng, fractions=(0.6, 0.2, 0.2)):
    tr, va, te = split_indices(len(X), rng)
    X, Y = np.asarray(X), np.asarray(Y)
    return (X[tr], Y[tr]), (X[va], Y[va]), (X[te], Y[te])
