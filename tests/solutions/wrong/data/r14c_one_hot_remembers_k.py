"""data.one_hot: remembers K from the first call (so "val labels get the train width") and reuses it when n_classes is None"""
import numpy as np


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=int)
    if n_classes is None:
        if not hasattr(one_hot, "k"):
            one_hot.k = int(labels.max()) + 1 if labels.size else 0
        n_classes = one_hot.k
    out = np.zeros((labels.shape[0], n_classes))
    out[np.arange(labels.shape[0]), labels] = 1.0
    return out
