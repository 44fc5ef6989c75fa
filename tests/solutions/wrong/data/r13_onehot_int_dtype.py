"""data.one_hot: an int matrix (np.eye(K, dtype=int)[labels]) where the course computes in float64 (exercises/README.md "Use float64"; the docstring itself names no dtype)"""
import numpy as np


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels)
    K = n_classes if n_classes is not None else int(labels.max()) + 1
    return np.eye(K, dtype=int)[labels]
