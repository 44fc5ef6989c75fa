"""optim.sgd_step: dict(params) is a shallow copy, so new[k] -= ... still subtracts in place on the caller's arrays"""


def sgd_step(params, grads, eta):
    new = dict(params)
    for k in new:
        new[k] -= eta * grads[k]
    return new
