"""losses.cross_entropy_with_logits_grad: UFLDL's -(1/m) (groundTruth - p) with its leading minus dropped: (Y - softmax(Z)) / N, the sign flipped"""

import numpy as np


def cross_entropy_with_logits_grad(Z, Y):
    """(1/m) * (groundTruth - M): the minus of UFLDL's thetagrad forgotten."""
    Z = np.asarray(Z, dtype=np.float64)
    E = np.exp(Z - np.max(Z, axis=1, keepdims=True))
    P = E / np.sum(E, axis=1, keepdims=True)
    return (np.asarray(Y, dtype=np.float64) - P) / Z.shape[0]
