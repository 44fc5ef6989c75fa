"""data.split_indices: right: rng.shuffle of np.arange(n) draws the same permutation as rng.permutation(n); cut by np.split at the rounded sizes"""
import numpy as np


def split_indices(n, rng, fractions=(0.6, 0.2, 0.2)):
    order = np.arange(n)
    rng.shuffle(order)
    a = round(fractions[0] * n)
    b = a + round(fractions[1] * n)
    train, val, test = np.split(order, [a, b])
    return train, val, test
