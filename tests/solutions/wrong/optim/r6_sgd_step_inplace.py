"""optim.sgd_step: params[k] -= eta * grads[k] on the caller's arrays, then returns a dict of them."""

def sgd_step(params, grads, eta):
    new = {}
    for k in params:
        v = params[k]
        if isinstance(v, np.ndarray):
            v -= eta * grads[k]
        else:
            v = v - eta * grads[k]
        new[k] = v
    return new
