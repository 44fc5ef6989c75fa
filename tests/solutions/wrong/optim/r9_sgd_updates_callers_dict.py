"""optim.sgd_step: writes the new values into the caller's params dict (params[k] = ...) and returns it."""

def sgd_step(params, grads, eta):
    for k in list(params):
        params[k] = params[k] - eta * grads[k]
    return params
