"""optim.sgd_step: Julia's sgd_step!: updates the caller's arrays in place and returns the same dict instead of a new one."""

def sgd_step(params, grads, eta):
    for k in params:
        if isinstance(params[k], np.ndarray):
            params[k] -= eta * grads[k]
        else:
            params[k] = params[k] - eta * grads[k]
    return params
