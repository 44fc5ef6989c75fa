"""regularization.l2_penalty: np.linalg.norm(W, 2) ** 2, which for a matrix is the largest singular value squared, not the sum of squares."""

import numpy as np

def l2_penalty(params, lam):
    return float(lam / 2 * sum(np.linalg.norm(v, 2) ** 2 for k, v in params.items() if k.startswith("W")))
