"""regularization.l2_penalty: sums the squares of every key, the biases included."""

import numpy as np

def l2_penalty(params, lam):
    return float(lam / 2 * sum(np.sum(np.asarray(v) ** 2) for v in params.values()))
