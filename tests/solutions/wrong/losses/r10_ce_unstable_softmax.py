"""losses.cross_entropy_with_logits: log(softmax(Z)) without the max shift: overflow to NaN for logits of 1e4"""

import numpy as np

def cross_entropy_with_logits(Z, Y):
    E = np.exp(Z)
    P = E / E.sum(axis=1, keepdims=True)
    return float(-np.sum(Y * np.log(P)) / Z.shape[0])
