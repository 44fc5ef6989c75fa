"""optim.sgd_step: copies each value with .copy() and steps in place: fails on plain numbers (floats have no .copy) and on int arrays (in-place float result)"""


def sgd_step(params, grads, eta):
    new = {}
    for k in params:
        new[k] = params[k].copy()
        new[k] -= eta * grads[k]
    return new
