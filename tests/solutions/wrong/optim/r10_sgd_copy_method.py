"""optim.sgd_step: params[k].copy() fails on plain numbers, which the docstring allows"""


def sgd_step(params, grads, eta):
    new = {}
    for k in params:
        new[k] = params[k].copy()
        new[k] -= eta * grads[k]
    return new
