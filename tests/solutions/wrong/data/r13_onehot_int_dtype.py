"""data.one_hot: RIGHT: an int matrix of 0s and 1s (np.eye(K, dtype=int)[labels]) (no float is promised for labels)"""
import numpy as np


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels)
    K = n_classes if n_classes is not None else int(labels.max()) + 1
    return np.eye(K, dtype=int)[labels]
