"""regularization.weight_decay_step: updates the caller's params arrays in place and returns them."""

def weight_decay_step(params, grads, eta, lam):
    for k in params:
        if k.startswith("W"):
            params[k] *= (1 - eta * lam)
        params[k] -= eta * grads[k]
    return dict(params)
