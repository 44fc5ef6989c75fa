"""data.one_hot: right: rows of the identity matrix, np.eye(K)[labels], float64 (N, K)"""
import numpy as np


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels).astype(int).ravel()
    k = n_classes if n_classes is not None else int(labels.max()) + 1
    return np.eye(k)[labels]
