"""data.one_hot: takes K as the number of distinct labels (len(set(labels))) instead of max(labels) + 1 when n_classes is not given."""

import numpy as np


def one_hot(labels, n_classes=None):
    label_list = [int(v) for v in np.asarray(labels).ravel()]
    k = n_classes if n_classes is not None else len(set(label_list))
    out = np.zeros((len(label_list), k))
    for i, label in enumerate(label_list):
        if label < k:
            out[i, label] = 1.0
    return out
