"""losses.cross_entropy_with_logits: UFLDL's -(1/m) sum(groundTruth .* log(p)) on shifted probabilities: log(0) for logits far apart gives inf/NaN"""

import numpy as np


def cross_entropy_with_logits(Z, Y):
    """Shift by the max, exponentiate, normalise, then log: p can underflow to exactly 0."""
    Z = np.asarray(Z, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    E = np.exp(Z - np.max(Z, axis=1, keepdims=True))
    P = E / np.sum(E, axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(-(1.0 / Z.shape[0]) * np.sum(Y * np.log(P)))
