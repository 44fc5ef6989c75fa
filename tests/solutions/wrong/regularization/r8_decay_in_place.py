"""regularization.weight_decay_step: updates the caller's arrays in place (params[k] -= ...) and returns that dict."""


def weight_decay_step(params, grads, eta, lam):
    for key in params:
        if key.startswith("W"):
            params[key] *= 1 - eta * lam
        params[key] -= eta * grads[key]
    return params
