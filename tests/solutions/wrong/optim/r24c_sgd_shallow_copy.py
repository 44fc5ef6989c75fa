"""optim.sgd_step: new = params.copy() then new[k] -= eta * grads[k]: the dict is new but its arrays are the caller's, updated in place."""

import numpy as np


def sgd_step(params, grads, eta):
    new = params.copy()
    for k in new:
        new[k] -= eta * grads[k]
    return new
