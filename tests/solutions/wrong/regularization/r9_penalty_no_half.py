"""regularization.l2_penalty: lam * sum(W^2), the 1/2 forgotten."""

import numpy as np

def l2_penalty(params, lam):
    return float(lam * sum(np.sum(np.asarray(v) ** 2) for k, v in params.items() if k.startswith("W")))
