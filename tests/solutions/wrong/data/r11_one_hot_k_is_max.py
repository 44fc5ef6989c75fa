"""data.one_hot: K = max(labels) (off by one), so the largest label has no column"""
import numpy as np


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels)
    k = n_classes if n_classes is not None else labels.max()
    out = np.zeros((labels.size, k))
    out[np.arange(labels.size), labels] = 1.0
    return out
