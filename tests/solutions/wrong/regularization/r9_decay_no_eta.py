"""regularization.weight_decay_step: W <- (1 - lam) W - eta dW, the eta of the decay term forgotten."""

import numpy as np

def weight_decay_step(params, grads, eta, lam):
    return {k: ((1 - lam) * np.asarray(v, dtype=np.float64) if k.startswith("W") else np.asarray(v, dtype=np.float64))
               - eta * np.asarray(grads[k]) for k, v in params.items()}
