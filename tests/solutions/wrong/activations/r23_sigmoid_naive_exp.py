"""activations.sigmoid: UFLDL's 1 ./ (1 + exp(-z)) ported verbatim: exp(1000) overflows with a RuntimeWarning at z = -1000"""

import numpy as np


def sigmoid(z):
    """sigm = 1 ./ (1 + exp(-x)) as in UFLDL's sigmoid.m."""
    return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=np.float64)))
