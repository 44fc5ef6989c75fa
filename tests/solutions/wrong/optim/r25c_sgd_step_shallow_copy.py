"""optim.sgd_step: new = dict(params) is a shallow copy: new[k] -= eta * g updates the caller's arrays in place."""

def sgd_step(params, grads, eta):
    new = dict(params)
    for k in new:
        new[k] -= eta * grads[k]
    return new
