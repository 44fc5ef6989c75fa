"""regularization.weight_decay_step: theta - eta * (grad + lambda * theta) on every key: biases decay as well"""

import numpy as np


def weight_decay_step(params, grads, eta, lam):
    """grad = grad + lambda * theta applied to the whole parameter vector."""
    return {k: np.asarray(params[k], dtype=np.float64)
               - eta * (np.asarray(grads[k], dtype=np.float64) + lam * np.asarray(params[k], dtype=np.float64))
            for k in params}
