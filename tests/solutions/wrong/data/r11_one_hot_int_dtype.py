"""data.one_hot: an int matrix (np.eye(K, dtype=int)[labels]), not float64"""
import numpy as np


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels)
    k = n_classes if n_classes is not None else labels.max() + 1
    return np.eye(k, dtype=int)[labels]
