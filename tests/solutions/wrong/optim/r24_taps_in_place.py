"""optim.sgd_step: updates the caller's tap-weight arrays in place (w -= mu g) and returns the caller's own dict."""


def sgd_step(params, grads, eta):
    for k in params:
        if isinstance(params[k], np.ndarray):
            params[k] -= eta * grads[k]
        else:
            params[k] = params[k] - eta * grads[k]
    return params
