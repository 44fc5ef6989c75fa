"""optim.sgd_step: copies the dict with dict(params) and then updates its arrays in place (-=), changing the caller's arrays through the shallow copy."""

def sgd_step(params, grads, eta):
    new = dict(params)
    for k in new:
        if isinstance(new[k], np.ndarray):
            new[k] -= eta * grads[k]
        else:
            new[k] = new[k] - eta * grads[k]
    return new
