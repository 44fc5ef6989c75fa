"""optim.sgd_step: updates the caller's arrays in place (params[k] -= eta * grads[k]) and returns the caller's own dict."""


def sgd_step(params, grads, eta):
    for k in params:
        params[k] -= eta * grads[k]
    return params
