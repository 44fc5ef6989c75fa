import numpy as np


def sgd_step(params, grads, eta):
    """Julia's sgd_step!: updates the caller's arrays in place and returns the same dict instead of a new one."""
    for k in params:
        if isinstance(params[k], np.ndarray):
            params[k] -= eta * grads[k]
        else:
            params[k] = params[k] - eta * grads[k]
    return params
