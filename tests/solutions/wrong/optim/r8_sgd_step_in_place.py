"""optim.sgd_step: updates the caller's params dict in place (params[k] -= eta * g) and returns that same dict, so the caller's arrays change."""


def sgd_step(params, grads, eta):
    for k in params:
        params[k] -= eta * grads[k]
    return params
