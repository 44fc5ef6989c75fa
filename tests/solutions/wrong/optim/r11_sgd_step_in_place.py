"""optim.sgd_step: subtracts in place on the caller's arrays (params[k] -= ...) and returns the caller's dict"""


def sgd_step(params, grads, eta):
    for k in params:
        params[k] -= eta * grads[k]
    return params
