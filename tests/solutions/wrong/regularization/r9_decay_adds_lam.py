"""regularization.weight_decay_step: W <- W - eta (dW + lam), lam added instead of lam * W."""

import numpy as np


def weight_decay_step(params, grads, eta, lam):
    return {k: np.asarray(v, dtype=np.float64) - eta * (np.asarray(grads[k]) + (lam if k.startswith("W") else 0.0))
            for k, v in params.items()}
