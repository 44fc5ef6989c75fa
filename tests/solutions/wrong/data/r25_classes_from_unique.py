"""data.one_hot: K = number of distinct labels instead of max(labels) + 1 when n_classes is not given"""
import numpy as np


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=np.int64).ravel()
    k = len(np.unique(labels)) if n_classes is None else n_classes
    encoded = np.zeros((labels.size, k))
    encoded[np.arange(labels.size), labels] = 1.0
    return encoded
