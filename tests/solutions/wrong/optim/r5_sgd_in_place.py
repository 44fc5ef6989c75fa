"""optim.sgd_step: updates the caller's arrays in place (params[k] -= ...) and returns the same dict."""

def sgd_step(params, grads, eta):
    for k in params:
        params[k] -= eta * grads[k]
    return params
