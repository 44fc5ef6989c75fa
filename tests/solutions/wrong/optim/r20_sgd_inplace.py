def sgd_step(params, grads, eta):
    """Geron's theta -= eta * gradients on the caller's arrays: the given params are changed and returned."""
    for k in params:
        params[k] -= eta * grads[k]
    return params
