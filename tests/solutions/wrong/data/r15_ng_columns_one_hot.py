"""data.one_hot: one column per example, (K, N) (Andrew Ng's convention), instead of one row per example"""
import numpy as np


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels)
    k = n_classes if n_classes is not None else labels.max() + 1
    return np.eye(k)[labels.reshape(-1)].T
