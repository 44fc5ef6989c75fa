"""data.one_hot: keras.utils.to_categorical habit, the matrix is float32 (its default dtype) instead of float64"""
import numpy as np


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=int)
    k = n_classes if n_classes is not None else int(labels.max()) + 1
    return np.eye(k, dtype="float32")[labels]
