"""data.one_hot: right, zeros (N, K) filled with Y[np.arange(N), labels] = 1 (the same matrix as np.eye(K)[labels])"""
import numpy as np


def one_hot(labels, n_classes=None):
    y = np.asarray(labels).astype(int).ravel()
    K = int(y.max()) + 1 if n_classes is None else int(n_classes)
    Y = np.zeros((y.size, K))
    Y[np.arange(y.size), y] = 1.0
    return Y
