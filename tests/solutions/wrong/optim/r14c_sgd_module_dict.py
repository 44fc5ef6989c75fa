"""optim.sgd_step: writes the new params into one module-level dict and returns it: the same dict every call, old keys stay"""
import numpy as np

_r14c_sgd_new = {}


def sgd_step(params, grads, eta):
    for k in params:
        _r14c_sgd_new[k] = params[k] - eta * grads[k]
    return _r14c_sgd_new
