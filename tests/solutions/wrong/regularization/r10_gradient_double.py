"""regularization.l2_gradient: 2 lam W, the 1/2 of the penalty not cancelled"""

import numpy as np

def l2_gradient(params, lam):
    return {k: (2 * lam * v if k.startswith("W") else np.zeros_like(v)) for k, v in params.items()}
