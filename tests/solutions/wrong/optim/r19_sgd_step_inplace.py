"""optim.sgd_step: optimizer.step() semantics: p -= lr * grad on the caller's arrays in place, returning the caller's own dict."""

def sgd_step(params, grads, eta):
    for k in params:
        params[k] -= eta * grads[k]
    return params
