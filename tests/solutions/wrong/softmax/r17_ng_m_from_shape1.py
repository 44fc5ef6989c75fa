"""softmax.softmax_cross_entropy_grad: Divides by m = Y.shape[1] (Ng's examples-as-columns count) on the batch-first Y: by K, the classes, not by N.

Habit: deeplearning.ai's m = Y.shape[1], dZ = (A - Y) / m, on arrays that were never transposed.
"""

import numpy as np


def softmax_cross_entropy_grad(logits, Y):
    Z = np.asarray(logits, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    t = np.exp(Z - Z.max(axis=1, keepdims=True))
    A = t / t.sum(axis=1, keepdims=True)
    m = Y.shape[1]
    return (A - Y) / m
