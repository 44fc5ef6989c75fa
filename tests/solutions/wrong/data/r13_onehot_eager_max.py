"""data.one_hot: K = max(labels.max() + 1, n_classes): an empty label array crashes even with n_classes given, and too-small n_classes is silently widened"""
import numpy as np


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels)
    K = max(int(labels.max()) + 1, n_classes or 0)
    out = np.zeros((labels.shape[0], K))
    out[np.arange(labels.shape[0]), labels] = 1.0
    return out
