"""data.train_val_test_split: splits X and Y by two separate calls of split_indices, two permutations, so the rows of X and Y no longer match"""
import numpy as np


def train_val_test_split(X, Y, rng, fractions=(0.6, 0.2, 0.2)):
    def parts(array):
        array = np.asarray(array)
        return [array[idx] for idx in split_indices(len(array), rng, fractions)]

    xs, ys = parts(X), parts(Y)
    return tuple((x, y) for x, y in zip(xs, ys))
