"""regularization.l2_gradient: zeros of length len(v) for the non-weight keys: the wrong shape for a bias that is not 1-D (Nielsen's (n, 1) column)"""

import numpy as np


def l2_gradient(params, lam):
    return {k: lam * v if k.startswith("W") else np.zeros(len(v)) for k, v in params.items()}
