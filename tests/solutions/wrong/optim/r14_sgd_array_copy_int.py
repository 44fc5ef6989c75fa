"""optim.sgd_step: copies each value with np.array and subtracts in place, which fails for int values (w = 4) and turns numbers into 0-d arrays"""

import numpy as np


def sgd_step(params, grads, eta):
    new = {}
    for k in params:
        v = np.array(params[k])
        v -= eta * np.asarray(grads[k])
        new[k] = v
    return new
