"""softmax.log_softmax: Takes np.log(softmax(Z)): a probability that underflows to 0 gives -inf for logits far apart (e.g. 1e4).

Habit: deeplearning.ai's cost np.log(A) on the softmax output.
"""

import numpy as np


def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    e = np.exp(Z - Z.max(axis=-1, keepdims=True))
    return np.log(e / e.sum(axis=-1, keepdims=True))
