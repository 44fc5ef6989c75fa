"""optim.sgd_step: Geron's theta -= eta * gradients on the caller's arrays: the given params are changed and returned."""

def sgd_step(params, grads, eta):
    for k in params:
        params[k] -= eta * grads[k]
    return params
