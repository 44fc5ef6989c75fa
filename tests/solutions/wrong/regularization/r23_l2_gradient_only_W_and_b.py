"""regularization.l2_gradient: UFLDL's parameters are W1, W2, b1, b2 only: keys that start with neither W nor b (gamma, beta) are left out of the result"""

import numpy as np


def l2_gradient(params, lam):
    """lambda * W for the weights, zeros for the biases; nothing else exists in UFLDL's theta."""
    out = {}
    for k, v in params.items():
        if str(k).startswith("W"):
            out[k] = lam * np.asarray(v, dtype=np.float64)
        elif str(k).startswith("b"):
            out[k] = np.zeros(np.shape(v))
    return out
