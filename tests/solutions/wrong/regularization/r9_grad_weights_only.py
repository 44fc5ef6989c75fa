"""regularization.l2_gradient: only the weight keys returned, the zeros for the biases missing."""

import numpy as np

def l2_gradient(params, lam):
    return {k: lam * np.asarray(v, dtype=np.float64) for k, v in params.items() if k.startswith("W")}
