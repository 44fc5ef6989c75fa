"""data.one_hot: the 1 placed at labels - 1, as if the classes were numbered from 1"""

import numpy as np


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels, dtype=int)
    k = labels.max() + 1 if n_classes is None else n_classes
    return np.eye(k)[labels - 1]
