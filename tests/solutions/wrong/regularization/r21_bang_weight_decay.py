"""regularization.weight_decay_step: Updates the caller's arrays in place (W *= 1 - eta*lam; W -= eta*g, a train! habit) and returns a dict of those same arrays."""

def weight_decay_step(params, grads, eta, lam):
    for k in params:
        if k.startswith("W"):
            params[k] *= 1 - eta * lam
        params[k] -= eta * grads[k]
    return dict(params)
