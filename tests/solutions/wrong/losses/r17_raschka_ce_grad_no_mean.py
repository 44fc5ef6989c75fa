"""losses.cross_entropy_with_logits_grad: Returns softmax(Z) - Y without the 1/N: Raschka divides nowhere since his cost is a sum.

Habit: Raschka's delta_out = a_out - y_enc with the cost summed over examples.
"""

import numpy as np


def cross_entropy_with_logits_grad(Z, Y):
    Z = np.asarray(Z, dtype=np.float64)
    e = np.exp(Z - Z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True) - np.asarray(Y, dtype=np.float64)
