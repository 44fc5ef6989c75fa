"""regularization.weight_decay_step: right: (1 - eta lam) W - eta dW written literally (the style folds it as W - eta (dW + lam W)); same values"""

import numpy as np


def weight_decay_step(params, grads, eta, lam):
    """The docstring's two update rules, weights and biases apart."""
    new = {}
    for k, v in params.items():
        v = np.asarray(v, dtype=np.float64)
        g = np.asarray(grads[k], dtype=np.float64)
        new[k] = (1 - eta * lam) * v - eta * g if str(k).startswith("W") else v - eta * g
    return new
