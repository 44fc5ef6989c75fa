"""data.one_hot: the n_classes branch was never written: K is always max(labels) + 1, too few columns when the top classes are absent."""

import numpy as np


def one_hot(labels, n_classes=None):
    labels = np.asarray(labels)
    K = labels.max() + 1
    return np.eye(K)[labels]
