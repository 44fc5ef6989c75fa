"""data.one_hot: returns (K, N), one column per example"""

import numpy as np


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=int)
    k = labels.max() + 1 if n_classes is None else n_classes
    return (np.arange(k)[:, None] == labels[None, :]).astype(float)
