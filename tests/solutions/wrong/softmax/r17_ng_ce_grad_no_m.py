"""softmax.softmax_cross_entropy_grad: Returns dZ = A - Y without the 1/m: in Ng's code the 1/m is applied later in dW, so it was left out here.

Habit: deeplearning.ai's dZ = A - Y, with dW = 1/m dZ A_prev^T carrying the mean.
"""

import numpy as np


def softmax_cross_entropy_grad(logits, Y):
    cols = np.asarray(logits, dtype=np.float64).T
    t = np.exp(cols - np.max(cols, axis=0, keepdims=True))
    A = t / np.sum(t, axis=0, keepdims=True)
    return (A - np.asarray(Y, dtype=np.float64).T).T
