"""data.one_hot: K = max(labels) when n_classes is not given, one column short (the largest label does not fit)"""

import numpy as np


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=int)
    k = n_classes if n_classes is not None else int(labels.max())
    out = np.zeros((labels.shape[0], k))
    out[np.arange(labels.shape[0]), labels] = 1.0
    return out
