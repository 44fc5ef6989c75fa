"""optim.sgd_step: updates the caller's params arrays in place."""

def sgd_step(params, grads, eta):
    for k in params:
        params[k] -= eta * grads[k]
    return params
