"""data.one_hot: a boolean matrix (right pattern, wrong dtype: True/False instead of 1.0/0.0)"""

import numpy as np


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels)
    k = int(labels.max()) + 1 if n_classes is None else n_classes
    return labels[:, None] == np.arange(k)[None, :]
