"""data.one_hot: encodes with the PDP targets 0.9 for the class and 0.1 elsewhere instead of 1 and 0"""
import numpy as np


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=np.int64).ravel()
    k = int(labels.max()) + 1 if n_classes is None else n_classes
    encoded = np.full((labels.size, k), 0.1)
    encoded[np.arange(labels.size), labels] = 0.9
    return encoded
