"""Global-norm clipping in the habit of Trask's Grokking Deep Learning: plain loops and running sums.

Trask accumulates errors with a for loop and += over the values; this student does the same for the squared
gradient entries of every key, then scales every array by one factor.
"""

import numpy as np


def clip_by_global_norm(grads, max_norm):
    total = 0.0
    for key in grads:
        weight_delta = np.asarray(grads[key], dtype=np.float64)
        total += np.sum(weight_delta ** 2)
    norm = float(np.sqrt(total))
    alpha = 1.0 if norm == 0 else min(1.0, max_norm / norm)
    clipped = {}
    for key in grads:
        clipped[key] = np.asarray(grads[key], dtype=np.float64) * alpha
    return clipped, norm
