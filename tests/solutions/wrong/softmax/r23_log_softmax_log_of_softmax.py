"""softmax.log_softmax: log(softmax(Z)) forms softmax first: a probability that underflows to 0 gives -inf (and a divide-by-zero warning) for logits far apart"""

import numpy as np


def log_softmax(Z):
    """log of the shifted softmax: fine until exp(z_i - max z) underflows to 0."""
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - np.max(Z, axis=-1, keepdims=True))
    return np.log(E / np.sum(E, axis=-1, keepdims=True))
