"""optim.sgd_step: AIMA updates the network's weights in place (params[k] -= eta * grads[k]) and returns the caller's own dict"""

import numpy as np


def sgd_step(params, grads, eta):
    """for each weight: w_ij <- w_ij - alpha * gradient, on the network object itself."""
    for k in params:
        params[k] = params[k] - eta * grads[k]
    return params
