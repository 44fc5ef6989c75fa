"""optim.sgd_step: returns the caller's own dict when eta = 0 ('nothing to update'), where a new dict is due on every call."""

def sgd_step(params, grads, eta):
    if eta == 0:
        return params
    return {k: params[k] - eta * grads[k] for k in params}
