"""regularization.l2_penalty: (lam/2) (sum W)^2, the square of the sum instead of the sum of squares"""

import numpy as np

def l2_penalty(params, lam):
    return float(lam / 2 * sum(np.sum(v) ** 2 for k, v in params.items() if k.startswith("W")))
