"""optim.sgd_step: copies the dict with dict(params) then does new[k] -= eta * grads[k]: the caller's arrays are changed in place (the dict is new, its arrays are not)."""

def sgd_step(params, grads, eta):
    new = dict(params)
    for k in new:
        new[k] -= eta * grads[k]
    return new
