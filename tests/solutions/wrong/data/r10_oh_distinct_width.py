"""data.one_hot: K = number of distinct labels instead of max(labels) + 1"""

import numpy as np


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=int)
    k = n_classes if n_classes is not None else len(set(labels.tolist()))
    out = np.zeros((len(labels), k))
    for col in range(k):
        out[:, col] = labels == col
    return out
